using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using KazReports.Documents;
using KazReports.Rendering.Charts;
using SkiaSharp;

namespace KazReports.Rendering.Html;

/// <summary>
/// A chart as SVG: the same ScottPlot plot the PDF draws (<see cref="ChartPainter"/>), painted onto
/// Skia's SVG canvas. The markup is made fit to sit inline in a page: no XML prolog, the size in
/// millimetres with a viewBox in points, and its ids prefixed so that two charts never share one.
/// Dashed lines are written by <see cref="SvgDashes"/> (Skia's SVG canvas cannot).
/// </summary>
internal static partial class ChartSvg
{
    public static string Render(ChartSpec spec, Theme theme, string idPrefix)
    {
        var size = ChartPainter.SizeInPoints(spec);
        var bounds = new SKRect(0, 0, size.Width, size.Height);
        using var buffer = new MemoryStream();
        IReadOnlyList<SvgDashes.Dash> dashes;
        using (var managed = new SKManagedWStream(buffer))
        {
            using var canvas = SKSvgCanvas.Create(bounds, managed);
            using var plot = ChartPainter.Build(spec, theme, bounds.Size);
            dashes = SvgDashes.Mark(plot);
            ChartPainter.Paint(plot, canvas, bounds);
        }
        var svg = SvgDashes.Apply(Encoding.UTF8.GetString(buffer.ToArray()), dashes);
        return Inline(svg, spec, size, idPrefix);
    }

    private static string Inline(string svg, ChartSpec spec, SKSize size, string idPrefix)
    {
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        if (start > 0) svg = svg[start..];
        // Skia numbers clip paths with a counter shared by the whole process: renumbered in order of
        // appearance, the same chart gives the same markup whatever was drawn before it.
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        string Id(string old)
        {
            if (!ids.TryGetValue(old, out var id)) ids[old] = id = $"{idPrefix}-{(ids.Count + 1).ToString(CultureInfo.InvariantCulture)}";
            return id;
        }
        svg = IdAttribute().Replace(svg, m => $"id=\"{Id(m.Groups[1].Value)}\"");
        svg = UrlReference().Replace(svg, m => $"url(#{Id(m.Groups[1].Value)})");
        svg = HrefReference().Replace(svg, m => $"{m.Groups[1].Value}=\"#{Id(m.Groups[2].Value)}\"");
        // The root: the chart's size on paper, scaled by the viewBox; the caller adds the role and the name.
        var rootEnd = svg.IndexOf('>', StringComparison.Ordinal);
        var root = RootSize().Replace(svg[..rootEnd], "");
        var viewBox = $" viewBox=\"0 0 {HtmlWriter.Number(size.Width)} {HtmlWriter.Number(size.Height)}\"";
        if (root.Contains("viewBox", StringComparison.Ordinal)) viewBox = "";
        var width = $" width=\"{HtmlWriter.Number(spec.WidthMm)}mm\" height=\"{HtmlWriter.Number(spec.HeightMm)}mm\"";
        return root + viewBox + width + svg[rootEnd..].TrimEnd();
    }

    [GeneratedRegex("id=\"([^\"]+)\"")]
    private static partial Regex IdAttribute();

    [GeneratedRegex(@"url\(#([^)]+)\)")]
    private static partial Regex UrlReference();

    [GeneratedRegex("((?:xlink:)?href)=\"#([^\"]+)\"")]
    private static partial Regex HrefReference();

    [GeneratedRegex("\\s(?:width|height)=\"[^\"]*\"")]
    private static partial Regex RootSize();
}
