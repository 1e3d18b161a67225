using ScottPlot;
using ScottPlot.Plottables;
using ScottPlot.TickGenerators;

namespace KazReports.Rendering.Charts;

/// <summary>The threshold, axes, legend and title of the plot.</summary>
internal sealed partial class PlotBuilder
{
    private static readonly Color AxisColor = Color.FromHex("#595959");

    /// <summary>Dashes of 6 pt with gaps of 3 pt: short enough to show on a short line.</summary>
    private static readonly LinePattern ThresholdDash = new([6, 3], 0, "threshold");

    private void AddThreshold(Plot plot)
    {
        if (spec.Threshold is not { } threshold)
        {
            return;
        }

        var color = Color.FromHex("#" + ChartLayout.ThresholdColor);
        AxisLine line = Horizontal
            ? plot.Add.VerticalLine((double)threshold, 1.5f, color, ThresholdDash)
            : plot.Add.HorizontalLine((double)threshold, 1.5f, color, ThresholdDash);
        var name = ChartLayout.ThresholdName(spec);
        line.LegendText = name;
        line.Text = name;
        line.LabelOppositeAxis = true;
        line.LabelStyle.FontName = ChartFonts.Family(theme, name);
        line.LabelStyle.FontSize = valueSize;
        line.LabelStyle.ForeColor = color;
        line.LabelStyle.BackgroundColor = Colors.Transparent;
        line.LabelStyle.BorderWidth = 0;
        line.LabelStyle.Rotation = 0;
        line.LabelStyle.Bold = false;
        line.EnableAutoscale = false;

        // The label sits outside the data area, across from the value axis: make room for it there.
        var width = ChartFonts.Measure(line.LabelStyle.FontName, valueSize, name) + 8;
        if (Horizontal)
        {
            line.ManualLabelAlignment = Alignment.LowerCenter;
            plot.Axes.Top.MinimumSize = valueSize * 1.8f;
        }
        else
        {
            line.ManualLabelAlignment = Alignment.MiddleLeft;
            plot.Axes.Right.MinimumSize = Math.Min(width, size.Width * 0.3f);
        }
    }

    private void StyleAxes(Plot plot)
    {
        var n = spec.Categories.Count;
        var max = ChartLayout.ValueMax(spec);
        var valueAxis = Horizontal ? (IAxis)plot.Axes.Bottom : plot.Axes.Left;
        var categoryAxis = Horizontal ? (IAxis)plot.Axes.Left : plot.Axes.Bottom;
        if (Horizontal)
        {
            plot.Axes.SetLimits(0, max, -0.5, n - 0.5);
        }
        else
        {
            plot.Axes.SetLimits(-0.5, n - 0.5, 0, max);
        }

        var unit = ChartLayout.MajorUnit(spec);
        var steps = (int)Math.Round(max / unit);
        var ticks = Enumerable.Range(0, steps + 1).Select(i => i * unit).ToArray();
        valueAxis.TickGenerator = new NumericManual(ticks, ticks.Select(ChartLayout.Number).ToArray());
        valueAxis.Label.Text = spec.ValueAxisTitle ?? string.Empty;
        CategoryTicks(plot, categoryAxis);

        foreach (var axis in plot.Axes.GetAxes())
        {
            axis.TickLabelStyle.FontName = family;
            axis.TickLabelStyle.FontSize = labelSize;
            axis.TickLabelStyle.ForeColor = Colors.Black;
            axis.Label.FontName = ChartFonts.Family(theme, axis.Label.Text);
            axis.Label.FontSize = labelSize;
            axis.Label.Bold = false;
            axis.Label.ForeColor = Colors.Black;
            axis.MajorTickStyle.Color = AxisColor;
            axis.MajorTickStyle.Width = 0.75f;
            axis.MajorTickStyle.Length = 3;
            axis.MinorTickStyle.Length = 0;
            axis.FrameLineStyle.Color = AxisColor;
            axis.FrameLineStyle.Width = axis.Edge is Edge.Left or Edge.Bottom ? 0.75f : 0;
        }

        categoryAxis.MajorTickStyle.Length = 0;
        categoryAxis.TickLabelStyle.FontSize = categorySize;
        var grid = Color.FromHex("#" + ChartLayout.GridColor);
        plot.Grid.XAxisStyle.IsVisible = Horizontal;
        plot.Grid.YAxisStyle.IsVisible = !Horizontal;
        plot.Grid.XAxisStyle.MajorLineStyle.Color = grid;
        plot.Grid.YAxisStyle.MajorLineStyle.Color = grid;
        plot.Grid.XAxisStyle.MajorLineStyle.Width = 0.5f;
        plot.Grid.YAxisStyle.MajorLineStyle.Width = 0.5f;
    }

