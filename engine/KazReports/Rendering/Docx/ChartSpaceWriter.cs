using System.Xml;
using KazReports.Documents;
using KazReports.Rendering.Charts;

namespace KazReports.Rendering.Docx;

/// <summary>
/// The c:chartSpace of a native chart: a bar chart (columns, bars, 100 % stacked bars) or a line
/// chart with markers, series that refer to the embedded workbook with cached values, data labels,
/// axes, legend at the bottom, title. The threshold is dashed and named in the legend: over
/// columns and lines a constant line series on the same axes; across horizontal bars (where a line
/// series cannot stand upright) the line of a secondary category axis that crosses a hidden
/// secondary value axis, scaled like the primary one, at the threshold; its bar series has the
/// threshold as its values (Word's «Выбрать данные» shows no empty series) but every bar hidden, and
/// gives the legend entry. (A scatter line on secondary axes would stand upright in Word, but
/// LibreOffice turns a scatter in a horizontal bar chart on its side and squeezes the bars.)
/// </summary>
internal sealed partial class ChartSpaceWriter
{
    private const string CategoryAxisId = "50010";
    private const string ValueAxisId = "50020";
    private const string ThresholdCategoryAxisId = "50030";
    private const string ThresholdValueAxisId = "50040";
    private const string AxisColor = "595959";

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
    private readonly ChartXmlWriter c;

