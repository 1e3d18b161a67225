using KazReports.Documents;
using Xunit;
using W = DocumentFormat.OpenXml.Wordprocessing;
using Document = KazReports.Documents.Document;
using ModelTable = KazReports.Documents.Table;
using ModelTableCell = KazReports.Documents.TableCell;

namespace KazReports.Tests.Rendering.Docx;

/// <summary>Tables: grid, widths, header and group rows, row and column spans, cell formatting.</summary>
public class DocxTableTests
{
    // Portrait() has margins 30 mm left and 10 mm right: 170 mm of text = 9638 twips.
    private const int ContentWidth = 9638;

    private static W.Table RenderSpanned(DocxProbe probe) => Assert.Single(probe.Tables);

    private static List<W.TableCell> Cells(W.TableRow row) => row.Elements<W.TableCell>().ToList();

    private static int GridSpan(W.TableCell cell) => cell.TableCellProperties?.GridSpan?.Val?.Value ?? 1;

    private static string? Merge(W.TableCell cell) =>
        cell.TableCellProperties?.VerticalMerge is { } merge ? merge.Val?.InnerText ?? "continue" : null;

    [Fact]
    public void Grid_has_the_model_columns_scaled_to_the_text_width_with_a_fixed_layout()
    {
        using var probe = DocxProbe.Of(DocxSamples.SpannedTable());
        probe.AssertValid();
        var table = RenderSpanned(probe);

        // 25 mm fixed = 1417; the rest (8221) shared 3:2:1, the rounding leftover to the last weighted column.
        var grid = table.GetFirstChild<W.TableGrid>()!.Elements<W.GridColumn>().Select(c => int.Parse(c.Width!.Value!)).ToArray();
        Assert.Equal([4110, 2740, 1371, 1417], grid);
        Assert.Equal(ContentWidth, grid.Sum());

        var properties = table.GetFirstChild<W.TableProperties>()!;
        Assert.Equal("KazTable", properties.TableStyle?.Val?.Value);
        Assert.Equal(ContentWidth.ToString(), properties.TableWidth?.Width?.Value);
        Assert.Equal(W.TableWidthUnitValues.Dxa, properties.TableWidth?.Type?.Value);
        Assert.Equal(W.TableLayoutValues.Fixed, properties.TableLayout?.Type?.Value);
        Assert.Null(properties.TableBorders); // borders come from the KazTable style
    }

    [Fact]
    public void Every_row_covers_the_whole_grid_and_every_cell_has_a_paragraph()
    {
        using var probe = DocxProbe.Of(DocxSamples.SpannedTable());
        var rows = RenderSpanned(probe).Elements<W.TableRow>().ToList();
        Assert.Equal(7, rows.Count);
        Assert.All(rows, row => Assert.Equal(4, Cells(row).Sum(GridSpan)));
        Assert.All(rows.SelectMany(Cells), cell => Assert.IsType<W.Paragraph>(cell.LastChild));
    }

    [Fact]
    public void Header_rows_repeat_are_shaded_bold_and_centred()
    {
        using var probe = DocxProbe.Of(DocxSamples.SpannedTable());
        var rows = RenderSpanned(probe).Elements<W.TableRow>().ToList();
        Assert.Equal([true, true, false, false, false, false, false], rows.Select(r => r.TableRowProperties?.GetFirstChild<W.TableHeader>() is not null));

        var header = Cells(rows[0])[1];
        Assert.Equal("E7E6E6", header.TableCellProperties?.Shading?.Fill?.Value);
        Assert.Equal("Результаты", header.InnerText);
        Assert.All(header.Descendants<W.Run>(), run => Assert.NotNull(run.RunProperties?.Bold));
        Assert.Equal(W.JustificationValues.Center, header.Descendants<W.Justification>().Single().Val?.Value);
        Assert.Equal("TableText", header.Descendants<W.ParagraphStyleId>().Single().Val?.Value);
    }

    [Fact]
    public void Group_row_is_one_shaded_bold_cell_across_all_columns()
    {
        using var probe = DocxProbe.Of(DocxSamples.SpannedTable());
        var group = RenderSpanned(probe).Elements<W.TableRow>().ElementAt(2);
        var cell = Assert.Single(Cells(group));
        Assert.Equal(4, GridSpan(cell));
        Assert.Equal("F2F2F2", cell.TableCellProperties?.Shading?.Fill?.Value);
        Assert.Equal(ContentWidth.ToString(), cell.TableCellProperties?.TableCellWidth?.Width?.Value);
        Assert.NotNull(Assert.Single(cell.Descendants<W.Run>()).RunProperties?.Bold);
    }

