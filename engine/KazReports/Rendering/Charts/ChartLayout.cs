using System.Globalization;
using KazReports.Documents;

namespace KazReports.Rendering.Charts;

/// <summary>
/// The decisions both renderers share, so that the drawn chart (PDF, PNG) and the native DOCX chart
/// agree: orientation, bar geometry, colours, markers, the value axis range, which labels are shown.
/// </summary>
internal static class ChartLayout
{
    /// <summary>The threshold line's colour (dark red), distinct from every series colour.</summary>
    public const string ThresholdColor = "C00000";

    /// <summary>Light grey of the value grid lines.</summary>
    public const string GridColor = "D9D9D9";

    /// <summary>Bars that make a stacked column take this share of a category's slot.</summary>
    public const double StackedWidth = 0.6;

    /// <summary>A stacked segment narrower than this share (%) gets no value label: it would not fit.</summary>
    public const double MinLabelledShare = 4;

    /// <summary>Beyond this many series a line chart shows no value labels: they would pile up.</summary>
    public const int MaxLabelledLines = 3;

    private static readonly string[] Fallback = ["2F5597", "C55A11", "7F7F7F", "548235", "BF9000"];

    public static ChartKind Kind(ChartSpec spec) => spec.Kind switch
    {
        "hbar" => ChartKind.HorizontalBars,
        "line" => ChartKind.Line,
        "stacked100" => ChartKind.Stacked100,
        _ => ChartKind.Columns,
    };

    /// <summary>Categories run down the vertical axis (hbar, stacked100): long school names stay readable.</summary>
    public static bool IsHorizontal(ChartSpec spec) => Kind(spec) is ChartKind.HorizontalBars or ChartKind.Stacked100;

    /// <summary>The share of a category's slot that its group of bars takes: one bar is narrower than a group.</summary>
    public static double GroupWidth(ChartSpec spec) =>
        Kind(spec) == ChartKind.Stacked100 ? StackedWidth : spec.Series.Count == 1 ? 0.6 : 0.8;

    /// <summary>Word's c:gapWidth for the same geometry: the gap between groups in % of one bar.</summary>
    public static int GapWidthPercent(ChartSpec spec)
    {
        var group = GroupWidth(spec);
        var bars = Kind(spec) == ChartKind.Stacked100 ? 1 : Math.Max(1, spec.Series.Count);
        return (int)Math.Round((1 - group) / (group / bars) * 100, MidpointRounding.AwayFromZero);
    }

    /// <summary>The centre of series <paramref name="series"/>'s bar in category <paramref name="category"/>, in category units.</summary>
    public static double BarCentre(ChartSpec spec, int category, int series)
    {
        var slot = Slot(spec, category);
        if (Kind(spec) == ChartKind.Stacked100)
        {
            return slot;
        }

        var width = BarWidth(spec);
        var offset = -GroupWidth(spec) / 2 + (width * (series + 0.5));
        return IsHorizontal(spec) ? slot - offset : slot + offset;
    }

    public static double BarWidth(ChartSpec spec) =>
        Kind(spec) == ChartKind.Stacked100 ? StackedWidth : GroupWidth(spec) / Math.Max(1, spec.Series.Count);

    /// <summary>Where a category sits: 0, 1, 2… left to right; top to bottom for horizontal charts (the first on top).</summary>
    public static double Slot(ChartSpec spec, int category) =>
        IsHorizontal(spec) ? spec.Categories.Count - 1 - category : category;

    /// <summary>The series colour: its own when given, else the theme's palette in turn.</summary>
    public static string SeriesColor(ChartSpec spec, Theme theme, int series) =>
        Hex(spec.Series[series].Color) ?? Palette(theme)[series % Palette(theme).Count];

    /// <summary>0 for the first round of palette colours, 1 for the second…: later rounds are drawn dotted.</summary>
    public static int ColorRound(ChartSpec spec, Theme theme, int series) =>
        Hex(spec.Series[series].Color) is null ? series / Palette(theme).Count : 0;

    /// <summary>The marker of a line series; four shapes against five colours keep twenty series apart.</summary>
    public static ChartMarker Marker(int series) => (ChartMarker)(series % 4);

    public static bool ShowValueLabels(ChartSpec spec) =>
        Kind(spec) != ChartKind.Line || spec.Series.Count <= MaxLabelledLines;

    /// <summary>
    /// The value axis runs from 0 to this: 100 on a share axis (every letter and report on the same
    /// scale); else the data and the threshold with room for labels, a whole number of <see cref="MajorUnit"/>s.
    /// </summary>
    public static double ValueMax(ChartSpec spec)
    {
        if (IsShare(spec))
        {
            return 100;
        }

        var unit = MajorUnit(spec);
        return Math.Max(unit, Math.Ceiling((Headroom(spec) / unit) - 1e-9) * unit);
    }

