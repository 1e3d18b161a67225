using DocumentFormat.OpenXml;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace KazReports.Rendering.Docx;

/// <summary>Small DrawingML pieces of a chart part: text properties, fills, lines, references with caches.</summary>
internal static class ChartXml
{
    /// <summary>Points to the 1/100 pt of a:defRPr sz.</summary>
    public static int FontSize(double pt) => (int)Math.Round(pt * 100, MidpointRounding.AwayFromZero);

    /// <summary>Points to EMU (line widths).</summary>
    public static int LineEmu(double pt) => (int)Math.Round(pt * 12700, MidpointRounding.AwayFromZero);

    public static A.DefaultRunProperties RunProperties(string font, double pt, bool bold = false, string color = "000000") => new(
        new A.SolidFill(new A.RgbColorModelHex { Val = color }),
        new A.LatinFont { Typeface = font },
        new A.EastAsianFont { Typeface = font },
        new A.ComplexScriptFont { Typeface = font })
    {
        FontSize = FontSize(pt),
        Bold = bold,
    };

    /// <summary>c:txPr: the font of an axis, a legend, labels.</summary>
    public static C.TextProperties Text(string font, double pt, bool bold = false, string color = "000000") => new(
        new A.BodyProperties(),
        new A.ListStyle(),
        new A.Paragraph(
            new A.ParagraphProperties(RunProperties(font, pt, bold, color)),
            new A.EndParagraphRunProperties { Language = StylesPart.Language }));

    /// <summary>c:title with rich text, one paragraph per line, not over the plot.</summary>
    public static C.Title Title(string text, string font, double pt, bool bold)
    {
        var rich = new C.RichText(new A.BodyProperties(), new A.ListStyle());
        foreach (var line in text.Split('\n'))
        {
            rich.Append(new A.Paragraph(
                new A.ParagraphProperties(RunProperties(font, pt, bold)),
                new A.Run(new A.RunProperties { Language = StylesPart.Language, FontSize = FontSize(pt), Bold = bold }, new A.Text(line))));
        }

        return new C.Title(new C.ChartText(rich), new C.Overlay { Val = false });
    }

    /// <summary>c:spPr with no fill and no line.</summary>
    public static C.ChartShapeProperties NoFill() => new(new A.NoFill(), new A.Outline(new A.NoFill()));

    public static C.ChartShapeProperties Fill(string color, string? outline = null, double outlinePt = 0) => new(
        new A.SolidFill(new A.RgbColorModelHex { Val = color }),
        outline is null
            ? new A.Outline(new A.NoFill())
            : new A.Outline(new A.SolidFill(new A.RgbColorModelHex { Val = outline })) { Width = LineEmu(outlinePt) });

    /// <summary>c:spPr of a line: width, colour, a preset dash (solid, dash, sysDot).</summary>
    public static C.ChartShapeProperties Line(string color, double pt, A.PresetLineDashValues dash) => new(
        new A.Outline(
            new A.SolidFill(new A.RgbColorModelHex { Val = color }),
            new A.PresetDash { Val = dash },
            new A.Round())
        {
            Width = LineEmu(pt),
            CapType = A.LineCapValues.Round,
        });

    public static C.ChartShapeProperties AxisLine(string color, double pt) => new(
        new A.NoFill(),
        new A.Outline(new A.SolidFill(new A.RgbColorModelHex { Val = color })) { Width = LineEmu(pt) });

    /// <summary>c:strRef: a formula and the cached strings.</summary>
    public static C.StringReference Strings(string formula, IReadOnlyList<string> values)
    {
        var cache = new C.StringCache(new C.PointCount { Val = (uint)values.Count });
        for (var i = 0; i < values.Count; i++)
        {
            cache.Append(new C.StringPoint(new C.NumericValue(values[i])) { Index = (uint)i });
        }

        return new C.StringReference(new C.Formula(formula), cache);
    }

    /// <summary>c:numRef: a formula and the cached numbers; no data leaves the point out of the cache.</summary>
    public static C.NumberReference Numbers(string formula, IReadOnlyList<decimal?> values, string format = "General")
    {
        var cache = new C.NumberingCache(new C.FormatCode(format), new C.PointCount { Val = (uint)values.Count });
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is { } value)
            {
                cache.Append(new C.NumericPoint(new C.NumericValue(ChartWorkbook.Number(value))) { Index = (uint)i });
            }
        }

        return new C.NumberReference(new C.Formula(formula), cache);
    }

    /// <summary>c:numLit of <paramref name="count"/> points, all without data.</summary>
    public static C.NumberLiteral Literal(int count) => new(new C.FormatCode("General"), new C.PointCount { Val = (uint)count });

    /// <summary>The flags that end a c:dLbls or c:dLbl group: which parts of a label to show.</summary>
    public static IEnumerable<OpenXmlElement> Show(bool value, bool seriesName = false) =>
    [
        new C.ShowLegendKey { Val = false },
        new C.ShowValue { Val = value },
        new C.ShowCategoryName { Val = false },
        new C.ShowSeriesName { Val = seriesName },
        new C.ShowPercent { Val = false },
        new C.ShowBubbleSize { Val = false },
    ];
}
