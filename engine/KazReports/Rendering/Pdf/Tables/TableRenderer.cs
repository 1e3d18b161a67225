using KazReports.Documents;
using KazReports.Rendering.Pdf.Blocks;
using KazReports.Rendering.Pdf.Layout;

namespace KazReports.Rendering.Pdf.Tables;

/// <summary>
/// Builds a table element: column widths fitted to the frame, cells placed on the grid, rows tied by
/// row spans grouped, header rows (the leading rows of kind Header) set apart to repeat on each page.
/// Cells look as in the DOCX: header cells bold, centred, shaded; group rows bold and shaded; a
/// cell's own alignment, shading and bold win.
/// </summary>
internal sealed class TableRenderer(PdfContext context, BlockRenderer blocks)
{
    public Element Build(Table table, BlockFrame frame)
    {
        var width = frame.Width - frame.Indent;
        var widths = TableWidths.Fit(table, width, PdfUnits.PointsPerMm, context.Theme, "PDF");
        var xs = new float[widths.Length + 1];
        for (var c = 0; c < widths.Length; c++)
        {
            xs[c + 1] = xs[c] + (float)widths[c];
        }

        var placed = TableGrid.Of(table).Rows;
        var text = context.Styles.TableText;
        var twoLines = 2 * context.Shaper.Metrics(text.Text).Single * text.LineSpacing;
        var look = new TableLook(PdfUnits.Pt(context.Theme.CellPaddingMm), (float)context.Theme.TableBorderPt, table.Borders, twoLines - Element.Epsilon);
        var headerRows = Math.Min(table.HeaderRowCount, table.Rows.Count);
        var header = Groups(table, placed, 0, headerRows, xs, look);
        var body = Groups(table, placed, headerRows, table.Rows.Count, xs, look);
        return new TableElement(header, body, xs[^1], context.PageHeight, table.Span);
    }

    /// <summary>Row groups of rows [from, to): a group ends where no cell spans below it.</summary>
    private List<RowGroup> Groups(Table table, IReadOnlyList<IReadOnlyList<GridSlot>> placed, int from, int to, float[] xs, TableLook look)
    {
        var groups = new List<RowGroup>();
        var start = from;
        while (start < to)
        {
            var end = start + 1;
            for (var r = start; r < end; r++)
            {
                foreach (var cell in placed[r])
                {
                    end = Math.Max(end, Math.Min(to, cell.Row + cell.RowSpan));
                }
            }

            var count = 0;
            for (var r = start; r < end; r++)
            {
                count += placed[r].Count(s => s.Kind != GridSlotKind.Covered);
            }

            var cells = new CellBox[count];
            var cantSplit = false;
            count = 0;
            for (var r = start; r < end; r++)
            {
                var row = table.Rows[r];
                cantSplit |= row.CantSplit || row.Kind == RowKind.Header;
                foreach (var cell in placed[r])
                {
                    if (cell.Kind != GridSlotKind.Covered)
                    {
                        cells[count++] = Cell(table, row.Kind, cell, start, xs, look);
                    }
                }
            }

            var isGroupRow = end - start == 1 && table.Rows[start].Kind == RowKind.Group;
            groups.Add(new RowGroup(cells, end - start, cantSplit, isGroupRow, xs[^1], look, table.Span));
            start = end;
        }

        return groups;
    }

    private CellBox Cell(Table table, RowKind kind, GridSlot placed, int groupStart, float[] xs, TableLook look)
    {
        var cell = placed.Cell;
        var theme = context.Theme;
        var x = xs[placed.Column];
        var width = xs[placed.Column + placed.ColSpan] - x;
        var shading = PdfUnits.Color(cell.Shading) ?? kind switch
        {
            RowKind.Header => PdfUnits.Color(theme.HeaderShading),
            RowKind.Group => PdfUnits.Color(theme.GroupShading),
            _ => null,
        };
        var alignment = cell.Alignment != Alignment.Default ? cell.Alignment : kind == RowKind.Header ? Alignment.Center : (Alignment?)null;
        var vertical = cell.VerticalAlignment != VerticalAlignment.Top || kind != RowKind.Header ? cell.VerticalAlignment : VerticalAlignment.Center;
        var frame = new BlockFrame(Math.Max(1, width - (2 * look.Padding)), InTable: true,
            Extra: cell.Bold || kind != RowKind.Body ? RunStyle.Bold : RunStyle.None, Alignment: alignment);
        IReadOnlyList<Block> content = cell.Blocks.Count > 0 ? cell.Blocks : [new Paragraph([], table.Span)];
        var column = blocks.Flow(content, frame, table.Span);
        return new CellBox(column, placed.Row - groupStart, placed.RowSpan, x, width, shading, vertical, cell);
    }
}
