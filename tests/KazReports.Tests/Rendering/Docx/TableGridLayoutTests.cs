using KazReports.Documents;
using KazReports.Rendering.Docx;
using Xunit;
using ModelTable = KazReports.Documents.Table;
using ModelTableRow = KazReports.Documents.TableRow;

namespace KazReports.Tests.Rendering.Docx;

/// <summary>Placing cells on the grid and sharing the width among columns.</summary>
public class TableGridLayoutTests
{
    private static ModelTable Table(int columns, params ModelTableRow[] rows) =>
        new(Enumerable.Range(0, columns).Select(_ => new TableColumn(1)).ToList(), rows, DocxSamples.At);

    private static string Describe(List<GridSlot> row) =>
        string.Join(" ", row.Select(s => $"{s.Column}:{s.Span}:{s.Merge}"));

    [Fact]
    public void Weights_share_the_width_and_add_up_exactly()
    {
        Assert.Equal([3333, 3333, 3334], TableGridLayout.ColumnWidths([new(1), new(1), new(1)], 10000));
        Assert.Equal([2500, 7500], TableGridLayout.ColumnWidths([new(1), new(3)], 10000));
        Assert.Equal([1134, 4433, 4433], TableGridLayout.ColumnWidths([new(5, WidthMm: 20), new(1), new(1)], 10000));
        Assert.Equal([10000], TableGridLayout.ColumnWidths([], 10000));
    }

    [Fact]
    public void A_cell_spanning_rows_and_columns_gets_continuations_with_the_same_span()
    {
        var table = Table(
            4,
            DocxSamples.R(DocxSamples.C("a"), DocxSamples.C("b", colSpan: 2, rowSpan: 3), DocxSamples.C("c")),
            DocxSamples.R(DocxSamples.C("d"), DocxSamples.C("e")),
            DocxSamples.R(DocxSamples.C("f"), DocxSamples.C("g")),
            DocxSamples.R(DocxSamples.C("h"), DocxSamples.C("i"), DocxSamples.C("j"), DocxSamples.C("k")));
        var layout = TableGridLayout.Layout(table);
        Assert.Equal("0:1:None 1:2:Restart 3:1:None", Describe(layout[0]));
        Assert.Equal("0:1:None 1:2:Continue 3:1:None", Describe(layout[1]));
        Assert.Equal("0:1:None 1:2:Continue 3:1:None", Describe(layout[2]));
        Assert.Equal("0:1:None 1:1:None 2:1:None 3:1:None", Describe(layout[3]));
        Assert.Same(layout[0][1].Cell, layout[2][1].Cell);
    }

    [Fact]
    public void Spans_in_the_first_and_last_columns_and_short_rows_are_filled()
    {
        var table = Table(
            3,
            DocxSamples.R(DocxSamples.C("a", rowSpan: 2), DocxSamples.C("b"), DocxSamples.C("c", rowSpan: 2)),
            DocxSamples.R(DocxSamples.C("d")),
            DocxSamples.R(DocxSamples.C("e")));
        var layout = TableGridLayout.Layout(table);
        Assert.Equal("0:1:Restart 1:1:None 2:1:Restart", Describe(layout[0]));
        Assert.Equal("0:1:Continue 1:1:None 2:1:Continue", Describe(layout[1]));
        Assert.Equal("0:1:None 1:1:Filler 2:1:Filler", Describe(layout[2]));
    }

    [Fact]
    public void Row_spans_stop_at_the_last_row_and_at_group_rows()
    {
        var table = Table(
            2,
            DocxSamples.R(DocxSamples.C("a", rowSpan: 5), DocxSamples.C("b")),
            new ModelTableRow([DocxSamples.C("группа"), DocxSamples.C("ещё")], RowKind.Group),
            DocxSamples.R(DocxSamples.C("c"), DocxSamples.C("d", rowSpan: 9)));
        var layout = TableGridLayout.Layout(table);
        Assert.Equal("0:1:Restart 1:1:None", Describe(layout[0]));
        Assert.Equal("0:2:None", Describe(layout[1]));
        Assert.Equal(2, layout[1][0].Cell!.Blocks.Count);
        Assert.Equal("0:1:None 1:1:None", Describe(layout[2]));
    }
}
