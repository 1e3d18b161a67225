using KazReports.Documents;

namespace KazReports.Rendering.Docx;

internal enum MergeKind
{
    None,

    /// <summary>The first cell of a row span (vMerge restart).</summary>
    Restart,

    /// <summary>A cell inserted under a row-spanning cell (vMerge continue); <see cref="GridSlot.Cell"/> is the origin.</summary>
    Continue,

    /// <summary>An empty cell filling a row that has fewer cells than the grid.</summary>
    Filler,
}

/// <summary>One w:tc of a row: its first grid column, its gridSpan, the model cell and its merge role.</summary>
internal sealed record GridSlot(int Column, int Span, TableCell? Cell, MergeKind Merge);

/// <summary>
/// Places the model's cells on the table grid. The model omits the cells covered by a row span in
/// the rows below; this puts vMerge continuations there (with the origin's gridSpan), and makes a
/// group row one cell across all columns.
/// </summary>
internal static class TableGridLayout
{
    public static List<List<GridSlot>> Layout(Table table)
    {
        var columns = Math.Max(1, table.Columns.Count);
        var pending = new (int Remaining, int Span, TableCell Origin)?[columns];
        var result = new List<List<GridSlot>>(table.Rows.Count);
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            if (row.Kind == RowKind.Group)
            {
                Array.Clear(pending);
                result.Add([new GridSlot(0, columns, GroupCell(row), MergeKind.None)]);
                continue;
            }

            result.Add(PlaceRow(row, columns, pending, rowsBelow: table.Rows.Count - r - 1));
        }

        return result;
    }

    private static List<GridSlot> PlaceRow(TableRow row, int columns, (int Remaining, int Span, TableCell Origin)?[] pending, int rowsBelow)
    {
        var slots = new List<GridSlot>();
        var column = 0;
        var next = 0;
        while (column < columns || next < row.Cells.Count)
        {
            if (column < columns && pending[column] is { Remaining: > 0 } span)
            {
                slots.Add(new GridSlot(column, span.Span, span.Origin, MergeKind.Continue));
                pending[column] = span.Remaining > 1 ? span with { Remaining = span.Remaining - 1 } : null;
                column += span.Span;
                continue;
            }

            if (next < row.Cells.Count)
            {
                var cell = row.Cells[next++];
                var width = column < columns ? Math.Clamp(cell.ColSpan, 1, columns - column) : Math.Max(1, cell.ColSpan);
                var rowSpan = Math.Min(Math.Max(1, cell.RowSpan), rowsBelow + 1);
                if (rowSpan > 1 && column < columns)
                {
                    pending[column] = (rowSpan - 1, width, cell);
                    slots.Add(new GridSlot(column, width, cell, MergeKind.Restart));
                }
                else
                {
                    slots.Add(new GridSlot(column, width, cell, MergeKind.None));
                }

                column += width;
                continue;
            }

            slots.Add(new GridSlot(column, 1, null, MergeKind.Filler));
            column++;
        }

        return slots;
    }

    /// <summary>A group row's cells joined into one: the first cell's look, all cells' blocks.</summary>
    private static TableCell? GroupCell(TableRow row) => row.Cells.Count switch
    {
        0 => null,
        1 => row.Cells[0],
        _ => row.Cells[0] with { Blocks = row.Cells.SelectMany(c => c.Blocks).ToList(), ColSpan = 1, RowSpan = 1 },
    };

    /// <summary>Column widths in twips: fixed widths as given, the rest of <paramref name="totalTwips"/> shared by weight.</summary>
    public static int[] ColumnWidths(IReadOnlyList<TableColumn> columns, int totalTwips)
    {
        if (columns.Count == 0)
        {
            return [totalTwips];
        }

        var widths = new int[columns.Count];
        var fixedTotal = 0;
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i].WidthMm is { } mm && mm > 0)
            {
                widths[i] = Units.Twips(mm);
                fixedTotal += widths[i];
            }
        }

        var flexible = Enumerable.Range(0, columns.Count).Where(i => columns[i].WidthMm is not > 0).ToList();
        if (flexible.Count == 0)
        {
            return widths;
        }

        var remaining = Math.Max(totalTwips - fixedTotal, flexible.Count * 200);
        var weightSum = flexible.Sum(i => Math.Max(columns[i].Weight, 0));
        var assigned = 0;
        foreach (var i in flexible)
        {
            var share = weightSum > 0 ? Math.Max(columns[i].Weight, 0) / weightSum : 1.0 / flexible.Count;
            widths[i] = Math.Max(1, (int)Math.Floor(remaining * share));
            assigned += widths[i];
        }

        // Rounding leftovers go to the last flexible column, so the grid adds up to the width exactly.
        widths[flexible[^1]] += remaining - assigned;
        return widths;
    }
}
