using KazReports.Documents;
using KazReports.Templates.Markup;
using static KazReports.Tests.Rendering.Docx.DocxSamples;

namespace KazReports.Tests.Documents;

/// <summary>The one grid of a table: cells placed on rows × columns, spans repaired and reported once.</summary>
public sealed class TableGridTests
{
    private static Table Table(int columns, params TableRow[] rows) =>
        new(Enumerable.Range(0, columns).Select(_ => new TableColumn(1)).ToList(), rows, At);

    /// <summary>Each slot as «column:colspan:rowspan:kind».</summary>
    private static string Describe(IReadOnlyList<GridSlot> row) =>
        string.Join(" ", row.Select(s => $"{s.Column}:{s.ColSpan}:{s.RowSpan}:{s.Kind}"));

    private static GridProblem Problem(Table table) => Assert.Single(TableGrid.Of(table).Problems);

    [Fact]
    public void A_cell_spanning_rows_and_columns_covers_the_same_columns_below()
    {
        var table = Table(4,
            R(C("a"), C("b", colSpan: 2, rowSpan: 3), C("c")),
            R(C("d"), C("e")),
            R(C("f"), C("g")),
            R(C("h"), C("i"), C("j"), C("k")));
        var grid = TableGrid.Of(table);
        Assert.Equal("0:1:1:Cell 1:2:3:Cell 3:1:1:Cell", Describe(grid.Rows[0]));
        Assert.Equal("0:1:1:Cell 1:2:3:Covered 3:1:1:Cell", Describe(grid.Rows[1]));
        Assert.Equal("0:1:1:Cell 1:2:3:Covered 3:1:1:Cell", Describe(grid.Rows[2]));
        Assert.Equal("0:1:1:Cell 1:1:1:Cell 2:1:1:Cell 3:1:1:Cell", Describe(grid.Rows[3]));
        Assert.Same(grid.Rows[0][1].Cell, grid.Rows[2][1].Cell);
        Assert.Equal(0, grid.Rows[2][1].Row);
        Assert.Empty(grid.Problems);
        Assert.Same(grid, TableGrid.Of(table));
    }

    [Fact]
    public void A_group_row_is_one_cell_across_with_the_blocks_of_all_its_cells()
    {
        var table = Table(3, R(C("a"), C("b"), C("c")), new TableRow([C("группа"), C("ещё")], RowKind.Group));
        var group = Assert.Single(TableGrid.Of(table).Rows[1]);
        Assert.Equal("0:3:1:Cell", Describe([group]));
        Assert.Equal(2, group.Cell.Blocks.Count);
    }

    [Fact]
    public void A_short_row_is_padded_with_fillers_and_reported_as_an_error()
    {
        var table = Table(3, R(C("a", rowSpan: 2), C("b"), C("c")), R(C("d")), R(C("e")));
        Assert.Equal("0:1:2:Covered 1:1:1:Cell 2:1:1:Filler", Describe(TableGrid.Of(table).Rows[1]));
        Assert.Equal("0:1:1:Cell 1:1:1:Filler 2:1:1:Filler", Describe(TableGrid.Of(table).Rows[2]));
        Assert.Equal(
            [new GridProblem(1, GridProblemKind.CellCount, 0, 2, 3), new GridProblem(2, GridProblemKind.CellCount, 0, 1, 3)],
            TableGrid.Of(table).Problems);
        Assert.All(TableGrid.Of(table).Problems, p => Assert.True(p.IsError));
        Assert.Equal(
            ["в строке таблицы 2 столбца, а в таблице 3 (проверьте число ячеек и cols/rows)",
             "в строке таблицы 1 столбец, а в таблице 3 (проверьте число ячеек и cols/rows)"],
            TableGrid.Of(table).Problems.Select(TableMarkup.Word));
    }

