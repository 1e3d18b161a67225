using KazReports.Documents;
using ScottPlot;
using SkiaSharp;
using Alignment = ScottPlot.Alignment;
using Orientation = ScottPlot.Orientation;

namespace KazReports.Rendering.Charts;

/// <summary>
/// Builds a ScottPlot 5 plot from a chart spec for a given size in points: bars, lines or 100 %
/// stacked bars, the threshold line with its label, axes, value labels with a decimal comma,
/// legend at the bottom, title. Sizes (fonts, lines, markers) are in points.
/// </summary>
internal sealed partial class PlotBuilder
{
    private const float LineWidth = 1.75f;
    private const float MarkerSize = 7;
    private const int MaxCategoryLines = 3;

    private readonly ChartSpec spec;
    private readonly Theme theme;
    private readonly SKSize size;
    private readonly ChartKind kind;
    private readonly string family;
    private readonly float titleSize;
    private readonly float labelSize;
    private readonly float categorySize;
    private readonly float valueSize;

    /// <summary>
    /// Text sizes: the theme's small size on a chart of about 150×85 mm, down to 70 % of it on
    /// smaller charts; category names down the left no taller than their row; value labels a
    /// point smaller, and smaller still when they would not fit their bars.
    /// </summary>
    public PlotBuilder(ChartSpec spec, Theme theme, SKSize size)
    {
        this.spec = spec;
        this.theme = theme;
        this.size = size;
        kind = ChartLayout.Kind(spec);
        family = ChartFonts.Family(theme);
        var scale = Math.Clamp(Math.Min(size.Width / 430f, size.Height / 240f), 0.7f, 1f);
        labelSize = (float)Math.Clamp(theme.SmallSizePt, 6, 14) * scale;
        titleSize = labelSize + 1;
        categorySize = Horizontal ? Math.Min(labelSize, Math.Max(5.5f, RowHeight * 0.8f)) : labelSize;
        valueSize = FittedValueSize(Math.Max(6, labelSize - 1));
    }

    /// <summary>The height of the data area, estimated before ScottPlot lays the plot out: the chart less title, axes and legend.</summary>
    private float DataHeight => Math.Max(30, size.Height - (labelSize * 9));

    /// <summary>The height of one category's row on a horizontal chart, estimated.</summary>
    private float RowHeight => DataHeight / Math.Max(1, spec.Categories.Count);

    private bool Horizontal => ChartLayout.IsHorizontal(spec);

    public Plot Build()
    {
        var plot = new Plot();
        plot.Font.Set(family);
        plot.FigureBackground.Color = Colors.Transparent;
        plot.DataBackground.Color = Colors.Transparent;
        switch (kind)
        {
            case ChartKind.Line:
                AddLines(plot);
                break;
            case ChartKind.Stacked100:
                AddStacked(plot);
                break;
            default:
                AddGroupedBars(plot);
                break;
        }

        AddThreshold(plot);
        StyleAxes(plot);
        StyleLegend(plot);
        StyleTitle(plot);
        return plot;
    }

    private void AddGroupedBars(Plot plot)
    {
        var showLabels = ChartLayout.ShowValueLabels(spec);
        for (var s = 0; s < spec.Series.Count; s++)
        {
            var hex = ChartLayout.SeriesColor(spec, theme, s);
            var color = Color.FromHex("#" + hex);
            var bars = new List<Bar>();
            var inside = new List<Bar>();
            for (var c = 0; c < spec.Categories.Count; c++)
            {
                if (ChartLayout.Value(spec.Series[s], c) is not { } value)
                {
                    continue;
                }

                var label = showLabels ? ChartLayout.Number(value) : string.Empty;
                var full = label.Length > 0 && LabelOverflows(value, label);
                (full ? inside : bars).Add(new Bar
                {
                    Position = ChartLayout.BarCentre(spec, c, s),
                    Value = value,
                    ValueBase = 0,
                    Size = ChartLayout.BarWidth(spec),
                    FillColor = color,
                    LineWidth = 0,
                    Orientation = Horizontal ? Orientation.Horizontal : Orientation.Vertical,
                    Label = label,
                    CenterLabel = full,
                });
            }

            var plottable = plot.Add.Bars(bars);
            plottable.LegendText = spec.Series[s].Name;
            plottable.Color = color;
            plottable.Horizontal = Horizontal;
            ValueLabels(plottable.ValueLabelStyle, Colors.Black);
            if (inside.Count > 0)
            {
                // Bars reaching the end of a 0–100 axis: their labels inside them, on the bar's colour.
                var ends = plot.Add.Bars(inside);
                ends.Color = color;
                ends.Horizontal = Horizontal;
                ValueLabels(ends.ValueLabelStyle, ChartLayout.IsDark(hex) ? Colors.White : Colors.Black);
            }
        }
    }

    /// <summary>
    /// Whether a value label beyond its bar's end would run past the end of the value axis (a bar
    /// near 100 on a share axis); the room is estimated before ScottPlot lays the plot out.
    /// </summary>
    private bool LabelOverflows(double value, string label)
    {
        var max = ChartLayout.ValueMax(spec);
        var extent = Horizontal ? size.Width * 0.6f : DataHeight;
        var need = Horizontal ? ChartFonts.Measure(family, valueSize, label) + 4 : (valueSize * 1.4f) + 2;
        return (max - value) / max * extent < need;
    }

