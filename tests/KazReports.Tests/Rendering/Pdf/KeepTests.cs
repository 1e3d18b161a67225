using KazReports.Documents;
using KazReports.Rendering.Pdf.Layout;
using static KazReports.Tests.Rendering.Pdf.PdfSamples;

namespace KazReports.Tests.Rendering.Pdf;

/// <summary>
/// Keeps, checked over every position of a page break: a filler of 1…N lines pushes the block
/// down line by line, and at each position the rule must hold on the pages as laid out.
/// </summary>
public sealed class KeepTests
{

    /// <summary>Lines of body text (one per line, no paragraph split rules to mind) above the block under test.</summary>
    private static Paragraph Filler(int lines) =>
        new(Inlines.Text(string.Join("\n", Enumerable.Range(1, lines).Select(i => "строка " + i))), At);

    private static int PageLines => (int)Math.Floor(ContentHeight / BodyLine);

    private static TableRow Row(string name, string value) => new([C(name), C(value)]);

    /// <summary>A district table: groups of 2, 3, 6 and 2 rows under group rows.</summary>
    private static Table Grouped()
    {
        var rows = new List<TableRow> { new([C("Предмет"), C("Доля «2», %")], RowKind.Header) };
        foreach (var (school, count) in new[] { ("Казачинская СОШ", 2), ("Дудовская СОШ", 3), ("Мокрушинская СОШ", 6), ("Казачинский район", 2) })
        {
            rows.Add(new TableRow([C(school)], RowKind.Group));
            for (var i = 1; i <= count; i++)
            {
                rows.Add(Row($"{school} предмет {i}", (i * 3.5).ToString("0.0")));
            }
        }

        return new Table([new TableColumn(3), new TableColumn(1)], rows, At);
    }

    private static int CellPage(LayoutReport report, string text) =>
        report.Records.First(r => r.Kind == LayoutRecord.Cell && r.Text == text).Page;

    [Fact]
    public void A_group_row_keeps_with_two_rows_and_a_group_of_up_to_four_never_splits()
    {
        var broken = 0;
        for (var filler = PageLines - 30; filler <= PageLines - 1; filler++)
        {
            var report = Render(Of(Filler(filler), Grouped())).Report;
            void Same(params string[] cells)
            {
                var pages = cells.Select(c => CellPage(report, c)).Distinct().ToList();
                Assert.True(pages.Count == 1, $"строк заполнения {filler}: «{string.Join("», «", cells)}» на страницах {string.Join(", ", pages)}");
            }

            Same("Казачинская СОШ", "Казачинская СОШ предмет 1", "Казачинская СОШ предмет 2");
            Same("Дудовская СОШ", "Дудовская СОШ предмет 1", "Дудовская СОШ предмет 2", "Дудовская СОШ предмет 3");
            Same("Мокрушинская СОШ", "Мокрушинская СОШ предмет 1", "Мокрушинская СОШ предмет 2");
            Same("Мокрушинская СОШ предмет 5", "Мокрушинская СОШ предмет 6");
            Same("Казачинский район", "Казачинский район предмет 1", "Казачинский район предмет 2");
            broken += report.PageCount > 1 ? 1 : 0;
        }

        Assert.True(broken > 10, "разрыв страницы должен пройти через всю таблицу");
    }

    [Fact]
    public void A_long_group_splits_only_with_two_rows_on_each_side()
    {
        var split = 0;
        for (var filler = PageLines - 30; filler <= PageLines - 1; filler++)
        {
            var report = Render(Of(Filler(filler), Grouped())).Report;
            var pages = Enumerable.Range(1, 6).Select(i => CellPage(report, $"Мокрушинская СОШ предмет {i}")).ToList();
            if (pages.Distinct().Count() > 1)
            {
                split++;
                var first = pages.Count(p => p == pages[0]);
                Assert.InRange(first, 2, 4);
            }
        }

        Assert.True(split > 0, "длинная группа должна хоть раз разорваться");
    }

    [Fact]
    public void A_table_after_a_heading_starts_with_at_least_two_rows_under_it()
    {
        for (var filler = PageLines - 8; filler <= PageLines - 1; filler++)
        {
            var report = Render(Of(Filler(filler), H(2, "Результаты по школам"), LongTable(10))).Report;
            var heading = report.FindLine("Результаты по школам")!.Page;
            Assert.Equal(heading, CellPage(report, "Школа номер 1"));
            Assert.Equal(heading, CellPage(report, "Школа номер 2"));
            Assert.Equal(CellPage(report, "Школа номер 9"), CellPage(report, "Школа номер 10"));
        }
    }

    [Fact]
    public void A_row_split_leaves_at_least_two_lines_on_each_side()
    {
        var text = string.Join(" ", Enumerable.Repeat("содержание ячейки таблицы", 12));
        var table = new Table(
            [new TableColumn(1), new TableColumn(3)],
            [new TableRow([C("А"), C("Б")], RowKind.Header), .. Enumerable.Range(1, 3).Select(i => Row("Строка " + i, text))],
            At);
        var natural = Render(Of(table)).Report.Records.Where(r => r.Kind == LayoutRecord.Cell && r.Text == "Строка 1").Single().Height;
        var line = 12 * 1.149f;
        Assert.True(natural > 4 * line, "строка таблицы должна быть в несколько строк текста");
        var splits = 0;
        for (var filler = PageLines - 12; filler <= PageLines - 1; filler++)
        {
            var report = Render(Of(Filler(filler), table)).Report;
            foreach (var name in new[] { "Строка 1", "Строка 2", "Строка 3" })
            {
                var parts = report.Records.Where(r => r.Kind == LayoutRecord.Cell && r.Text == name).ToList();
                if (parts.Count > 1)
                {
                    splits++;
                    Assert.All(parts, p => Assert.True(p.Height >= (2 * line) + 2, $"строк заполнения {filler}: часть строки «{name}» высотой {p.Height} пт"));
                }
            }
        }

        Assert.True(splits > 0, "строка должна хоть раз разорваться");
    }

    [Fact]
    public void The_signature_takes_at_least_the_last_two_lines_of_the_text_before_it()
    {
        var moved = 0;
        var length = Render(Of(P(Prose))).Report.Lines(1).Count();
        Assert.True(length >= 4);
        for (var filler = PageLines - length - 6; filler <= PageLines - 1; filler++)
        {
            var report = Render(Of(Filler(filler), P(Prose), Signature())).Report;
            var signature = report.FindLine("Заместитель главы района")!;
            var prose = report.Lines().Where(l => !l.Text.StartsWith("строка", StringComparison.Ordinal) && l.Y < signature.Y || l.Page < signature.Page)
                .Where(l => !l.Text.StartsWith("строка", StringComparison.Ordinal)).ToList();
            Assert.True(prose.Count(l => l.Page == signature.Page) >= 2, $"строк заполнения {filler}: подпись без текста на странице {signature.Page}");
            var before = prose.Count(l => l.Page < signature.Page);
            Assert.True(before == 0 || before >= 2, $"строк заполнения {filler}: одна строка абзаца осталась на предыдущей странице");
            moved += signature.Page > 1 ? 1 : 0;
        }

        Assert.True(moved > 2, "подпись должна хоть раз перейти на следующую страницу");
    }
}
