using KazReports.Documents;

namespace KazReports.Tests.Composition;

/// <summary>The documents built from the shipped data say what the data says.</summary>
public sealed class ShippedDocumentsTests
{
    [Fact]
    public void Every_document_the_data_calls_for_is_composed()
    {
        var names = Pipeline.Documents.Keys.Order(StringComparer.Ordinal).ToArray();
        Assert.Contains("passport", names);
        Assert.Contains("plan", names);
        Assert.Contains("roadmap-2024", names);
        Assert.Contains("vpr-2023", names);
        Assert.Contains("orders/2-1", names);
        Assert.Contains("orders/18", names);
        Assert.Contains("orders/19", names);
        Assert.Equal(10, names.Count(n => n.StartsWith("letters/", StringComparison.Ordinal)));
    }

    [Fact]
    public void Report_tables_carry_the_computed_district_rows_of_the_seed()
    {
        var rows = TableRows(Pipeline.Documents["vpr-2023"]);
        // 5th grade: the first district block after the school groups.
        Assert.Contains("Русский язык | 122 | 13,93 | 47,54 | 19,67", rows);
        Assert.Contains("Математика | 121 | 8,26 | 47,93 | 17,36", rows);
        // The region row is the region's own figure.
        Assert.Contains("Русский язык |  | 14,46 | 43,15 | 30,42", rows);
        // Per-school figures of the seed's 5th-grade table.
        Assert.Contains("Русский язык | 10 | 60 | 10 | 80", rows);
        // Cohort table row (4th 2022 -> 5th 2023) of Мокрушинская.
        Assert.Contains("9. | Мокрушинская СОШ | 50 | 60 | 40 | 44,44", rows);
        // ВПР 8 (2022) against ОГЭ 9 (2023), mathematics.
        Assert.Contains("1. | Казачинская СОШ | 6,9 | 12", rows);
    }

    [Fact]
    public void Report_conclusions_are_worded_from_the_data()
    {
        var text = Pipeline.Text("vpr-2023");
        Assert.Contains("Доля «2» по русскому языку у тех же учащихся выросла в Казачинской СОШ (с 3,45 до 5,17 %), Момотовской СОШ (с 22,22 до 33,33 %), Челноковской ООШ (с 0 до 25 %) и Мокрушинской СОШ (с 50 до 60 %).", text);
        Assert.Contains("Доля «2» по русскому языку в 5 классах района составила 13,93 %, что ниже краевой (14,46 %) на 0,53", text);
        // 6th grade: 4 of 8 schools gave participants, so the value is not called the district's.
        Assert.Contains("По 4 школам из 8, указавшим число участников, доля «2» по математике в 6 классах составила 10,94 %", text);
        Assert.DoesNotContain("в 6 классах района", text);
        // 14,59 % (no class of up to 60 pupils gives it) is marked and left out of the comparison.
        Assert.Contains("В сравнение не включена доля «2» по русскому языку Момотовской СОШ за 2022 год (14,59 %)", text);
        Assert.DoesNotContain("с 14,59 до", text);
        Assert.Contains("в перечень вошла МБОУ Момотовская СОШ; из перечня вышли МБОУ Казачинская СОШ и МБОУ Галанинская ООШ", text);
        Assert.Contains("Перечень, рассчитанный по правилу, совпадает с опубликованным перечнем 2023 года (8 школ).", text);
    }

    [Fact]
    public void Order_on_shnor_lists_the_schools_the_analysis_found()
    {
        var text = Pipeline.Text("orders/19");
        Assert.Contains("В перечень включено 8 школ:", text);
        foreach (var name in new[] { "Рождественская", "Дудовская", "Момотовская", "Вороковская", "Отношинская", "Челноковская", "Мокрушинская", "Казанская" })
            Assert.Contains(name, text);
        Assert.DoesNotContain("Казачинская СОШ", text);
        Assert.DoesNotContain("Галанинская", text);
        Assert.Contains("ПРИКАЗЫВАЮ:", text);
        Assert.Contains("Контроль за исполнением настоящего приказа оставляю за собой.", text);
        Assert.Contains("администрации Казачинского района Л.А. Федюненко", text);
    }

    [Fact]
    public void Each_letter_names_its_own_school_and_figures()
    {
        var mok = Pipeline.Text("letters/mokrushinskaya");
        Assert.Contains("МБОУ Мокрушинская СОШ", mok);
        Assert.Contains("ВПР 2023, 5 класс, русский язык | 10 | 60 | 13,93 | 14,46 | 50", mok);
        Assert.Contains("включена в перечень школ с низкими образовательными результатами", mok);
        var kaz = Pipeline.Text("letters/kazachinskaya");
        Assert.Contains("ВПР 2023, 5 класс, русский язык | 58 | 5,17 | 13,93 | 14,46 | 3,45", kaz);
        Assert.DoesNotContain("включена в перечень", kaz);
        Assert.DoesNotContain("Мокрушинская", kaz);
    }

    [Fact]
    public void Roadmap_is_the_appendix_of_order_18_with_its_stamp()
    {
        var doc = Pipeline.Documents["orders/18"];
        var blocks = doc.Sections.SelectMany(s => s.Blocks).ToArray();
        var mark = Assert.Single(blocks.OfType<AppendixMark>());
        Assert.Equal("от\u00A029.01.2024 №\u00A018", mark.Lines[^1]);
        var stamp = Assert.Single(blocks.OfType<ApprovalStamp>());
        Assert.Equal("УТВЕРЖДАЮ", stamp.Lines[0]);
        var tables = blocks.OfType<Table>().ToArray();
        Assert.Equal(3, tables.Length);
        Assert.All(tables, t => Assert.Equal(9, t.Rows.Count));
        Assert.True(Array.IndexOf(blocks, blocks.OfType<PageBreak>().First()) < Array.IndexOf(blocks, mark));
    }

    [Fact]
    public void Plan_groups_activities_by_section_and_numbers_them_through()
    {
        var table = Pipeline.Documents["plan"].Sections.SelectMany(s => s.Blocks).OfType<Table>().Single();
        Assert.Equal(1, table.HeaderRowCount);
        Assert.Equal(6, table.Rows.Count(r => r.Kind == RowKind.Group));
        var body = table.Rows.Where(r => r.Kind == RowKind.Body).ToArray();
        Assert.Equal(28, body.Length);
        Assert.Equal("28.", Inlines.PlainText(((Paragraph)body[^1].Cells[0].Blocks[0]).Content));
    }

    [Fact]
    public void Blocks_point_back_at_their_template_lines()
    {
        var doc = Pipeline.Documents["orders/19"];
        var signature = doc.Sections.SelectMany(s => s.Blocks).OfType<Signature>().Single();
        Assert.Equal("templates/partials/signature.sbn", signature.Span.File);
        Assert.Equal(1, signature.Span.Line);
        var header = doc.Sections.SelectMany(s => s.Blocks).OfType<OrderHeader>().Single();
        Assert.Equal("templates/partials/order-header.sbn", header.Span.File);
    }

    private static string[] TableRows(Document doc) =>
        DocumentText.Of(doc).Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
}