    public ChartSpaceWriter(ChartSpec spec, Theme theme, XmlWriter xml)
    {
        this.spec = spec;
        c = new ChartXmlWriter(xml);
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

    /// <summary>Writes the chart part's root, its data in the workbook of <paramref name="workbookRelationshipId"/>.</summary>
    public void Write(string workbookRelationshipId)
    {
        var xml = c.Xml;
        c.C("chartSpace");
        xml.WriteAttributeString("xmlns", "c", null, Ns.C);
        xml.WriteAttributeString("xmlns", "a", null, Ns.A);
        xml.WriteAttributeString("xmlns", "r", null, Ns.R);
        c.Value("date1904", false);
        c.Value("lang", StylesPart.Language);
        c.Value("roundedCorners", false);
        Chart();
        c.NoFill();
        c.Text(font, labelSize);
        c.C("externalData");
        xml.WriteAttributeString("r", "id", Ns.R, workbookRelationshipId);
        c.Value("autoUpdate", false);
        c.End();
        c.End();
    }

    private void Chart()
    {
        c.C("chart");
        var hasTitle = !string.IsNullOrWhiteSpace(spec.Title);
        if (hasTitle)
        {
            c.Title(spec.Title.Trim(), font, labelSize + 1, bold: true);
        }

        c.Value("autoTitleDeleted", !hasTitle);
        PlotArea();
        c.C("legend");
        c.Value("legendPos", "b");
        c.Value("overlay", false);
        c.Text(font, labelSize);
        c.End();
        c.Value("plotVisOnly", true);
        c.Value("dispBlanksAs", "gap");
        c.End();
    }

    private void PlotArea()
    {
        c.C("plotArea");
        c.C("layout");
        c.End();
        if (kind == ChartKind.Line)
        {
            LineChart(withThreshold: spec.Threshold is not null, onlyThreshold: false);
        }
        else
        {
            BarChart();
            if (spec.Threshold is not null)
            {
                if (ThresholdAsAxis)
                {
                    ThresholdBarChart();
                }
                else
                {
                    LineChart(withThreshold: true, onlyThreshold: true);
                }
            }
        }

        CategoryAxis();
        ValueAxis();
        if (ThresholdAsAxis)
        {
            ThresholdAxis();
            HiddenValueAxis();
        }

        c.NoFill();
        c.End();
    }

    private void BarChart()
    {
        c.C("barChart");
        c.Value("barDir", Horizontal ? "bar" : "col");
        c.Value("grouping", Stacked ? "percentStacked" : "clustered");
        c.Value("varyColors", false);
        for (var s = 0; s < spec.Series.Count; s++)
        {
            BarSeries(s);
        }

        c.Value("gapWidth", Math.Clamp(ChartLayout.GapWidthPercent(spec), 0, 500));
        c.Value("overlap", Stacked ? 100 : 0);
        AxisIds(CategoryAxisId, ValueAxisId);
        c.End();
    }

    private void BarSeries(int s)
    {
        var color = ChartLayout.SeriesColor(spec, Theme, s);
        c.C("ser");
        SeriesStart(s, sheet.SeriesName(s), spec.Series[s].Name);
        if (Stacked)
        {
            c.Fill(color, "FFFFFF", 0.5);
        }
        else
        {
            c.Fill(color);
        }

        c.Value("invertIfNegative", false);
        if (ChartLayout.ShowValueLabels(spec))
        {
            ValueLabels(s, Stacked ? "ctr" : "outEnd");
        }

        SeriesData(s);
        c.End();
    }

    /// <summary>
    /// The line chart: the data series (a line chart) and/or the threshold as a constant dashed
    /// series (over columns, sharing their axes).
    /// </summary>
    private void LineChart(bool withThreshold, bool onlyThreshold)
    {
        c.C("lineChart");
        c.Value("grouping", "standard");
        c.Value("varyColors", false);
        if (!onlyThreshold)
        {
            for (var s = 0; s < spec.Series.Count; s++)
            {
                LineSeries(s);
            }
        }

        if (withThreshold && spec.Threshold is { } threshold)
        {
            c.C("ser");
            SeriesStart(spec.Series.Count, sheet.ThresholdName, ChartLayout.ThresholdName(spec));
            ThresholdLine();
            c.C("marker");
            c.Value("symbol", "none");
            c.End();
            Categories();
            c.C("val");
            c.Constant(sheet.ThresholdValues, threshold, N);
            c.End();
            c.Value("smooth", false);
            c.End();
        }

        c.Value("marker", true);
        AxisIds(CategoryAxisId, ValueAxisId);
        c.End();
    }

    private void LineSeries(int s)
    {
        var color = ChartLayout.SeriesColor(spec, Theme, s);
        var dash = ChartLayout.ColorRound(spec, Theme, s) == 0 ? "solid" : "sysDot";
        var symbol = ChartLayout.Marker(s) switch
        {
            ChartMarker.Square => "square",
            ChartMarker.Triangle => "triangle",
            ChartMarker.Diamond => "diamond",
            _ => "circle",
        };
        c.C("ser");
        SeriesStart(s, sheet.SeriesName(s), spec.Series[s].Name);
        c.Line(color, 1.75, dash);
        c.C("marker");
        c.Value("symbol", symbol);
        c.Value("size", 7);
        c.Fill(color, color, 0.75);
        c.End();
        if (ChartLayout.ShowValueLabels(spec))
        {
            ValueLabels(s, "t");
        }

        SeriesData(s);
        c.Value("smooth", false);
        c.End();
    }

    /// <summary>
    /// The threshold across horizontal bars: a bar series on the secondary axes, whose category axis
    /// is the line, with the threshold in every category (the workbook's threshold column) and every
    /// bar hidden (no fill, no outline); the series' own dashed outline is its legend key, like the line.
    /// </summary>
    private void ThresholdBarChart()
    {
        c.C("barChart");
        c.Value("barDir", "bar");
        c.Value("grouping", "clustered");
        c.Value("varyColors", false);
        c.C("ser");
        SeriesStart(spec.Series.Count, sheet.ThresholdName, ChartLayout.ThresholdName(spec));
        c.Line(ChartLayout.ThresholdColor, 1.5, "dash", noFill: true);
        c.Value("invertIfNegative", false);
        for (var i = 0; i < N; i++)
        {
            c.C("dPt");
            c.Value("idx", i);
            c.Value("invertIfNegative", false);
            c.Value("bubble3D", false);
            c.Hidden();
            c.End();
        }

        Categories();
        c.C("val");
        c.Constant(sheet.ThresholdValues, spec.Threshold ?? 0, N);
        c.End();
        c.End();
        c.Value("gapWidth", 150);
        AxisIds(ThresholdCategoryAxisId, ThresholdValueAxisId);
        c.End();
    }

    /// <summary>c:idx, c:order and c:tx (the name, from row 1 of the workbook) of a series.</summary>
    private void SeriesStart(int index, string nameFormula, string name)
    {
        c.Value("idx", index);
        c.Value("order", index);
        c.C("tx");
        c.String(nameFormula, name);
        c.End();
    }

    /// <summary>c:cat and c:val of a data series.</summary>
    private void SeriesData(int s)
    {
        Categories();
        c.C("val");
        c.Numbers(sheet.SeriesValues(s), spec.Series[s].Values, N);
        c.End();
    }

    private void Categories()
    {
        c.C("cat");
        c.Strings(sheet.Categories, spec.Categories);
        c.End();
    }

    private void AxisIds(string category, string value)
    {
        c.Value("axId", category);
        c.Value("axId", value);
    }

    /// <summary>The threshold's dashed dark red line (an axis line, a series line).</summary>
    private void ThresholdLine() => c.Line(ChartLayout.ThresholdColor, 1.5, "dash");
}
