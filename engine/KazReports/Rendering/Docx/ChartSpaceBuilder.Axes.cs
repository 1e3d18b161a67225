using KazReports.Rendering.Charts;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace KazReports.Rendering.Docx;

/// <summary>Axes and data labels of the chart part.</summary>
internal sealed partial class ChartSpaceBuilder
{
    /// <summary>
    /// Value labels of one series at a position; on 100 % bars a segment too narrow for its label
    /// (below <see cref="ChartLayout.MinLabelledShare"/>) has its label deleted, as in the drawn chart.
    /// </summary>
    private C.DataLabels ValueLabels(int s, C.DataLabelPositionValues position)
    {
        var labels = new C.DataLabels();
        var color = "000000";
        if (Stacked)
        {
            for (var c = 0; c < N; c++)
            {
                if (ChartLayout.Shares(spec, c)[s] < ChartLayout.MinLabelledShare)
                {
                    labels.Append(new C.DataLabel(new C.Index { Val = (uint)c }, new C.Delete { Val = true }));
                }
            }

            color = ChartLayout.IsDark(ChartLayout.SeriesColor(spec, Theme, s)) ? "FFFFFF" : "000000";
        }
        else if (kind == ChartKind.Line)
        {
            color = ChartLayout.SeriesColor(spec, Theme, s);
        }

        labels.Append(new C.NumberingFormat { FormatCode = NumberFormat, SourceLinked = false });
        labels.Append(ChartXml.NoFill());
        labels.Append(ChartXml.Text(font, valueSize, color: color));
        labels.Append(new C.DataLabelPosition { Val = position });
        labels.Append(ChartXml.Show(value: true));
        return labels;
    }

    /// <summary>Categories: along the bottom, or down the left with the first category on top.</summary>
    private C.CategoryAxis CategoryAxis() => new(
        new C.AxisId { Val = CategoryAxisId },
        new C.Scaling(new C.Orientation { Val = Horizontal ? C.OrientationValues.MaxMin : C.OrientationValues.MinMax }),
        new C.Delete { Val = false },
        new C.AxisPosition { Val = Horizontal ? C.AxisPositionValues.Left : C.AxisPositionValues.Bottom },
        new C.NumberingFormat { FormatCode = "General", SourceLinked = true },
        new C.MajorTickMark { Val = C.TickMarkValues.None },
        new C.MinorTickMark { Val = C.TickMarkValues.None },
        new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
        ChartXml.AxisLine(AxisColor, 0.75),
        ChartXml.Text(font, labelSize),
        new C.CrossingAxis { Val = ValueAxisId },
        new C.Crosses { Val = C.CrossesValues.AutoZero },
        new C.AutoLabeled { Val = true },
        new C.LabelAlignment { Val = C.LabelAlignmentValues.Center },
        new C.LabelOffset { Val = 100 },
        new C.NoMultiLevelLabels { Val = false });

    /// <summary>
    /// Values from 0 to the same maximum and step as the drawn chart (0–100 % for 100 % bars), grid
    /// lines, the axis title; across horizontal bars it crosses at the last category, so it stays at the bottom.
    /// </summary>
    private C.ValueAxis ValueAxis()
    {
        var axis = new C.ValueAxis(
            new C.AxisId { Val = ValueAxisId },
            new C.Scaling(
                new C.Orientation { Val = C.OrientationValues.MinMax },
                new C.MaxAxisValue { Val = Stacked ? 1 : ChartLayout.ValueMax(spec) },
                new C.MinAxisValue { Val = 0 }),
            new C.Delete { Val = false },
            new C.AxisPosition { Val = Horizontal ? C.AxisPositionValues.Bottom : C.AxisPositionValues.Left },
            new C.MajorGridlines(ChartXml.AxisLine(ChartLayout.GridColor, 0.5)));
        if (!string.IsNullOrWhiteSpace(spec.ValueAxisTitle))
        {
            var title = ChartXml.Title(spec.ValueAxisTitle.Trim(), font, labelSize, bold: false);
            if (!Horizontal && title.ChartText?.RichText?.GetFirstChild<A.BodyProperties>() is { } body)
            {
                body.Rotation = -5400000;
                body.Vertical = A.TextVerticalValues.Horizontal;
            }

            axis.Append(title);
        }

        axis.Append(
            new C.NumberingFormat { FormatCode = Stacked ? "0%" : NumberFormat, SourceLinked = false },
            new C.MajorTickMark { Val = C.TickMarkValues.Outside },
            new C.MinorTickMark { Val = C.TickMarkValues.None },
            new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
            ChartXml.AxisLine(AxisColor, 0.75),
            ChartXml.Text(font, labelSize),
            new C.CrossingAxis { Val = CategoryAxisId },
            new C.Crosses { Val = Horizontal ? C.CrossesValues.Maximum : C.CrossesValues.AutoZero },
            new C.CrossBetween { Val = C.CrossBetweenValues.Between },
            new C.MajorUnit { Val = Stacked ? ChartLayout.MajorUnit(spec) / 100 : ChartLayout.MajorUnit(spec) });
        return axis;
    }

    /// <summary>
    /// The threshold line across horizontal bars: a secondary category axis without labels or
    /// ticks whose dashed axis line crosses the hidden secondary value axis at the threshold.
    /// </summary>
    private C.CategoryAxis ThresholdAxis() => new(
        new C.AxisId { Val = ThresholdCategoryAxisId },
        new C.Scaling(new C.Orientation { Val = C.OrientationValues.MaxMin }),
        new C.Delete { Val = false },
        new C.AxisPosition { Val = C.AxisPositionValues.Left },
        new C.NumberingFormat { FormatCode = "General", SourceLinked = true },
        new C.MajorTickMark { Val = C.TickMarkValues.None },
        new C.MinorTickMark { Val = C.TickMarkValues.None },
        new C.TickLabelPosition { Val = C.TickLabelPositionValues.None },
        ThresholdLine(),
        new C.CrossingAxis { Val = ThresholdValueAxisId },
        new C.CrossesAt { Val = Stacked ? (double)(spec.Threshold ?? 0) / 100 : (double)(spec.Threshold ?? 0) },
        new C.AutoLabeled { Val = true },
        new C.LabelAlignment { Val = C.LabelAlignmentValues.Center },
        new C.LabelOffset { Val = 100 },
        new C.NoMultiLevelLabels { Val = false });

    /// <summary>The hidden secondary value axis, scaled like the primary one.</summary>
    private C.ValueAxis HiddenValueAxis() => new(
        new C.AxisId { Val = ThresholdValueAxisId },
        new C.Scaling(
            new C.Orientation { Val = C.OrientationValues.MinMax },
            new C.MaxAxisValue { Val = Stacked ? 1 : ChartLayout.ValueMax(spec) },
            new C.MinAxisValue { Val = 0 }),
        new C.Delete { Val = true },
        new C.AxisPosition { Val = C.AxisPositionValues.Top },
        new C.NumberingFormat { FormatCode = "General", SourceLinked = false },
        new C.MajorTickMark { Val = C.TickMarkValues.None },
        new C.MinorTickMark { Val = C.TickMarkValues.None },
        new C.TickLabelPosition { Val = C.TickLabelPositionValues.None },
        new C.CrossingAxis { Val = ThresholdCategoryAxisId },
        new C.Crosses { Val = C.CrossesValues.Maximum },
        new C.CrossBetween { Val = C.CrossBetweenValues.Between });
}