    /// <summary>The step between value axis ticks and grid lines: 1, 2, 2,5 or 5 × 10ⁿ, about five (columns) or eight (bars) steps.</summary>
    public static double MajorUnit(ChartSpec spec) =>
        IsShare(spec) ? (IsHorizontal(spec) ? 10 : 20) : Step(Headroom(spec) / (IsHorizontal(spec) ? 8 : 5));

    /// <summary>
    /// A share axis, in per cent from 0 to 100: 100 % bars, and charts whose value axis is titled in
    /// per cent («доля «2», %») with every value and the threshold within 0–100.
    /// </summary>
    public static bool IsShare(ChartSpec spec)
    {
        if (Kind(spec) == ChartKind.Stacked100)
        {
            return true;
        }

        var title = spec.ValueAxisTitle?.TrimEnd();
        if (title is null || !title.EndsWith('%'))
        {
            return false;
        }

        static bool Within(decimal v) => v is >= 0 and <= 100;
        return spec.Series.SelectMany(s => s.Values).All(v => v is null || Within(v.Value))
            && (spec.Threshold is not { } t || Within(t));
    }

    /// <summary>The nearest of 1, 2, 2,5, 5 × 10ⁿ to <paramref name="value"/> (on a log scale).</summary>
    public static double Step(double value)
    {
        if (!(value > 0) || double.IsInfinity(value))
        {
            return 1;
        }

        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(value)));
        var best = magnitude;
        foreach (var step in (double[])[1, 2, 2.5, 5, 10])
        {
            if (Math.Abs(Math.Log(step * magnitude / value)) < Math.Abs(Math.Log(best / value)))
            {
                best = step * magnitude;
            }
        }

        return best;
    }

    /// <summary>The largest value or the threshold, with room above for value labels.</summary>
    private static double Headroom(ChartSpec spec)
    {
        var max = spec.Series.SelectMany(s => s.Values).Where(v => v is not null).Select(v => (double)v!.Value).DefaultIfEmpty(0).Max();
        if (spec.Threshold is { } threshold)
        {
            max = Math.Max(max, (double)threshold);
        }

        return Math.Max(max, 0) * (IsHorizontal(spec) ? 1.15 : 1.12);
    }

    /// <summary>The shares (%) of each series in a category of a 100 % chart; no data counts as 0.</summary>
    public static double[] Shares(ChartSpec spec, int category)
    {
        var values = spec.Series.Select(s => category < s.Values.Count && s.Values[category] is { } v ? Math.Max(0, (double)v) : 0).ToArray();
        var total = values.Sum();
        return total > 0 ? values.Select(v => v / total * 100).ToArray() : new double[values.Length];
    }

    /// <summary>A value as the documents print it: 13,93; 10; no trailing zeros, at most two decimals.</summary>
    public static string Number(double value) =>
        Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture).Replace('.', ',');

    public static string Number(decimal value) => Number((double)value);

    public static double? Value(ChartSeries series, int category) =>
        category < series.Values.Count && series.Values[category] is { } v ? (double)v : null;

    /// <summary>The threshold's name in the legend and by its line.</summary>
    public static string ThresholdName(ChartSpec spec) =>
        string.IsNullOrWhiteSpace(spec.ThresholdLabel) ? "порог " + Number(spec.Threshold ?? 0) : spec.ThresholdLabel.Trim();

    /// <summary>A fill dark enough for white text on it.</summary>
    public static bool IsDark(string hex)
    {
        var r = Convert.ToInt32(hex[..2], 16);
        var g = Convert.ToInt32(hex[2..4], 16);
        var b = Convert.ToInt32(hex[4..6], 16);
        return (0.299 * r) + (0.587 * g) + (0.114 * b) < 150;
    }

    /// <summary>«#2f5597», «2F5597» -> «2F5597»; anything else -> null.</summary>
    public static string? Hex(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var hex = value.Trim().TrimStart('#').ToUpperInvariant();
        return hex.Length == 6 && hex.All(Uri.IsHexDigit) ? hex : null;
    }

    /// <summary>The theme's chart colours as hex, else the fallback; worked out once per theme.</summary>
    private static IReadOnlyList<string> Palette(Theme theme) => RenderCaches.ChartPalettes.Get(theme, 0, static (t, _) =>
    {
        var colors = t.ChartColors.Select(Hex).OfType<string>().ToList();
        return colors.Count > 0 ? colors : Fallback;
    });
}

internal enum ChartKind
{
    /// <summary>bar: grouped columns.</summary>
    Columns,

    /// <summary>hbar: grouped horizontal bars.</summary>
    HorizontalBars,

    /// <summary>line: dynamics with markers.</summary>
    Line,

    /// <summary>stacked100: 100 % stacked horizontal bars.</summary>
    Stacked100,
}

internal enum ChartMarker
{
    Circle,
    Square,
    Triangle,
    Diamond,
}
