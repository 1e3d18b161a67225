using KazReports.Documents;
using ScottPlot;
using ScottPlot.Panels;
using SkiaSharp;

namespace KazReports.Rendering.Charts;

/// <summary>
/// Draws a chart spec with ScottPlot 5 onto any Skia canvas, as vectors: a PDF page, a picture
/// recorder, a raster surface. Canvas units are points (1/72 in); fonts, lines and markers are
/// sized in points, so a chart drawn into a rect of W×H points looks like a W×H point chart
/// printed. The same spec, theme and rect always draw the same.
/// </summary>
public static class ChartPainter
{
    public const float PointsPerMm = 72f / 25.4f;

    /// <summary>The chart's size on the page in points, from its WidthMm and HeightMm.</summary>
    public static SKSize SizeInPoints(ChartSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return new SKSize((float)(Math.Max(spec.WidthMm, 10) * PointsPerMm), (float)(Math.Max(spec.HeightMm, 10) * PointsPerMm));
    }

    /// <summary>
    /// The ScottPlot model of a chart laid out for a size in points; the caller disposes it. Each
    /// text has the theme's typeface of its family and weight, from its font files (ScottPlot's <c>Font.Set</c> would
    /// otherwise draw every text, the bold title too, in the regular face); a caller may route them
    /// to other typefaces with <see cref="ChartTypefaces.Apply"/>.
    /// </summary>
    public static Plot Build(ChartSpec spec, Theme theme, SKSize sizeInPoints) => Build(spec, theme, sizeInPoints, out _);

    /// <summary><see cref="Build(ChartSpec, Theme, SKSize)"/>, with the plot's texts as <see cref="ChartTypefaces.Apply(Plot, Func{string, bool, SKTypeface?})"/> found them.</summary>
    internal static Plot Build(ChartSpec spec, Theme theme, SKSize sizeInPoints, out IReadOnlyList<LabelStyle> labels)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(theme);
        var plot = new PlotBuilder(spec, theme, sizeInPoints).Build();
        plot.RenderManager.ClearCanvasBeforeEachRender = false;
        labels = ChartTypefaces.Apply(plot, ChartFonts.Typeface);
        return plot;
    }

    /// <summary>
    /// Draws the chart into <paramref name="bounds"/> (canvas units = points) without clearing
    /// anything outside it; the canvas' matrix and clip are restored afterwards.
    /// </summary>
    public static void Paint(ChartSpec spec, Theme theme, SKCanvas canvas, SKRect bounds)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        using var plot = Build(spec, theme, bounds.Size);
        Paint(plot, canvas, bounds);
    }

    /// <summary>Draws a plot made by <see cref="Build"/> into <paramref name="bounds"/>.</summary>
    public static void Paint(Plot plot, SKCanvas canvas, SKRect bounds)
    {
        ArgumentNullException.ThrowIfNull(plot);
        ArgumentNullException.ThrowIfNull(canvas);
        if (bounds.Width <= 0 || bounds.Height <= 0)
        {
            return;
        }

        plot.RenderManager.ClearCanvasBeforeEachRender = false;
        plot.RenderManager.EnableEvents = false;
        plot.ScaleFactor = 1;
        var rect = new PixelRect(new PixelSize(bounds.Width, bounds.Height));

        Settle(plot, rect);
        var saved = canvas.Save();
        try
        {
            canvas.Translate(bounds.Left, bounds.Top);
            canvas.ClipRect(new SKRect(0, 0, bounds.Width, bounds.Height));
            plot.Render(canvas, rect);
        }
        finally
        {
            canvas.RestoreToCount(saved);
        }
    }

    /// <summary>
    /// ScottPlot lays out each render with sizes measured in the one before, and the bottom legend
    /// panel needs the height its wrapped rows take at the data width, known only after a layout.
    /// So one render settles the layout first: only its layout steps (no drawing, and without the
    /// legend panel: it does not change the data width and measuring it draws the legend into a bitmap),
    /// then the panel gets its height, and the page gets one clean drawing. This gives the very
    /// drawing of two full settling renders (checked on every chart kind, with and without a threshold).
    /// </summary>
    private static void Settle(Plot plot, PixelRect rect)
    {
        var actions = plot.RenderManager.RenderActions;
        var all = actions.ToArray();
        var panel = plot.Axes.GetPanels().OfType<LegendPanel>().FirstOrDefault();
        try
        {
            actions.RemoveAll(action => !LaysOut(action));
            if (panel is not null)
            {
                plot.Axes.Remove(panel);
            }

            // A canvas that draws nothing: only ScottPlot's measurements matter here.
            using var scratch = new SKNoDrawCanvas((int)Math.Ceiling(rect.Width), (int)Math.Ceiling(rect.Height));
            plot.Render(scratch, rect);
        }
        finally
        {
            actions.Clear();
            actions.AddRange(all);
            if (panel is not null)
            {
                // Back as the last panel, where ShowLegend put it: the panels keep their order.
                plot.Axes.AddPanel(panel);
            }
        }

        if (panel is not null && plot.Legend.GetItems().Length > 0)
        {
            using var paint = ScottPlot.Paint.NewDisposablePaint();
            var width = Math.Max(1, plot.LastRender.DataRect.Width);
            var layout = plot.Legend.GetLayout(new PixelSize(width, 100_000), paint);
            panel.MinimumSize = layout.LegendRect.Height + panel.Padding.Vertical + 1;
        }
    }

    /// <summary>Render steps that lay the plot out (axes, limits, ticks) rather than draw it.</summary>
    private static bool LaysOut(ScottPlot.IRenderAction action)
    {
        var name = action.GetType().Name;
        return !name.StartsWith("Render", StringComparison.Ordinal) || name == "RenderStartingEvent";
    }

    /// <summary>
    /// A raster fallback: the chart at its WidthMm×HeightMm as a PNG at <paramref name="dpi"/>, on white.
    /// Only for places where neither vectors nor a native chart are possible.
    /// </summary>
    public static byte[] RenderPng(ChartSpec spec, Theme theme, int dpi)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dpi, 36);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(dpi, 1200);
        var points = SizeInPoints(spec);
        var scale = dpi / 72f;
        var info = new SKImageInfo((int)Math.Ceiling(points.Width * scale), (int)Math.Ceiling(points.Height * scale), SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info) ?? throw new InvalidOperationException($"cannot allocate a {info.Width}×{info.Height} surface");
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        canvas.Scale(scale);
        Paint(spec, theme, canvas, new SKRect(0, 0, points.Width, points.Height));
        canvas.Flush();
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
