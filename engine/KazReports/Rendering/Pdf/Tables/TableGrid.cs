using KazReports.Documents;
using KazReports.Rendering.Pdf.Layout;

namespace KazReports.Rendering.Pdf.Tables;

/// <summary>A model cell on the grid: its first row and column and the rows and columns it covers; fillers pad short rows.</summary>
internal sealed record PlacedCell(TableCell Cell, int Row, int Column, int ColSpan, int RowSpan, bool Filler = false);

/// <summary>
/// Puts the model's cells on the table grid. The model omits the cells covered by a row span in the
/// rows below, so a row's cells skip the covered columns. A group row is one cell across the table
/// (row spans stop at it; header spans stop at the header's end). Cells that overflow the grid are
/// layout errors that say which cell is wrong.
/// </summary>
internal static class TableGrid
{
    public static List<List<PlacedCell>> Place(Table table)
    {
        var columns = Math.Max(1, table.Columns.Count);
        var rows = table.Rows.Count;
        var headerRows = table.HeaderRowCount;
        var covered = new bool[rows, columns];
        var result = new List<List<PlacedCell>>(rows);
        for (var r = 0; r < rows; r++)
        {
            var row = table.Rows[r];
            var placed = new List<PlacedCell>();
            result.Add(placed);
            if (row.Kind == RowKind.Group)
            {
                placed.Add(new PlacedCell(GroupCell(row), r, 0, columns, 1));
                continue;
            }

            var limit = RowSpanLimit(table, r, headerRows);
            var column = 0;
            for (var k = 0; k < row.Cells.Count; k++)
            {
                while (column < columns && covered[r, column])
                {
                    column++;
                }

                var cell = row.Cells[k];
                if (column >= columns)
                {
                    throw new LayoutException("PDF", table.Span,
                        $"строка {r + 1} таблицы: ячейка {k + 1} лишняя — в таблице {columns} столбцов");
                }

                var span = Math.Max(1, cell.ColSpan);
                if (column + span > columns)
                {
                    throw new LayoutException("PDF", table.Span,
                        $"строка {r + 1} таблицы: ячейка {k + 1} объединяет {span} столбцов, а от её места до края таблицы только {columns - column}");
                }

                for (var c = column; c < column + span; c++)
                {
                    if (covered[r, c])
                    {
                        throw new LayoutException("PDF", table.Span,
                            $"строка {r + 1} таблицы: ячейка {k + 1} накрывает столбец {c + 1}, занятый ячейкой, объединённой по вертикали");
                    }
                }

                var rowSpan = Math.Clamp(cell.RowSpan, 1, limit - r);
                for (var rr = r; rr < r + rowSpan; rr++)
                {
                    for (var c = column; c < column + span; c++)
                    {
                        covered[rr, c] = true;
                    }
                }

                placed.Add(new PlacedCell(cell, r, column, span, rowSpan));
                column += span;
            }

            for (var c = 0; c < columns; c++)
            {
                if (!covered[r, c])
                {
                    covered[r, c] = true;
                    placed.Add(new PlacedCell(new TableCell([]), r, c, 1, 1, Filler: true));
                }
            }

            placed.Sort((a, b) => a.Column.CompareTo(b.Column));
        }

        return result;
    }

    /// <summary>Column widths in points: fixed widths as given, the rest of <paramref name="total"/> shared by weight.</summary>
    public static float[] ColumnWidths(Table table, float total)
    {
        var columns = table.Columns;
        if (columns.Count == 0)
        {
            return [total];
        }

        var widths = new float[columns.Count];
        var flexible = new List<int>();
        var fixedTotal = 0f;
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i].WidthMm is { } mm && mm > 0)
            {
                widths[i] = PdfUnits.Pt(mm);
                fixedTotal += widths[i];
            }
            else
            {
                flexible.Add(i);
            }
        }

        var remaining = total - fixedTotal;
        if (remaining < -Element.Epsilon || (flexible.Count > 0 && remaining < flexible.Count * PdfUnits.Pt(3)))
        {
            throw new LayoutException("PDF", table.Span,
                $"таблица шире области текста: столбцы заданной ширины занимают {PdfUnits.Format(PdfUnits.Mm(fixedTotal))} мм, а ширина текста {PdfUnits.Format(PdfUnits.Mm(total))} мм");
        }

        var weightSum = flexible.Sum(i => Math.Max(columns[i].Weight, 0));
        foreach (var i in flexible)
        {
            var share = weightSum > 0 ? Math.Max(columns[i].Weight, 0) / weightSum : 1.0 / flexible.Count;
            widths[i] = (float)(remaining * share);
        }

        return widths;
    }

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
        0 => new TableCell([]),
        1 => row.Cells[0],
        _ => row.Cells[0] with { Blocks = row.Cells.SelectMany(c => c.Blocks).ToList(), ColSpan = 1, RowSpan = 1 },
    };
}