    private void AddStacked(Plot plot)
    {
        var shares = Enumerable.Range(0, spec.Categories.Count).Select(c => ChartLayout.Shares(spec, c)).ToArray();
        for (var s = 0; s < spec.Series.Count; s++)
        {
            var hex = ChartLayout.SeriesColor(spec, theme, s);
            var color = Color.FromHex("#" + hex);
            var bars = new List<Bar>();
            for (var c = 0; c < spec.Categories.Count; c++)
            {
                var start = shares[c].Take(s).Sum();
                var share = shares[c][s];
                if (share <= 0)
                {
                    continue;
                }

                bars.Add(new Bar
                {
                    Position = ChartLayout.Slot(spec, c),
                    ValueBase = start,
                    Value = start + share,
                    Size = ChartLayout.StackedWidth,
                    FillColor = color,
                    LineColor = Colors.White,
                    LineWidth = 0.5f,
                    Orientation = Orientation.Horizontal,
                    CenterLabel = true,
                    Label = share >= ChartLayout.MinLabelledShare && ChartLayout.Value(spec.Series[s], c) is { } v ? ChartLayout.Number(v) : string.Empty,
                });
            }

            var plottable = plot.Add.Bars(bars);
            plottable.LegendText = spec.Series[s].Name;
            plottable.Color = color;
            plottable.Horizontal = true;
            ValueLabels(plottable.ValueLabelStyle, ChartLayout.IsDark(hex) ? Colors.White : Colors.Black);
        }
    }

    private void AddLines(Plot plot)
    {
        var showLabels = ChartLayout.ShowValueLabels(spec);
        for (var s = 0; s < spec.Series.Count; s++)
        {
            var color = Color.FromHex("#" + ChartLayout.SeriesColor(spec, theme, s));
            var xs = Enumerable.Range(0, spec.Categories.Count).Select(c => ChartLayout.Slot(spec, c)).ToArray();
            var ys = Enumerable.Range(0, spec.Categories.Count).Select(c => ChartLayout.Value(spec.Series[s], c) ?? double.NaN).ToArray();
            var line = plot.Add.Scatter(xs, ys, color);
            line.LegendText = spec.Series[s].Name;
            line.LineWidth = LineWidth;
            line.LinePattern = ChartLayout.ColorRound(spec, theme, s) == 0 ? LinePattern.Solid : LinePattern.Dotted;
            line.MarkerSize = MarkerSize;
            line.MarkerShape = ChartLayout.Marker(s) switch
            {
                ChartMarker.Square => MarkerShape.FilledSquare,
                ChartMarker.Triangle => MarkerShape.FilledTriangleUp,
                ChartMarker.Diamond => MarkerShape.FilledDiamond,
                _ => MarkerShape.FilledCircle,
            };
        }

        if (showLabels)
        {
            AddLineLabels(plot);
        }
    }

    /// <summary>
    /// Value labels above the markers; a label that would run into the marker of a higher point of
    /// the same category (closer than a label's height, estimated in points) goes below its marker.
    /// </summary>
    private void AddLineLabels(Plot plot)
    {
        var pointsPerUnit = DataHeight / ChartLayout.ValueMax(spec);
        var clearance = (valueSize * 1.3) + MarkerSize;
        for (var c = 0; c < spec.Categories.Count; c++)
        {
            var points = Enumerable.Range(0, spec.Series.Count)
                .Select(s => (Series: s, Value: ChartLayout.Value(spec.Series[s], c)))
                .Where(p => p.Value is not null)
                .Select(p => (p.Series, Value: p.Value!.Value))
                .OrderByDescending(p => p.Value)
                .ThenBy(p => p.Series)
                .ToList();
            for (var i = 0; i < points.Count; i++)
            {
                var (series, value) = points[i];
                var below = (i > 0 && (points[i - 1].Value - value) * pointsPerUnit < clearance)
                    || (ChartLayout.ValueMax(spec) - value) * pointsPerUnit < clearance;
                var text = plot.Add.Text(ChartLayout.Number(value), ChartLayout.Slot(spec, c), value);
                text.LabelAlignment = below ? Alignment.UpperCenter : Alignment.LowerCenter;
                text.OffsetY = below ? (MarkerSize / 2) + 1 : -(MarkerSize / 2) - 1;
                ValueLabels(text.LabelStyle, Color.FromHex("#" + ChartLayout.SeriesColor(spec, theme, series)));
            }
        }
    }

    /// <summary>
    /// The value label size: smaller when labels would be wider than their columns or taller than
    /// their bars (estimated from the chart's size before ScottPlot lays it out), never below 5,5 pt.
    /// </summary>
    private float FittedValueSize(float preferred)
    {
        var n = Math.Max(1, spec.Categories.Count);
        if (kind == ChartKind.Columns)
        {
            var dataWidth = size.Width - (labelSize * 6);
            var bar = dataWidth / n * (float)ChartLayout.BarWidth(spec) * 1.1f;
            var labels = spec.Series.SelectMany(s => s.Values).OfType<decimal>().Select(ChartLayout.Number);
            var widest = ChartText.Widest(labels, family, preferred);
            return widest > bar && widest > 0 ? Math.Max(Math.Min(5.5f, preferred), preferred * bar / widest) : preferred;
        }

        if (kind == ChartKind.HorizontalBars)
        {
            var bar = RowHeight * (float)ChartLayout.BarWidth(spec) * 0.9f;
            return Math.Clamp(bar, Math.Min(5.5f, preferred), preferred);
        }

        return preferred;
    }

    private void ValueLabels(LabelStyle style, Color color)
    {
        style.FontName = family;
        style.FontSize = valueSize;
        style.ForeColor = color;
        style.Bold = false;
    }
}
