using System.Globalization;
using System.Text.RegularExpressions;
using ScottPlot;

namespace KazReports.Rendering.Html;

/// <summary>
/// Dashed lines in a chart's SVG. Skia's SVG canvas cannot write a dash path effect: it draws the
/// line solid and prints «Unsupported path effect in addPaint.» (in English, on the console) for each.
/// So, for the SVG only, each dashed line of the plot (the threshold, dotted series of a second colour
/// round) is drawn solid in a colour of its own that nothing else in the chart uses, and that colour
/// is then written back as the line's colour with <c>stroke-dasharray</c>, in the plot's units (points).
/// </summary>
internal static partial class SvgDashes
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

    /// <summary>The SVG with each stand-in stroke turned back into its colour and dashes (one pass).</summary>
    public static string Apply(string svg, IReadOnlyList<Dash> dashes)
    {
        if (dashes.Count == 0)
        {
            return svg;
        }

        var byStandIn = dashes.ToDictionary(d => d.StandIn, StringComparer.OrdinalIgnoreCase);
        return StrokeColor().Replace(svg, m => byStandIn.TryGetValue(Long(m.Groups[1].Value), out var dash)
            ? $"stroke=\"{dash.Color}\" stroke-dasharray=\"{dash.Pattern}\""
            : m.Value);
    }

    /// <summary>
    /// A colour no line of the chart has: #000001, #000002… (near-black, never drawn by the charts), skipping
    /// used ones. The whole 24-bit range is there, so a chart with hundreds of dashed lines (a region of
    /// 300 schools) still gets a colour for each.
    /// </summary>
    private static string StandIn(int index, HashSet<string> used)
    {
        for (var k = index + 1; k <= 0xFFFFFF; k++)
        {
            var hex = "#" + k.ToString("X6", CultureInfo.InvariantCulture);
            if (used.Add(hex))
            {
                return hex;
            }
        }

        throw new InvalidOperationException("No colour left for a dashed line's stand-in.");
    }

    /// <summary>#RRGGBB of a colour as Skia writes it: #RGB when every pair is doubled (#000011 is «#001»).</summary>
    private static string Long(string hex) =>
        hex.Length == 4 ? string.Concat("#", hex[1], hex[1], hex[2], hex[2], hex[3], hex[3]) : hex;

    [GeneratedRegex("stroke=\"(#[0-9A-Fa-f]{6}|#[0-9A-Fa-f]{3})\"")]
    private static partial Regex StrokeColor();

    private static string Hex(Color color) => "#" + color.ToHex()[1..7].ToUpperInvariant();

    private static string Number(float value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
