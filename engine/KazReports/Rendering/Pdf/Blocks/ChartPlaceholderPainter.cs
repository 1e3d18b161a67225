using KazReports.Documents;
using KazReports.Rendering.Pdf.Layout;
using KazReports.Rendering.Pdf.Text;
using SkiaSharp;

namespace KazReports.Rendering.Pdf.Blocks;

/// <summary>Until charts are drawn natively: a thin-bordered box with the chart's title centred in it.</summary>
internal sealed class ChartPlaceholderPainter : IChartPainter
{
    private const float Border = 0.5f;
    private const float Padding = 6;

    public void Paint(DrawingCanvas canvas, SKRect box, ChartSpec spec, RenderContext context)
    {
        canvas.StrokeRect(box, Border);
        var style = new TextStyle((float)context.Theme.TableSizePt, Bold: true);
        var pieces = context.Flattener.Text(spec.Title, style);
        var title = new TextBlock(pieces, new ParagraphFormat(Alignment.Center, style), box.Height, context.Shaper, Diagnostics.SourceSpan.None);
        var inner = new Layout.Size(Math.Max(1, box.Width - (2 * Padding)), Math.Max(1, box.Height - (2 * Padding)));
        var measured = title.Measure(inner);
        var top = box.Top + Math.Max(Padding, (box.Height - measured.Height) / 2);
        using (canvas.Offset(box.Left + Padding, top))
        {
            title.Draw(canvas, inner);
        }
    }
}
