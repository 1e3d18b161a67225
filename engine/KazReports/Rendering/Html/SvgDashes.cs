using System.Globalization;
using ScottPlot;

namespace KazReports.Rendering.Html;

/// <summary>
/// Dashed lines in a chart's SVG. Skia's SVG canvas cannot write a dash path effect: it draws the
/// line solid and prints «Unsupported path effect in addPaint.» (in English, on the console) for each.
/// So, for the SVG only, each dashed line of the plot (the threshold, dotted series of a second colour
/// round) is drawn solid in a colour of its own that nothing else in the chart uses, and that colour
/// is then written back as the line's colour with <c>stroke-dasharray</c>, in the plot's units (points).
/// </summary>
internal static class SvgDashes
{
    /// <summary>A dashed line's stand-in colour and what it stands for.</summary>
    public sealed record Dash(string StandIn, string Color, string Pattern);

    /// <summary>Makes every dashed line of <paramref name="plot"/> solid in a stand-in colour; the list says which.</summary>
    public static IReadOnlyList<Dash> Mark(Plot plot)
    {
        var dashes = new List<Dash>();
        var used = plot.GetPlottables().OfType<IHasLine>().Select(p => Hex(p.LineStyle.Color)).ToHashSet(StringComparer.Ordinal);
        foreach (var line in plot.GetPlottables().OfType<IHasLine>())
        {
            var style = line.LineStyle;
            if (style.Pattern.Intervals is not { Length: > 0 } intervals || style.Pattern.Equals(LinePattern.Solid))
            {
                continue;
            }

            var standIn = StandIn(dashes.Count, used);
            dashes.Add(new Dash(standIn, Hex(style.Color), string.Join(' ', intervals.Select(Number))));
            style.Color = Color.FromHex(standIn);
            style.Pattern = LinePattern.Solid;
        }

        return dashes;
    }

    /// <summary>The SVG with each stand-in stroke turned back into its colour and dashes.</summary>
    public static string Apply(string svg, IReadOnlyList<Dash> dashes)
    {
        foreach (var dash in dashes)
        {
            svg = svg.Replace($"stroke=\"{dash.StandIn}\"", $"stroke=\"{dash.Color}\" stroke-dasharray=\"{dash.Pattern}\"", StringComparison.OrdinalIgnoreCase);
        }

        return svg;
    }

    /// <summary>A colour no line of the chart has: near-black greys #010101, #020202… skipping used ones.</summary>
    private static string StandIn(int index, HashSet<string> used)
    {
        for (var k = index + 1; ; k++)
        {
            var hex = "#" + string.Concat(Enumerable.Repeat((k % 255).ToString("X2", CultureInfo.InvariantCulture), 3));
            if (used.Add(hex))
            {
                return hex;
            }
        }
    }

    private static string Hex(Color color) => "#" + color.ToHex()[1..7].ToUpperInvariant();

    private static string Number(float value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