    /// <summary>
    /// Category names at their slots. Down the vertical axis, names wider than a third of the chart
    /// wrap when their row has room for more lines; along the bottom they wrap to their slot's
    /// width in up to three lines, or turn 45° when a word does not fit.
    /// </summary>
    private void CategoryTicks(Plot plot, IAxis axis)
    {
        var n = spec.Categories.Count;
        var positions = Enumerable.Range(0, n).Select(c => ChartLayout.Slot(spec, c)).ToArray();
        string[] labels;
        if (Horizontal)
        {
            var limit = size.Width * 0.33f;
            var lines = Math.Max(1, (int)(RowHeight / (categorySize * 1.2f)));
            labels = spec.Categories
                .Select(c => ChartText.Wrap(c, family, categorySize, limit))
                .Select((wrapped, i) => wrapped.Count <= lines ? string.Join('\n', wrapped) : spec.Categories[i])
                .ToArray();
        }
        else
        {
            var slot = Math.Max(20, (size.Width - (labelSize * 6)) / Math.Max(1, n)) * 0.92f;
            var wrapped = spec.Categories.Select(c => ChartText.Wrap(c, family, categorySize, slot)).ToList();
            var fits = wrapped.All(lines => lines.Count <= MaxCategoryLines && ChartText.Widest(lines, family, categorySize) <= slot);
            if (fits)
            {
                labels = wrapped.Select(lines => string.Join('\n', lines)).ToArray();
            }
            else
            {
                // Turned names run down and to the left from their slot, into the room under the value axis.
                labels = [.. spec.Categories];
                axis.TickLabelStyle.Rotation = -45;
                axis.TickLabelStyle.Alignment = Alignment.MiddleRight;
                // ScottPlot sizes the axis for level labels: give it the height the turned ones take,
                // or they run over the legend and the caption below.
                var widest = ChartText.Widest(spec.Categories, family, categorySize);
                axis.MinimumSize = (widest + categorySize) * MathF.Sqrt(0.5f) + categorySize;
            }
        }

        axis.TickGenerator = new NumericManual(positions, labels);
    }

    private void StyleLegend(Plot plot)
    {
        var panel = plot.ShowLegend(Edge.Bottom);
        panel.Padding = new PixelPadding(0, 0, 2, labelSize * 0.8f);
        var legend = plot.Legend;
        legend.Orientation = Orientation.Horizontal;
        legend.FontName = family;
        legend.FontSize = labelSize;
        legend.FontColor = Colors.Black;
        legend.OutlineWidth = 0;
        legend.BackgroundColor = Colors.Transparent;
        legend.ShadowColor = Colors.Transparent;
        legend.SymbolWidth = 18;
        legend.SymbolPadding = 4;
        legend.TightHorizontalWrapping = true;
        legend.Margin = new PixelPadding(0);
        legend.Padding = new PixelPadding(2);
        legend.InterItemPadding = new PixelPadding(6, 6, 1, 1);
        legend.SetBestFontOnEachRender = false;
    }

    private void StyleTitle(Plot plot)
    {
        if (string.IsNullOrWhiteSpace(spec.Title))
        {
            return;
        }

        var titleFamily = ChartFonts.Family(theme, spec.Title);
        var lines = ChartText.Wrap(spec.Title.Trim(), titleFamily, titleSize, size.Width * 0.95f, bold: true);
        plot.Title(string.Join('\n', lines), titleSize);
        var label = plot.Axes.Title.Label;
        label.FontName = titleFamily;
        label.Bold = true;
        label.ForeColor = Colors.Black;
    }
}
