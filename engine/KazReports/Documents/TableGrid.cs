using System.Globalization;
using System.Runtime.CompilerServices;

namespace KazReports.Documents;

/// <summary>What a position of the grid holds.</summary>
public enum GridSlotKind
{
    /// <summary>A model cell placed at its first row and column.</summary>
    Cell,

    /// <summary>Columns covered by a cell of a row above that spans down to this row (<see cref="GridSlot.Cell"/> is that cell).</summary>
    Covered,

    /// <summary>An empty cell padding a row that has fewer cells than the grid.</summary>
    Filler,
}

/// <summary>
/// One position of a grid row, in column order: the cell (or, for <see cref="GridSlotKind.Covered"/>,
/// the cell spanning down from <see cref="Row"/>), its first column and the columns and rows it takes.
/// </summary>
public sealed record GridSlot(TableCell Cell, int Row, int Column, int ColSpan, int RowSpan, GridSlotKind Kind)
{
    public bool IsFiller => Kind == GridSlotKind.Filler;
}

/// <summary>What the grid had to repair in a row.</summary>
public enum GridProblemKind
{
    /// <summary>Cell <see cref="GridProblem.Cell"/> spans <see cref="GridProblem.Asked"/> columns, the table's edge leaves <see cref="GridProblem.Room"/>.</summary>
    PastEdge,

    /// <summary>Cell <see cref="GridProblem.Cell"/> runs into column <see cref="GridProblem.Room"/> (1-based), covered from a row above.</summary>
    Overlap,

    /// <summary>The row's cells take <see cref="GridProblem.Asked"/> columns, the table has <see cref="GridProblem.Room"/>.</summary>
    CellCount,

    /// <summary>Cell <see cref="GridProblem.Cell"/> spans <see cref="GridProblem.Asked"/> rows, <see cref="GridProblem.Limit"/> leaves <see cref="GridProblem.Room"/>: shortened.</summary>
    RowSpanCut,
}

/// <summary>Where a row span had to stop.</summary>
public enum SpanLimit
{
    TableEnd,
    GroupRow,
    HeaderEnd,
}

/// <summary>
/// A problem the grid resolved, for the row it concerns (0-based), as numbers: the markup stage words
/// it for the user. <see cref="Cell"/> is 1-based. An error: content was dropped or moved; a shortened
/// row span is only a warning.
/// </summary>
public sealed record GridProblem(int Row, GridProblemKind Kind, int Cell, int Asked, int Room, SpanLimit Limit = SpanLimit.TableEnd)
{
    public bool IsError => Kind != GridProblemKind.RowSpanCut;
}

/// <summary>
/// The table's cells placed on its row × column grid, once, for every renderer. The rules: a group
/// row is one cell across the table; a row span stops at the table's end, at the next group row and,
/// in a header row, at the header's end (the body rows it asked for keep that column empty, so their
/// cells stay in place); a column span stops at the table's edge and before a column covered from a
/// row above; cells with no column left are dropped; short rows are padded with fillers. Every such
/// repair is a <see cref="GridProblem"/>.
/// </summary>
public sealed class TableGrid
{
    private static readonly ConditionalWeakTable<Table, TableGrid> Grids = new();

    /// <summary>The cell of fillers and of empty group rows.</summary>
    public static readonly TableCell Empty = new([]);

    private TableGrid(int columnCount, IReadOnlyList<IReadOnlyList<GridSlot>> rows, IReadOnlyList<GridProblem> problems)
    {
        ColumnCount = columnCount;
        Rows = rows;
        Problems = problems;
    }

    /// <summary>Columns of the grid (at least one).</summary>
    public int ColumnCount { get; }

    /// <summary>Per table row, its slots in column order; together they cover every column once.</summary>
    public IReadOnlyList<IReadOnlyList<GridSlot>> Rows { get; }

    public IReadOnlyList<GridProblem> Problems { get; }

    /// <summary>The grid of a table, placed on first use and kept with the table (the model is immutable).</summary>
    public static TableGrid Of(Table table) => Grids.GetValue(table, Place);

    private static TableGrid Place(Table table)
    {
        var columns = Math.Max(1, table.Columns.Count);
        var headerRows = table.HeaderRowCount;
        var covering = new GridSlot?[columns];
        var claimed = new int[columns];
        var problems = new List<GridProblem>();
        var rows = new IReadOnlyList<GridSlot>[table.Rows.Count];
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            if (row.Kind == RowKind.Group)
            {
                Array.Clear(covering);
                Array.Clear(claimed);
                rows[r] = [new GridSlot(GroupCell(row), r, 0, columns, 1, GridSlotKind.Cell)];
                continue;
            }

            rows[r] = PlaceRow(table, r, RowSpanLimit(table, r, headerRows), covering, claimed, problems);
        }

