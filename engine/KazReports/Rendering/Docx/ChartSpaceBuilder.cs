using DocumentFormat.OpenXml;
using KazReports.Documents;
using KazReports.Rendering.Charts;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace KazReports.Rendering.Docx;

/// <summary>
/// The c:chartSpace of a native chart: a bar chart (columns, bars, 100 % stacked bars) or a line
/// chart with markers, series that refer to the embedded workbook with cached values, data labels,
/// axes, legend at the bottom, title. The threshold is dashed and named in the legend: over
/// columns and lines a constant line series on the same axes; across horizontal bars (where a line
/// series cannot stand upright) the line of a secondary category axis that crosses a hidden
/// secondary value axis, scaled like the primary one, at the threshold; its bar series is empty
/// and only gives the legend entry.
/// </summary>
internal sealed partial class ChartSpaceBuilder
{
    private const uint CategoryAxisId = 50010;
    private const uint ValueAxisId = 50020;
    private const uint ThresholdCategoryAxisId = 50030;
    private const uint ThresholdValueAxisId = 50040;
    private const string AxisColor = "595959";
    private const string ChartNs = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    private const string DrawingNs = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private const string RelationshipNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>
    /// The format of values on axes and labels. Word prints «General» in the reader's locale
    /// (13,93 and 10 in Russian; «0.##» would print «10,»); the ru-RU code [$-419] makes LibreOffice,
    /// which formats in the format's language, print the decimal comma too.
    /// </summary>
    public const string NumberFormat = "[$-419]General";

    private readonly ChartSpec spec;
    private readonly ChartWorkbook sheet;
    private readonly ChartKind kind;
    private readonly string font;
    private readonly double labelSize;
    private readonly double valueSize;

    public ChartSpaceBuilder(ChartSpec spec, Theme theme)
    {
        this.spec = spec;
        Theme = theme;
        sheet = new ChartWorkbook(spec);
        kind = ChartLayout.Kind(spec);
        font = StylesPart.FontFamily(theme);
        labelSize = Math.Clamp(theme.SmallSizePt, 6, 14);
        valueSize = Math.Max(6, labelSize - 1);
    }

    private Theme Theme { get; }

    private bool Horizontal => ChartLayout.IsHorizontal(spec);

    private bool Stacked => kind == ChartKind.Stacked100;

    /// <summary>Threshold across horizontal bars: a secondary category axis at the threshold.</summary>
    private bool ThresholdAsAxis => spec.Threshold is not null && Horizontal;

    private int N => spec.Categories.Count;

    public C.ChartSpace Build(string workbookRelationshipId)
    {
        var space = new C.ChartSpace(
            new C.Date1904 { Val = false },
            new C.EditingLanguage { Val = StylesPart.Language },
            new C.RoundedCorners { Val = false },
            Chart(),
            ChartXml.NoFill(),
            ChartXml.Text(font, labelSize),
            new C.ExternalData(new C.AutoUpdate { Val = false }) { Id = workbookRelationshipId });
        space.AddNamespaceDeclaration("c", ChartNs);
        space.AddNamespaceDeclaration("a", DrawingNs);
        space.AddNamespaceDeclaration("r", RelationshipNs);
        return space;
    }

    private C.Chart Chart()
    {
        var chart = new C.Chart();
        var hasTitle = !string.IsNullOrWhiteSpace(spec.Title);
        if (hasTitle)
        {
            chart.Append(ChartXml.Title(spec.Title.Trim(), font, labelSize + 1, bold: true));
        }

        chart.Append(new C.AutoTitleDeleted { Val = !hasTitle });
        chart.Append(PlotArea());
        chart.Append(new C.Legend(
            new C.LegendPosition { Val = C.LegendPositionValues.Bottom },
            new C.Overlay { Val = false },
            ChartXml.Text(font, labelSize)));
        chart.Append(new C.PlotVisibleOnly { Val = true });
        chart.Append(new C.DisplayBlanksAs { Val = C.DisplayBlanksAsValues.Gap });
        return chart;
    }

    private C.PlotArea PlotArea()
    {
        var area = new C.PlotArea(new C.Layout());
        if (kind == ChartKind.Line)
        {
            area.Append(LineChart(withThreshold: spec.Threshold is not null, onlyThreshold: false));
        }
        else
        {
            area.Append(BarChart());
            if (spec.Threshold is not null)
            {
                area.Append(ThresholdAsAxis ? ThresholdBarChart() : LineChart(withThreshold: true, onlyThreshold: true));
            }
        }

        area.Append(CategoryAxis());
        area.Append(ValueAxis());
        if (ThresholdAsAxis)
        {
            area.Append(ThresholdAxis());
            area.Append(HiddenValueAxis());
        }

        area.Append(ChartXml.NoFill());
        return area;
    }

    private C.BarChart BarChart()
    {
        var chart = new C.BarChart(
            new C.BarDirection { Val = Horizontal ? C.BarDirectionValues.Bar : C.BarDirectionValues.Column },
            new C.BarGrouping { Val = Stacked ? C.BarGroupingValues.PercentStacked : C.BarGroupingValues.Clustered },
            new C.VaryColors { Val = false });
        for (var s = 0; s < spec.Series.Count; s++)
        {
            chart.Append(BarSeries(s));
        }

        chart.Append(new C.GapWidth { Val = (ushort)Math.Clamp(ChartLayout.GapWidthPercent(spec), 0, 500) });
        chart.Append(new C.Overlap { Val = (sbyte)(Stacked ? 100 : 0) });
        chart.Append(new C.AxisId { Val = CategoryAxisId });
        chart.Append(new C.AxisId { Val = ValueAxisId });
        return chart;
    }

