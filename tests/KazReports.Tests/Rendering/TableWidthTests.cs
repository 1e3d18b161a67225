using KazReports.Documents;
using KazReports.Rendering;
using KazReports.Rendering.Docx;
using KazReports.Rendering.Pdf.Layout;
using KazReports.Tests.Rendering.Docx;
using static KazReports.Tests.Rendering.Pdf.PdfSamples;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace KazReports.Tests.Rendering;

/// <summary>One width policy: the DOCX grid and the PDF cells get the same column widths, and a table too narrow fails alike.</summary>
public sealed class TableWidthTests
{
    private static Table OneRow(params TableColumn[] columns) =>
        new(columns, [new TableRow(columns.Select((_, i) => C("к" + (i + 1))).ToArray())], At);

    /// <summary>The DOCX w:gridCol widths, in millimetres.</summary>
    private static double[] DocxMm(Table table)
    {
        using var probe = DocxProbe.Of(Of(table));
        probe.AssertValid();
        var grid = Assert.Single(probe.Tables).GetFirstChild<W.TableGrid>()!;
        return grid.Elements<W.GridColumn>().Select(c => int.Parse(c.Width!.Value!) / Units.TwipsPerMm).ToArray();
    }

    /// <summary>The widths of the PDF's cells «к1», «к2»…, in millimetres.</summary>
    private static double[] PdfMm(Table table)
    {
        var records = Render(Of(table)).Report.Records.Where(r => r.Kind == LayoutRecord.Cell).ToList();
        return table.Columns.Select((_, i) => PdfUnits.Mm(records.First(r => r.Text == "к" + (i + 1)).Width)).ToArray();
    }

    private static void AssertSameInBoth(Table table, double[] expectedMm)
    {
        var docx = DocxMm(table);
        var pdf = PdfMm(table);
        Assert.Equal(expectedMm.Length, docx.Length);
        for (var i = 0; i < expectedMm.Length; i++)
        {
            Assert.True(Math.Abs(docx[i] - expectedMm[i]) < 0.05, $"DOCX column {i + 1}: {docx[i]} mm, expected {expectedMm[i]}");
            Assert.True(Math.Abs(pdf[i] - expectedMm[i]) < 0.05, $"PDF column {i + 1}: {pdf[i]} mm, expected {expectedMm[i]}");
        }
    }

    /// <summary>The narrowest column of the default theme: its cell padding twice and one em of table text (12 pt).</summary>
    private static double Minimum => (2 * Theme.Default.CellPaddingMm) + (12 * 25.4 / 72);

    /// <summary>The text width of <see cref="Of"/>'s page, from the policy's own answer for one column.</summary>
    private static double TextMm() => DocxMm(OneRow(new TableColumn(1))).Single();

    [Fact]
    public void Weights_share_the_text_width_alike()
    {
        var text = TextMm();
        AssertSameInBoth(OneRow(new(1), new(3), new(2, WidthMm: 30)), [(text - 30) / 4, (text - 30) * 3 / 4, 30]);
    }

    [Fact]
    public void Fixed_columns_wider_than_the_text_are_squeezed_alike_where_pdf_used_to_fail()
    {
        // 150 + 100 mm on a page of about 180 mm: the DOCX used to overflow the page and the PDF to throw.
        var text = TextMm();
        var over = 250 - text;
        var slack = 250 - (2 * Minimum);
        AssertSameInBoth(OneRow(new(1, WidthMm: 150), new(1, WidthMm: 100)),
            [150 - (over * (150 - Minimum) / slack), 100 - (over * (100 - Minimum) / slack)]);
    }

    [Fact]
    public void A_column_narrower_than_the_minimum_is_widened_to_it_alike()
    {
        var text = TextMm();
        AssertSameInBoth(OneRow(new(1), new(199)), [Minimum, text - Minimum]);
    }

    [Fact]
    public void A_dash_in_a_column_at_the_minimum_stays_inside_the_column()
    {
        // Found by LayoutPropertyTests (seed f6QzcPjYvy51): with 3 mm of text a lone «—» in the last
        // column was drawn over its padding and past the text area's right edge.
        var table = new Table([new TableColumn(199), new TableColumn(1)], [new TableRow([C("к1"), C("—")])], At);
        var records = Render(Of(table)).Report.Records;
        var cell = records.Last(r => r.Kind == LayoutRecord.Cell);
        var dash = records.Single(r => r.Kind == LayoutRecord.Line && r.Text == "—");
        var padding = PdfUnits.Pt(Theme.Default.CellPaddingMm);
        Assert.True(dash.X >= cell.X + padding - 0.01f, $"«—» starts at {dash.X}, the cell's text at {cell.X + padding}");
        Assert.True(dash.X + dash.Width <= cell.X + cell.Width - padding + 0.01f, $"«—» ends at {dash.X + dash.Width}, the cell's text at {cell.X + cell.Width - padding}");
    }

    [Fact]
    public void A_table_that_cannot_fit_even_at_the_minimum_fails_alike_at_its_span()
    {
        var table = OneRow(Enumerable.Range(0, 80).Select(_ => new TableColumn(1)).ToArray());
        var docx = Assert.ThrowsAny<LayoutException>(() => DocxProbe.Render(Of(table)));
        var pdf = Assert.ThrowsAny<LayoutException>(() => Render(Of(table)));
        Assert.Equal(docx.Reason, pdf.Reason);
        Assert.Equal(At, docx.Span);
        Assert.Equal(docx.Span, pdf.Span);
        Assert.StartsWith("таблица из 80 столбцов не помещается в ширину текста ", docx.Reason, StringComparison.Ordinal);
        Assert.Contains(string.Create(System.Globalization.CultureInfo.GetCultureInfo("ru-RU"), $"столбец не уже {Minimum:0.#} мм, всего нужно {80 * Minimum:0.#} мм"),
            docx.Reason, StringComparison.Ordinal);
        Assert.Equal("templates/test.sbn(7,1): DOCX: " + docx.Reason, docx.Message);
        Assert.Equal("templates/test.sbn(7,1): PDF: " + pdf.Reason, pdf.Message);

        // «из» takes the genitive: «из 81 столбца».
        var odd = OneRow(Enumerable.Range(0, 81).Select(_ => new TableColumn(1)).ToArray());
        Assert.StartsWith("таблица из 81 столбца не помещается", Assert.ThrowsAny<LayoutException>(() => Render(Of(odd))).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_percentages_are_the_policy_shares()
    {
        var shares = TableWidths.Shares([new(1), new(3), new(5, WidthMm: 20)]);
        Assert.Equal([0.25, 0.75, null], shares);
    }
}
