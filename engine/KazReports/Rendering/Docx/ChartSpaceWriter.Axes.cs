using KazReports.Rendering.Charts;

namespace KazReports.Rendering.Docx;

/// <summary>Axes and data labels of the chart part.</summary>
internal sealed partial class ChartSpaceWriter
{
    /// <summary>
    /// Value labels of one series at a position; on 100 % bars a segment too narrow for its label
    /// (below <see cref="ChartLayout.MinLabelledShare"/>) has its label deleted, as in the drawn chart.
    /// </summary>
    private void ValueLabels(int s, string position)
    {
        c.C("dLbls");
        var color = "000000";
        if (Stacked)
        {
            for (var category = 0; category < N; category++)
            {
                if (ChartLayout.Shares(spec, category)[s] < ChartLayout.MinLabelledShare)
                {
                    c.C("dLbl");
                    c.Value("idx", category);
                    c.Value("delete", true);
                    c.End();
                }
            }

            color = ChartLayout.IsDark(ChartLayout.SeriesColor(spec, Theme, s)) ? "FFFFFF" : "000000";
        }
        else if (kind == ChartKind.Line)
        {
            color = ChartLayout.SeriesColor(spec, Theme, s);
        }

        c.NumberFormat(NumberFormat, sourceLinked: false);
        c.NoFill();
        c.Text(font, valueSize, color: color);
        c.Value("dLblPos", position);
        c.Show(value: true);
        c.End();
    }

    /// <summary>Categories: along the bottom, or down the left with the first category on top.</summary>
    private void CategoryAxis()
    {
        c.C("catAx");
        c.Value("axId", CategoryAxisId);
        Scaling(Horizontal ? "maxMin" : "minMax");
        c.Value("delete", false);
        c.Value("axPos", Horizontal ? "l" : "b");
        c.NumberFormat("General", sourceLinked: true);
        c.Value("majorTickMark", "none");
        c.Value("minorTickMark", "none");
        c.Value("tickLblPos", "nextTo");
        c.AxisLine(AxisColor, 0.75);
        c.Text(font, labelSize);
        c.Value("crossAx", ValueAxisId);
        c.Value("crosses", "autoZero");
        CategoryAxisEnd();
    }

    /// <summary>
    /// Values from 0 to the same maximum and step as the drawn chart (0–100 % for 100 % bars), grid
    /// lines, the axis title; across horizontal bars it crosses at the last category, so it stays at the bottom.
    /// </summary>
    private void ValueAxis()
    {
        c.C("valAx");
        c.Value("axId", ValueAxisId);
        ValueScaling();
        c.Value("delete", false);
        c.Value("axPos", Horizontal ? "b" : "l");
        c.C("majorGridlines");
        c.AxisLine(ChartLayout.GridColor, 0.5);
        c.End();
        if (!string.IsNullOrWhiteSpace(spec.ValueAxisTitle))
        {
            c.Title(spec.ValueAxisTitle.Trim(), font, labelSize, bold: false, rotated: !Horizontal);
        }

        c.NumberFormat(Stacked ? "0%" : NumberFormat, sourceLinked: false);
        c.Value("majorTickMark", "out");
        c.Value("minorTickMark", "none");
        c.Value("tickLblPos", "nextTo");
        c.AxisLine(AxisColor, 0.75);
        c.Text(font, labelSize);
        c.Value("crossAx", CategoryAxisId);
        c.Value("crosses", Horizontal ? "max" : "autoZero");
        c.Value("crossBetween", "between");
        c.Value("majorUnit", Stacked ? ChartLayout.MajorUnit(spec) / 100 : ChartLayout.MajorUnit(spec));
        c.End();
    }

    /// <summary>
    /// The threshold line across horizontal bars: a secondary category axis without labels or
    /// ticks whose dashed axis line crosses the hidden secondary value axis at the threshold.
    /// </summary>
    private void ThresholdAxis()
    {
        c.C("catAx");
        c.Value("axId", ThresholdCategoryAxisId);
        Scaling("maxMin");
        c.Value("delete", false);
        c.Value("axPos", "l");
        c.NumberFormat("General", sourceLinked: true);
        c.Value("majorTickMark", "none");
        c.Value("minorTickMark", "none");
        c.Value("tickLblPos", "none");
        ThresholdLine();
        c.Value("crossAx", ThresholdValueAxisId);
        c.Value("crossesAt", Stacked ? (double)(spec.Threshold ?? 0) / 100 : (double)(spec.Threshold ?? 0));
        CategoryAxisEnd();
    }

    /// <summary>The hidden secondary value axis, scaled like the primary one.</summary>
    private void HiddenValueAxis()
    {
        c.C("valAx");
        c.Value("axId", ThresholdValueAxisId);
        ValueScaling();
        c.Value("delete", true);
        c.Value("axPos", "t");
        c.NumberFormat("General", sourceLinked: false);
        c.Value("majorTickMark", "none");
        c.Value("minorTickMark", "none");
        c.Value("tickLblPos", "none");
        c.Value("crossAx", ThresholdCategoryAxisId);
        c.Value("crosses", "max");
        c.Value("crossBetween", "between");
        c.End();
    }

    private void Scaling(string orientation)
    {
        c.C("scaling");
        c.Value("orientation", orientation);
        c.End();
    }

    /// <summary>From 0 to the same maximum as the drawn chart (1 for 100 % bars).</summary>
    private void ValueScaling()
    {
        c.C("scaling");
        c.Value("orientation", "minMax");
        c.Value("max", Stacked ? 1 : ChartLayout.ValueMax(spec));
        c.Value("min", 0);
        c.End();
    }

    /// <summary>The end shared by both category axes: automatic, centred labels, no multi-level labels.</summary>
    private void CategoryAxisEnd()
    {
        c.Value("auto", true);
        c.Value("lblAlgn", "ctr");
        c.Value("lblOffset", 100);
        c.Value("noMultiLvlLbl", false);
        c.End();
    }
}