    [Fact]
    public void Row_spans_restart_in_the_first_row_and_continue_at_the_right_grid_column_below()
    {
        using var probe = DocxProbe.Of(DocxSamples.SpannedTable());
        var rows = RenderSpanned(probe).Elements<W.TableRow>().Select(Cells).ToList();

        // «Школа» spans both header rows in column 0.
        Assert.Equal("restart", Merge(rows[0][0]));
        Assert.Equal("continue", Merge(rows[1][0]));
        Assert.Equal("", rows[1][0].InnerText);
        Assert.Equal("Предмет", rows[1][1].InnerText);

        // «Математика» spans three body rows in column 1: the continuations are inserted second in each row.
        Assert.Equal(["МБОУ СОШ № 1", "Математика", "12,5", "30,1"], rows[3].Select(c => c.InnerText));
        Assert.Equal("restart", Merge(rows[3][1]));
        Assert.Equal(["МБОУ СОШ № 2", "", "8,0", "41,7"], rows[4].Select(c => c.InnerText));
        Assert.Equal("continue", Merge(rows[4][1]));
        Assert.Equal(["МБОУ СОШ № 3", "", "без оценок"], rows[5].Select(c => c.InnerText));
        Assert.Equal("continue", Merge(rows[5][1]));
        Assert.Equal(2, GridSpan(rows[5][2]));
        Assert.Null(Merge(rows[6][0]));
    }

    [Fact]
    public void Column_spans_cant_split_alignment_shading_and_vertical_alignment()
    {
        using var probe = DocxProbe.Of(DocxSamples.SpannedTable());
        var rows = RenderSpanned(probe).Elements<W.TableRow>().ToList();
        var total = rows[6];
        Assert.NotNull(total.TableRowProperties?.GetFirstChild<W.CantSplit>());
        // A short row (under four lines) cannot split either: the PDF moves such rows whole.
        Assert.NotNull(rows[4].TableRowProperties?.GetFirstChild<W.CantSplit>());

        var cells = Cells(total);
        Assert.Equal(2, GridSpan(cells[0]));
        Assert.Equal((4110 + 2740).ToString(), cells[0].TableCellProperties?.TableCellWidth?.Width?.Value);

        var last = cells[2];
        Assert.Equal("FFF2CC", last.TableCellProperties?.Shading?.Fill?.Value);
        Assert.Equal(W.TableVerticalAlignmentValues.Center, last.TableCellProperties?.TableCellVerticalAlignment?.Val?.Value);
        Assert.NotNull(last.Descendants<W.Run>().Single().RunProperties?.Bold);

        var right = Cells(rows[3])[2];
        Assert.Equal(W.JustificationValues.Right, right.Descendants<W.Justification>().Single().Val?.Value);
    }

    [Fact]
    public void A_table_without_borders_overrides_the_style_with_none()
    {
        var table = DocxSamples.SpannedTable() with { Borders = false };
        using var probe = DocxProbe.Of(table);
        probe.AssertValid();
        var borders = RenderSpanned(probe).GetFirstChild<W.TableProperties>()?.TableBorders;
        Assert.NotNull(borders);
        Assert.Equal(W.BorderValues.None, borders.InsideHorizontalBorder?.Val?.Value);
        Assert.Equal(W.BorderValues.None, borders.TopBorder?.Val?.Value);
    }

    [Fact]
    public void Cells_hold_blocks_and_an_empty_cell_still_gets_a_paragraph()
    {
        var table = new ModelTable(
            [new TableColumn(1), new TableColumn(1)],
            [DocxSamples.R(new ModelTableCell([]), new ModelTableCell([DocxSamples.P("а"), DocxSamples.List(false, "б", "в"), DocxSamples.P("г", "Small")]))],
            DocxSamples.At);
        using var probe = DocxProbe.Of(table);
        probe.AssertValid();
        var cells = Cells(RenderSpanned(probe).Elements<W.TableRow>().Single());
        Assert.Single(cells[0].Elements<W.Paragraph>());
        var paragraphs = cells[1].Elements<W.Paragraph>().ToList();
        Assert.Equal(4, paragraphs.Count);
        Assert.Equal("TableText", paragraphs[0].ParagraphProperties?.ParagraphStyleId?.Val?.Value);
        Assert.NotNull(paragraphs[1].ParagraphProperties?.NumberingProperties);
        Assert.Equal("Small", paragraphs[3].ParagraphProperties?.ParagraphStyleId?.Val?.Value);
    }

    [Fact]
    public void A_300_row_table_renders_validates_and_repeats_only_its_header()
    {
        var document = DocxSamples.Of(DocxSamples.H(1, "Список"), DocxSamples.LongTable(300));
        using var probe = DocxProbe.Of(document);
        probe.AssertValid();
        var rows = RenderSpanned(probe).Elements<W.TableRow>().ToList();
        Assert.Equal(301, rows.Count);
        Assert.Equal(1, rows.Count(r => r.TableRowProperties?.GetFirstChild<W.TableHeader>() is not null));
        Assert.Equal("Школа № 300", Cells(rows[^1])[1].InnerText);
        Assert.All(rows, r => Assert.Equal(3, Cells(r).Count));
    }

    [Fact]
    public void A_landscape_section_scales_the_grid_to_its_wider_text()
    {
        var document = new Document(DocxSamples.Info, [new Section(DocxSamples.Landscape(), [DocxSamples.LongTable(2)], DocxSamples.At)]);
        using var probe = DocxProbe.Of(document);
        var grid = RenderSpanned(probe).GetFirstChild<W.TableGrid>()!.Elements<W.GridColumn>().Sum(c => int.Parse(c.Width!.Value!));

        // 297 − 20 − 20 = 257 mm.
        Assert.Equal(14570, grid);
    }
}
