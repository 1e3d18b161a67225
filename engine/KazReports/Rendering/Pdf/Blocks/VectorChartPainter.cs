using KazReports.Documents;
using KazReports.Rendering.Charts;
using KazReports.Rendering.Pdf.Layout;
using ScottPlot;
using SkiaSharp;

namespace KazReports.Rendering.Pdf.Blocks;

/// <summary>
/// Charts as vectors: ScottPlot draws the chart on the page's canvas (<see cref="ChartPainter"/>),
/// its texts in the subset faces of the page text. The counting pass only builds the plot (no
/// render) and adds every character the chart can draw to the subsets of the faces its texts ask
/// for; the drawing pass gives those texts the frozen subsets and paints. One per render.
/// </summary>
internal sealed class VectorChartPainter : IChartPainter, IDisposable
{
    private const float ProbeSize = 12;

    private readonly Dictionary<(ChartSpec Spec, float Width, float Height), Plot> plots = [];
    private readonly Dictionary<(string Family, bool Bold), SKTypeface> faces = [];

    public void Paint(DrawingCanvas canvas, SKRect box, ChartSpec spec, RenderContext context)
    {
        var plot = PlotFor(spec, box.Size, context.Theme);
        if (canvas.Skia is not { } skia)
        {
            UseCharacters(canvas, plot, spec, context);
            return;
        }

        ChartTypefaces.Apply(plot, (family, bold) => faces.TryGetValue((family, bold), out var face) ? canvas.DrawingTypeface(face) : null);
        ChartPainter.Paint(plot, skia, canvas.ToPage(box));
    }

    public void Dispose()
    {
        foreach (var plot in plots.Values)
        {
            plot.Dispose();
        }

        plots.Clear();
        faces.Clear();
    }

    /// <summary>The plot of a chart at a size, built once for both passes.</summary>
    private Plot PlotFor(ChartSpec spec, SKSize size, Theme theme)
    {
        var key = (spec, size.Width, size.Height);
        if (!plots.TryGetValue(key, out var plot))
        {
            plot = ChartPainter.Build(spec, theme, size);
            plots[key] = plot;
        }

        return plot;
    }

    /// <summary>Counts every character the chart can draw as drawn in each face its texts ask for.</summary>
    private void UseCharacters(DrawingCanvas canvas, Plot plot, ChartSpec spec, RenderContext context)
    {
        var characters = ChartTypefaces.Characters(spec);
        foreach (var (family, bold) in ChartTypefaces.Faces(plot))
        {
            if (!faces.TryGetValue((family, bold), out var face))
            {
                face = Face(family, bold, context);
                faces[(family, bold)] = face;
            }

            using var font = new SKFont(face, ProbeSize);
            canvas.UseGlyphs(font, font.GetGlyphs(characters));
        }
    }

    /// <summary>The page text's face for the theme family (its glyphs and the chart's share one subset); any other family as the system has it.</summary>
    private static SKTypeface Face(string family, bool bold, RenderContext context)
    {
        var fonts = context.Shaper.Fonts;
        return string.Equals(family, fonts.Family, StringComparison.OrdinalIgnoreCase)
            ? fonts.Typeface(bold, italic: false)
            : ChartFonts.Typeface(family, bold);
    }
}
