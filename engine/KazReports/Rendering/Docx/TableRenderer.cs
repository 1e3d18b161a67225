using KazReports.Documents;
using RunStyle = KazReports.Documents.RunStyle;
using ModelTable = KazReports.Documents.Table;
using ModelTableCell = KazReports.Documents.TableCell;
using ModelTableRow = KazReports.Documents.TableRow;

namespace KazReports.Rendering.Docx;

/// <summary>
/// Tables: style KazTable, fixed layout and width, w:tblGrid from the columns, repeated and shaded
/// header rows, shaded group rows, gridSpan/vMerge spans, cell alignment and shading, the keeps
/// of <see cref="TableRowKeeps"/> (rows kept with the next, short rows that cannot split).
/// </summary>
internal sealed class TableRenderer(DocxContext context, BlockRenderer blocks)
{
    private readonly string? headerShading = Units.HexColor(context.Theme.HeaderShading);
    private readonly string? groupShading = Units.HexColor(context.Theme.GroupShading);

    public WordTable Write(ModelTable table, BlockFrame frame)
    {
        var widths = ColumnWidths(table, frame.WidthTwips, context.Theme);
        var result = new WordTable(widths.Sum(), widths)
        {
            Style = StyleIds.KazTable,
            NoBorders = !table.Borders,
        };

        var grid = TableGrid.Of(table);
        var headerRows = table.HeaderRowCount;
        var keeps = TableRowKeeps.KeepWithNext(table);
        for (var r = 0; r < table.Rows.Count; r++)
        {
            result.Rows.Add(Row(table.Rows[r], grid.Rows[r], widths, repeatHeader: r < headerRows, keeps[r]));
        }

        return result;
    }

    private WordRow Row(ModelTableRow row, IReadOnlyList<GridSlot> slots, int[] widths, bool repeatHeader, bool keepWithNext)
    {
        var padding = 2 * Units.Twips(context.Theme.CellPaddingMm);
        var cellWidths = slots.Select(s => SpanWidth(widths, s) - padding).ToList();
        var cantSplit = row.CantSplit || row.Kind != RowKind.Body || TableRowKeeps.IsShort(row, cellWidths, context.Theme.TableSizePt);
        var result = new WordRow(cantSplit, repeatHeader);
        foreach (var slot in slots)
        {
            var cell = Cell(row.Kind, slot, SpanWidth(widths, slot));
            if (keepWithNext)
            {
                foreach (var paragraph in cell.Content.OfType<WordParagraph>())
                {
                    paragraph.Format.KeepNext = true;
                }
            }

            result.Cells.Add(cell);
        }

        return result;
    }

    /// <summary>The widths of <see cref="TableWidths"/> in whole twips, rounded so that they add up to the rounded total.</summary>
    public static int[] ColumnWidths(ModelTable table, int totalTwips, Theme theme)
    {
        var fitted = TableWidths.Fit(table, totalTwips, Units.TwipsPerMm, theme, "DOCX");
        var widths = new int[fitted.Length];
        var last = fitted.Length - 1;
        for (var i = 0; i < fitted.Length; i++)
        {
            var isFixed = i < table.Columns.Count && table.Columns[i].WidthMm is > 0;
            widths[i] = isFixed ? (int)Math.Round(fitted[i], MidpointRounding.AwayFromZero) : Math.Max(1, (int)Math.Floor(fitted[i]));
            if (!isFixed)
            {
                last = i;
            }
        }

        // Rounding leftovers go to the last flexible column, so the grid adds up exactly.
        widths[last] += (int)Math.Round(fitted.Sum(), MidpointRounding.AwayFromZero) - widths.Sum();
        return widths;
    }

    private WordCell Cell(RowKind kind, GridSlot slot, int width)
    {
        var cell = slot.Kind == GridSlotKind.Filler ? null : slot.Cell;
        var theme = context.Theme;
        var shading = Units.HexColor(cell?.Shading) ?? kind switch
        {
            RowKind.Header => headerShading,
            RowKind.Group => groupShading,
            _ => null,
        };
        var result = new WordCell(width)
        {
            Span = slot.ColSpan,
            VerticalMerge = slot.Kind switch
            {
                GridSlotKind.Covered => "continue",
                GridSlotKind.Cell when slot.RowSpan > 1 => "restart",
                _ => null,
            },
            Shading = shading,
            VerticalAlignment = VerticalAlign(kind, cell),
        };

        if (cell is not null && slot.Kind != GridSlotKind.Covered)
        {
            var frame = new BlockFrame(
                Math.Max(width - (2 * Units.Twips(theme.CellPaddingMm)), 200),
                InTable: true,
                ExtraStyle: cell.Bold || kind != RowKind.Body ? RunStyle.Bold : RunStyle.None,
                Alignment: Units.Justification(cell.Alignment) ?? (kind == RowKind.Header ? Jc.Center : null));
            blocks.WriteAll(cell.Blocks, frame, result.Content);
        }

        // Word wants every cell to end with a paragraph.
        if (result.Content.Count == 0 || result.Content[^1] is not WordParagraph)
        {
            result.Content.Add(new WordParagraph(new ParagraphFormat { Style = StyleIds.TableText }));
        }

        return result;
    }

    private static string? VerticalAlign(RowKind kind, ModelTableCell? cell) => cell?.VerticalAlignment switch
    {
        VerticalAlignment.Center => "center",
        VerticalAlignment.Bottom => "bottom",
        _ when kind == RowKind.Header => "center",
        _ => null,
    };

    private static int SpanWidth(int[] widths, GridSlot slot)
    {
        var sum = 0;
        for (var c = slot.Column; c < slot.Column + slot.ColSpan; c++)
        {
            sum += widths[c];
        }

        return sum;
    }
}
