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
        var widths = TableGridLayout.ColumnWidths(table.Columns, frame.WidthTwips);
        var result = new WordTable(widths.Sum(), widths)
        {
            Style = StyleIds.KazTable,
            NoBorders = !table.Borders,
        };

        var layout = TableGridLayout.Layout(table);
        var headerRows = table.HeaderRowCount;
        var keeps = TableRowKeeps.KeepWithNext(table);
        for (var r = 0; r < table.Rows.Count; r++)
        {
            result.Rows.Add(Row(table.Rows[r], layout[r], widths, repeatHeader: r < headerRows, keeps[r]));
        }

        return result;
    }

    private WordRow Row(ModelTableRow row, List<GridSlot> slots, int[] widths, bool repeatHeader, bool keepWithNext)
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

    private WordCell Cell(RowKind kind, GridSlot slot, int width)
    {
        var cell = slot.Cell;
        var theme = context.Theme;
        var shading = Units.HexColor(cell?.Shading) ?? kind switch
        {
            RowKind.Header => headerShading,
            RowKind.Group => groupShading,
            _ => null,
        };
        var result = new WordCell(width)
        {
            Span = slot.Span,
            VerticalMerge = slot.Merge switch
            {
                MergeKind.Restart => "restart",
                MergeKind.Continue => "continue",
                _ => null,
            },
            Shading = shading,
            VerticalAlignment = VerticalAlign(kind, cell),
        };

        if (cell is not null && slot.Merge != MergeKind.Continue)
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
        for (var c = slot.Column; c < slot.Column + slot.Span; c++)
        {
            sum += c < widths.Length ? widths[c] : widths[^1];
        }

        return sum;
    }
}