    [Fact]
    public void A_cell_with_no_column_left_is_dropped_and_the_row_reported()
    {
        var table = Table(2, R(C("a"), C("b"), C("лишняя")));
        Assert.Equal("0:1:1:Cell 1:1:1:Cell", Describe(TableGrid.Of(table).Rows[0]));
        var problem = Problem(table);
        Assert.Equal(new GridProblem(0, GridProblemKind.CellCount, 0, 3, 2), problem);
        Assert.True(problem.IsError);
        Assert.Equal("в строке таблицы 3 столбца, а в таблице 2 (проверьте число ячеек и cols/rows)", TableMarkup.Word(problem));
    }

    [Fact]
    public void A_column_span_past_the_edge_stops_at_the_edge()
    {
        var table = Table(2, R(C("а"), C("б", colSpan: 2)));
        Assert.Equal("0:1:1:Cell 1:1:1:Cell", Describe(TableGrid.Of(table).Rows[0]));
        var problem = Problem(table);
        Assert.Equal(new GridProblem(0, GridProblemKind.PastEdge, 2, 2, 1), problem);
        Assert.True(problem.IsError);
        Assert.Equal("ячейка 2 объединяет 2 столбца, а от её места до края таблицы только 1", TableMarkup.Word(problem));
    }

    [Fact]
    public void A_column_span_over_a_column_covered_from_above_stops_before_it()
    {
        var table = Table(3,
            R(C("a"), C("b"), C("c", rowSpan: 2)),
            R(C("d", colSpan: 3)));
        Assert.Equal("0:2:1:Cell 2:1:2:Covered", Describe(TableGrid.Of(table).Rows[1]));
        var problem = Problem(table);
        Assert.Equal(new GridProblem(1, GridProblemKind.Overlap, 1, 3, 3), problem);
        Assert.True(problem.IsError);
        Assert.Equal("ячейка 1 накрывает столбец 3, занятый ячейкой строки выше, объединённой по вертикали (rows)", TableMarkup.Word(problem));
    }

    [Fact]
    public void Row_spans_stop_at_the_table_end_the_header_end_and_group_rows_with_a_warning()
    {
        var table = Table(2,
            new TableRow([C("з", rowSpan: 3), C("и")], RowKind.Header),
            new TableRow([C("к")], RowKind.Header),
            R(C("б")),
            R(C("a", rowSpan: 5), C("b")),
            new TableRow([C("группа")], RowKind.Group),
            R(C("c"), C("d", rowSpan: 9)));
        var grid = TableGrid.Of(table);
        Assert.Equal("0:1:2:Cell 1:1:1:Cell", Describe(grid.Rows[0]));
        Assert.Equal("0:1:2:Covered 1:1:1:Cell", Describe(grid.Rows[1]));
        // The header cell asked for this row too: its column stays empty and «б» stays in the second.
        Assert.Equal("0:1:1:Filler 1:1:1:Cell", Describe(grid.Rows[2]));
        Assert.Equal("0:1:1:Cell 1:1:1:Cell", Describe(grid.Rows[3]));
        Assert.Equal("0:1:1:Cell 1:1:1:Cell", Describe(grid.Rows[5]));
        Assert.Equal(
            [new GridProblem(0, GridProblemKind.RowSpanCut, 1, 3, 2, SpanLimit.HeaderEnd),
             new GridProblem(3, GridProblemKind.RowSpanCut, 1, 5, 1, SpanLimit.GroupRow),
             new GridProblem(5, GridProblemKind.RowSpanCut, 2, 9, 1, SpanLimit.TableEnd)],
            grid.Problems);
        Assert.All(grid.Problems, p => Assert.False(p.IsError));
        Assert.Equal(
            ["ячейка 1 объединяет 3 строки, а до конца заголовка только 2: объединение укорочено",
             "ячейка 1 объединяет 5 строк, а до строки-группы только 1: объединение укорочено",
             "ячейка 2 объединяет 9 строк, а до конца таблицы только 1: объединение укорочено"],
            grid.Problems.Select(TableMarkup.Word));
    }
}
