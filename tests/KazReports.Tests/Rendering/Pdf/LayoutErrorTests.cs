using KazReports.Documents;
using KazReports.Rendering;
using KazReports.Rendering.Pdf;
using static KazReports.Tests.Rendering.Pdf.PdfSamples;

namespace KazReports.Tests.Rendering.Pdf;

/// <summary>Blocks that can never be laid out fail with the block's template span and a Russian reason.</summary>
public sealed class LayoutErrorTests
{
    [Fact]
    public void A_table_whose_columns_cannot_fit_names_its_template_span()
    {
        var table = new Table(Enumerable.Range(0, 80).Select(_ => new TableColumn(1)).ToArray(), [new TableRow([C("а")])], At);
        var error = Assert.ThrowsAny<LayoutException>(() => Render(Of(table)));
        Assert.Equal(At, error.Span);
        Assert.StartsWith("templates/test.sbn(7,1): PDF: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("таблица из 80 столбцов не помещается в ширину текста", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cell_spanning_past_the_last_column_is_cut_at_the_edge_as_in_the_docx()
    {
        // The PDF used to throw here while the DOCX cut the span: both now draw the grid's repair,
        // which the markup stage reports (Documents.TableGrid).
        var table = new Table([new TableColumn(1), new TableColumn(1)], [new TableRow([C("а"), C("б", colSpan: 2)])], At);
        var cells = Render(Of(table)).Report.Records.Where(r => r.Kind == KazReports.Rendering.Pdf.Layout.LayoutRecord.Cell).ToList();
        Assert.Equal(2, cells.Count);
        Assert.Equal(cells[0].Width, cells[1].Width, 0.01f);
        Assert.Equal(GridProblemKind.PastEdge, Assert.Single(TableGrid.Of(table).Problems).Kind);
    }

    [Fact]
    public void Rows_tied_by_a_row_span_taller_than_a_page_are_an_error()
    {
        var tall = string.Join("\n", Enumerable.Range(1, 60).Select(i => "строка " + i));
        var table = new Table([new TableColumn(1), new TableColumn(1)],
            [new TableRow([C(tall, rowSpan: 2), C("а")]), new TableRow([C("б")])], At);
        var error = Assert.Throws<LayoutException>(() => Render(Of(table)));
        Assert.Contains("объединёнными по вертикали", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_picture_that_is_not_png_or_jpeg_is_an_error()
    {
        var error = Assert.Throws<LayoutException>(() => Render(Of(new ImageBlock([1, 2, 3], 40, 30, "Схема", At))));
        Assert.Equal(At, error.Span);
        Assert.Contains("рисунок «Схема» не удалось прочитать", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Margins_that_leave_no_room_are_an_error()
    {
        var page = new PageSetup(Orientation.Portrait, new Margins(150, 10, 150, 20), new PageNumbering(false, false, PageNumberPosition.TopCenter));
        var error = Assert.Throws<LayoutException>(() => Render(new Document(Info, [new Section(page, [P(Prose)], At)])));
        Assert.Contains("поля страницы", error.Message, StringComparison.Ordinal);
    }
}
