using KazReports.Documents;
using KazReports.Rendering.Charts;
using KazReports.Rendering.Pdf.Layout;
using KazReports.Rendering.Pdf.Text;
using ScottPlot;
using SkiaSharp;

namespace KazReports.Rendering.Pdf.Blocks;

/// <summary>
/// Charts as vectors: ScottPlot draws the chart on the page's canvas (<see cref="ChartPainter"/>),
/// its texts in the subset faces of the page text. In the layout pass the plot is built (no render)
/// and every character the chart can draw is added to the subsets of the faces its texts ask for;
/// when the page is written, the texts get the frozen subsets and the chart is painted. One per render.
/// </summary>
internal sealed class VectorChartPainter : IChartPainter, IDisposable
{
    private const float ProbeSize = 12;

    private readonly List<Plot> plots = [];
    private readonly Dictionary<(string Family, bool Bold), SKTypeface> faces = [];

    public void Paint(DrawingCanvas canvas, SKRect box, ChartSpec spec, PdfContext context)
    {
        // The plot's texts, found once: nothing renders the plot before it is painted.
        var plot = ChartPainter.Build(spec, context.Theme, box.Size, out var labels);
        plots.Add(plot);
        UseCharacters(canvas, labels, spec, context);
        canvas.DrawLater(box, (skia, page, subset) =>
        {
            ChartTypefaces.Apply(labels, (family, bold) => faces.TryGetValue((family, bold), out var face) ? subset(face) : null);
            ChartPainter.Paint(plot, skia, page);
        });
    }

    public void Dispose()
    {
        foreach (var plot in plots)
        {
            plot.Dispose();
        }

        plots.Clear();
        faces.Clear();
    }

    /// <summary>Counts every character the chart can draw as drawn in each face its texts ask for.</summary>
    private void UseCharacters(DrawingCanvas canvas, IReadOnlyList<LabelStyle> labels, ChartSpec spec, PdfContext context)
    {
        var characters = ChartTypefaces.Characters(spec);
        foreach (var (family, bold) in ChartTypefaces.Faces(labels))
        {
            if (!faces.TryGetValue((family, bold), out var face))
            {
                face = Face(family, bold, context);
                faces[(family, bold)] = face;
            }

            // Only the face matters here: the process-wide font (no new native font per chart).
            if (SharedFonts.Font(face, ProbeSize, bold: false, italic: false) is { } shared)
            {
                canvas.UseGlyphs(shared, shared.GetGlyphs(characters));
            }
            else
            {
                using var font = new SKFont(face, ProbeSize);
                canvas.UseGlyphs(font, font.GetGlyphs(characters));
            }
        }
    }

    /// <summary>The page text's face for the theme family (its glyphs and the chart's share one subset); any other family as the system has it.</summary>
    private static SKTypeface Face(string family, bool bold, PdfContext context)
    {
        var fonts = context.Shaper.Fonts;
        return string.Equals(family, fonts.Family, StringComparison.OrdinalIgnoreCase)
            ? fonts.Typeface(bold, italic: false)
            : ChartFonts.Typeface(family, bold);
    }
}