    private C.BarChartSeries BarSeries(int s)
    {
        var color = ChartLayout.SeriesColor(spec, Theme, s);
        var series = new C.BarChartSeries(
            new C.Index { Val = (uint)s },
            new C.Order { Val = (uint)s },
            SeriesText(sheet.SeriesName(s), spec.Series[s].Name),
            Stacked ? ChartXml.Fill(color, "FFFFFF", 0.5) : ChartXml.Fill(color),
            new C.InvertIfNegative { Val = false });
        if (ChartLayout.ShowValueLabels(spec))
        {
            series.Append(ValueLabels(s, Stacked ? C.DataLabelPositionValues.Center : C.DataLabelPositionValues.OutsideEnd));
        }

        series.Append(new C.CategoryAxisData(ChartXml.Strings(sheet.Categories, spec.Categories)));
        series.Append(new C.Values(ChartXml.Numbers(sheet.SeriesValues(s), Values(spec.Series[s]))));
        return series;
    }

    /// <summary>
    /// The line chart: the data series (a line chart) and/or the threshold as a constant dashed
    /// series (over columns, sharing their axes).
    /// </summary>
    private C.LineChart LineChart(bool withThreshold, bool onlyThreshold)
    {
        var chart = new C.LineChart(
            new C.Grouping { Val = C.GroupingValues.Standard },
            new C.VaryColors { Val = false });
        if (!onlyThreshold)
        {
            for (var s = 0; s < spec.Series.Count; s++)
            {
                chart.Append(LineSeries(s));
            }
        }

        if (withThreshold && spec.Threshold is { } threshold)
        {
            chart.Append(new C.LineChartSeries(
                new C.Index { Val = (uint)spec.Series.Count },
                new C.Order { Val = (uint)spec.Series.Count },
                SeriesText(sheet.ThresholdName, ChartLayout.ThresholdName(spec)),
                ThresholdLine(),
                new C.Marker(new C.Symbol { Val = C.MarkerStyleValues.None }),
                new C.CategoryAxisData(ChartXml.Strings(sheet.Categories, spec.Categories)),
                new C.Values(ChartXml.Numbers(sheet.ThresholdValues, Enumerable.Repeat<decimal?>(threshold, N).ToList())),
                new C.Smooth { Val = false }));
        }

        chart.Append(new C.ShowMarker { Val = true });
        chart.Append(new C.AxisId { Val = CategoryAxisId });
        chart.Append(new C.AxisId { Val = ValueAxisId });
        return chart;
    }

    private C.LineChartSeries LineSeries(int s)
    {
        var color = ChartLayout.SeriesColor(spec, Theme, s);
        var dash = ChartLayout.ColorRound(spec, Theme, s) == 0 ? A.PresetLineDashValues.Solid : A.PresetLineDashValues.SystemDot;
        var symbol = ChartLayout.Marker(s) switch
        {
            ChartMarker.Square => C.MarkerStyleValues.Square,
            ChartMarker.Triangle => C.MarkerStyleValues.Triangle,
            ChartMarker.Diamond => C.MarkerStyleValues.Diamond,
            _ => C.MarkerStyleValues.Circle,
        };
        var series = new C.LineChartSeries(
            new C.Index { Val = (uint)s },
            new C.Order { Val = (uint)s },
            SeriesText(sheet.SeriesName(s), spec.Series[s].Name),
            ChartXml.Line(color, 1.75, dash),
            new C.Marker(new C.Symbol { Val = symbol }, new C.Size { Val = 7 }, ChartXml.Fill(color, color, 0.75)));
        if (ChartLayout.ShowValueLabels(spec))
        {
            series.Append(ValueLabels(s, C.DataLabelPositionValues.Top));
        }

        series.Append(new C.CategoryAxisData(ChartXml.Strings(sheet.Categories, spec.Categories)));
        series.Append(new C.Values(ChartXml.Numbers(sheet.SeriesValues(s), Values(spec.Series[s]))));
        series.Append(new C.Smooth { Val = false });
        return series;
    }

    /// <summary>
    /// The threshold across horizontal bars: an empty bar series (no fill, a dashed outline, so its
    /// legend key looks like the line) on the secondary axes, whose category axis is the line.
    /// </summary>
    private C.BarChart ThresholdBarChart() => new(
        new C.BarDirection { Val = C.BarDirectionValues.Bar },
        new C.BarGrouping { Val = C.BarGroupingValues.Clustered },
        new C.VaryColors { Val = false },
        new C.BarChartSeries(
            new C.Index { Val = (uint)spec.Series.Count },
            new C.Order { Val = (uint)spec.Series.Count },
            SeriesText(sheet.ThresholdName, ChartLayout.ThresholdName(spec)),
            new C.ChartShapeProperties(new A.NoFill(), ThresholdLine().GetFirstChild<A.Outline>()!.CloneNode(true)),
            new C.InvertIfNegative { Val = false },
            new C.CategoryAxisData(ChartXml.Strings(sheet.Categories, spec.Categories)),
            new C.Values(ChartXml.Literal(N))),
        new C.GapWidth { Val = 150 },
        new C.AxisId { Val = ThresholdCategoryAxisId },
        new C.AxisId { Val = ThresholdValueAxisId });

    /// <summary>The threshold's dashed dark red line (an axis line, a series line, a legend key).</summary>
    private static C.ChartShapeProperties ThresholdLine() =>
        ChartXml.Line(ChartLayout.ThresholdColor, 1.5, A.PresetLineDashValues.Dash);

    private static C.SeriesText SeriesText(string formula, string name) => new(ChartXml.Strings(formula, [name]));

    private List<decimal?> Values(ChartSeries series) =>
        Enumerable.Range(0, N).Select(c => c < series.Values.Count ? series.Values[c] : null).ToList();
}