        return new TableGrid(columns, rows, problems);
    }

    /// <param name="covering">Per column, the cell spanning down over it (as placed, cut at its limit).</param>
    /// <param name="claimed">
    /// Per column, the row (exclusive) a span asked for reaches: a span cut at the header's end still
    /// keeps its columns in the rows it asked for (they get fillers), so the cells there stay where
    /// the template put them.
    /// </param>
    private static List<GridSlot> PlaceRow(Table table, int r, int limit, GridSlot?[] covering, int[] claimed, List<GridProblem> problems)
    {
        var row = table.Rows[r];
        var columns = covering.Length;
        var slots = new List<GridSlot>(columns);
        var taken = new bool[columns];
        var filled = new bool[columns];
        for (var c = 0; c < columns; c++)
        {
            if (covering[c] is { } above && above.Row + above.RowSpan > r)
            {
                taken[c] = filled[c] = true;
                if (above.Column == c)
                {
                    slots.Add(above with { Kind = GridSlotKind.Covered });
                }
            }
            else
            {
                covering[c] = null;
                taken[c] = claimed[c] > r;
            }
        }

        var fromAbove = taken.Count(t => t);
        GridProblem? problem = null;
        var column = 0;
        for (var k = 0; k < row.Cells.Count; k++)
        {
            var cell = row.Cells[k];
            while (column < columns && taken[column])
            {
                column++;
            }

            if (column >= columns)
            {
                break;
            }

            var span = Math.Max(1, cell.ColSpan);
            var free = 0;
            while (free < span && column + free < columns && !taken[column + free])
            {
                free++;
            }

            if (free < span)
            {
                problem ??= column + span > columns && column + free == columns
                    ? new GridProblem(r, GridProblemKind.PastEdge, k + 1, span, columns - column)
                    : new GridProblem(r, GridProblemKind.Overlap, k + 1, span, column + free + 1);
            }

            var asked = Math.Max(1, cell.RowSpan);
            var rowSpan = Math.Min(asked, limit - r);
            if (rowSpan < asked)
            {
                problems.Add(new GridProblem(r, GridProblemKind.RowSpanCut, k + 1, asked, limit - r, Limit(table, limit)));
            }

            var slot = new GridSlot(cell, r, column, free, rowSpan, GridSlotKind.Cell);
            slots.Add(slot);
            for (var c = column; c < column + free; c++)
            {
                taken[c] = filled[c] = true;
                covering[c] = rowSpan > 1 ? slot : null;
                claimed[c] = r + asked;
            }

            column += free;
        }

        var used = fromAbove + row.Cells.Sum(c => Math.Max(1, c.ColSpan));
        if (problem is null && used != columns)
        {
            problem = new GridProblem(r, GridProblemKind.CellCount, 0, used, columns);
        }

        if (problem is not null)
        {
            problems.Add(problem);
        }

        for (var c = 0; c < columns; c++)
        {
            if (!filled[c])
            {
                slots.Add(new GridSlot(Empty, r, c, 1, 1, GridSlotKind.Filler));
            }
        }

        slots.Sort((a, b) => a.Column.CompareTo(b.Column));
        return slots;
    }

    private static SpanLimit Limit(Table table, int limit) =>
        limit == table.Rows.Count ? SpanLimit.TableEnd
        : table.Rows[limit].Kind == RowKind.Group ? SpanLimit.GroupRow
        : SpanLimit.HeaderEnd;

    /// <summary>Rows a span starting in row <paramref name="r"/> may reach (exclusive): the next group row, the header's end, the table's end.</summary>
    private static int RowSpanLimit(Table table, int r, int headerRows)
    {
        var end = r < headerRows ? headerRows : table.Rows.Count;
        for (var rr = r + 1; rr < end; rr++)
        {
            if (table.Rows[rr].Kind == RowKind.Group)
            {
                return rr;
            }
        }

        return end;
    }

    /// <summary>A group row's cells joined into one: the first cell's look, all cells' blocks.</summary>
    private static TableCell GroupCell(TableRow row) => row.Cells.Count switch
    {
        0 => Empty,
        1 => row.Cells[0],
        _ => row.Cells[0] with { Blocks = row.Cells.SelectMany(c => c.Blocks).ToList(), ColSpan = 1, RowSpan = 1 },
    };
}
