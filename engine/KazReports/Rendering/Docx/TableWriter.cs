using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using KazReports.Documents;
using RunStyle = KazReports.Documents.RunStyle;
using W = DocumentFormat.OpenXml.Wordprocessing;
using ModelTable = KazReports.Documents.Table;
using ModelTableCell = KazReports.Documents.TableCell;
using ModelTableRow = KazReports.Documents.TableRow;

namespace KazReports.Rendering.Docx;

/// <summary>
/// Tables: style KazTable, fixed layout and width, w:tblGrid from the columns, repeated and shaded
/// header rows, shaded group rows, gridSpan/vMerge spans, cell alignment and shading.
/// </summary>
internal sealed class TableWriter(DocxContext context, BlockWriter blocks)
{
    public W.Table Write(ModelTable table, BlockFrame frame)
    {
        var widths = TableGridLayout.ColumnWidths(table.Columns, frame.WidthTwips);
        var result = new W.Table(
            new TableProperties
            {
                TableStyle = new TableStyle { Val = StyleIds.KazTable },
                TableWidth = new TableWidth { Width = Units.Str(widths.Sum()), Type = TableWidthUnitValues.Dxa },
                TableBorders = table.Borders ? null : Borders.None(),
                TableLayout = new TableLayout { Type = TableLayoutValues.Fixed },
            },
            new TableGrid(widths.Select(w => new GridColumn { Width = Units.Str(w) })));

        var layout = TableGridLayout.Layout(table);
        var headerRows = table.HeaderRowCount;
        for (var r = 0; r < table.Rows.Count; r++)
        {
            result.Append(Row(table.Rows[r], layout[r], widths, repeatHeader: r < headerRows));
        }

        return result;
    }

    private W.TableRow Row(ModelTableRow row, List<GridSlot> slots, int[] widths, bool repeatHeader)
    {
        var result = new W.TableRow();
        var properties = new TableRowProperties();
        if (row.CantSplit || row.Kind == RowKind.Header)
        {
            properties.Append(new CantSplit());
        }

        if (repeatHeader)
        {
            properties.Append(new TableHeader());
        }

        if (properties.HasChildren)
        {
            result.Append(properties);
        }

        foreach (var slot in slots)
        {
            result.Append(Cell(row.Kind, slot, SpanWidth(widths, slot)));
        }

        return result;
    }

    private W.TableCell Cell(RowKind kind, GridSlot slot, int width)
    {
        var cell = slot.Cell;
        var theme = context.Theme;
        var shading = Units.HexColor(cell?.Shading) ?? kind switch
        {
            RowKind.Header => Units.HexColor(theme.HeaderShading),
            RowKind.Group => Units.HexColor(theme.GroupShading),
            _ => null,
        };
        var properties = new TableCellProperties
        {
            TableCellWidth = new TableCellWidth { Width = Units.Str(width), Type = TableWidthUnitValues.Dxa },
            GridSpan = slot.Span > 1 ? new GridSpan { Val = slot.Span } : null,
            VerticalMerge = slot.Merge switch
            {
                MergeKind.Restart => new VerticalMerge { Val = MergedCellValues.Restart },
                MergeKind.Continue => new VerticalMerge { Val = MergedCellValues.Continue },
                _ => null,
            },
            Shading = shading is null ? null : new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = shading },
            TableCellVerticalAlignment = VerticalAlign(kind, cell) is { } v ? new TableCellVerticalAlignment { Val = v } : null,
        };

        var result = new W.TableCell(properties);
        if (cell is not null && slot.Merge != MergeKind.Continue)
        {
            var frame = new BlockFrame(
                Math.Max(width - (2 * Units.Twips(theme.CellPaddingMm)), 200),
                InTable: true,
                ExtraStyle: cell.Bold || kind != RowKind.Body ? RunStyle.Bold : RunStyle.None,
                Alignment: Units.Justification(cell.Alignment) ?? (kind == RowKind.Header ? JustificationValues.Center : null));
            result.Append(blocks.WriteAll(cell.Blocks, frame));
        }

        // Word wants every cell to end with a paragraph.
        if (result.LastChild is not W.Paragraph)
        {
            result.Append(new W.Paragraph(new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = StyleIds.TableText } }));
        }

        return result;
    }

    private static TableVerticalAlignmentValues? VerticalAlign(RowKind kind, ModelTableCell? cell) => cell?.VerticalAlignment switch
    {
        VerticalAlignment.Center => TableVerticalAlignmentValues.Center,
        VerticalAlignment.Bottom => TableVerticalAlignmentValues.Bottom,
        _ when kind == RowKind.Header => TableVerticalAlignmentValues.Center,
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
