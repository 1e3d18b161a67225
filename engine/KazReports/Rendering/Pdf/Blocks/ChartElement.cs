using KazReports.Diagnostics;
using KazReports.Documents;
using KazReports.Rendering.Pdf.Layout;
using SkiaSharp;

namespace KazReports.Rendering.Pdf.Blocks;

/// <summary>
/// Draws a chart in a box on the page (<see cref="VectorChartPainter"/>: ScottPlot on the page's
/// canvas, as vectors). Called once per chart, in the layout pass: the painter counts the glyphs the
/// chart may draw (<see cref="DrawingCanvas.UseGlyphs"/>) and queues its drawing
/// (<see cref="DrawingCanvas.DrawLater"/>), done when the page is written with the frozen fonts.
/// </summary>
internal interface IChartPainter
{
    /// <param name="canvas">The page being laid out.</param>
    /// <param name="box">The chart's box relative to the canvas origin, in points.</param>
    void Paint(DrawingCanvas canvas, SKRect box, ChartSpec spec, PdfContext context);
}

/// <summary>A chart's box of its spec's size (shrunk to the width keeping proportions), centred; the painter draws inside it.</summary>
internal sealed class ChartElement(ChartSpec spec, float width, float height, PdfContext context, SourceSpan span) : Element(span)
{
    private bool done;

    public override SpacePlan Measure(Layout.Size available) =>
        done ? SpacePlan.Empty
        : height <= available.Height + Epsilon ? SpacePlan.Full(available.Width, height)
        : SpacePlan.Wrap($"диаграмма «{spec.Title}» не помещается на странице", Span);

    public override void Draw(DrawingCanvas canvas, Layout.Size available)
    {
        var box = SKRect.Create((available.Width - width) / 2, 0, width, height);
        context.Charts.Paint(canvas, box, spec, context);
        canvas.Record(LayoutRecord.Chart, spec.Title, box);
        done = true;
    }

    public override void ResetState() => done = false;
}
