using System.Xml;

namespace KazReports.Rendering.Docx;

/// <summary>
/// DrawingML of a chart part straight to an <see cref="XmlWriter"/>: c: and a: elements, the common
/// «val» element, and the small pieces every chart repeats (text properties, fills, lines,
/// references with caches). Values are written as the SDK wrote them: booleans 0/1, numbers invariant.
/// </summary>
internal sealed class ChartXmlWriter(XmlWriter xml)
{
    public XmlWriter Xml { get; } = xml;

    /// <summary>Points to the 1/100 pt of a:defRPr sz.</summary>
    public static int FontSize(double pt) => (int)Math.Round(pt * 100, MidpointRounding.AwayFromZero);

    /// <summary>Points to EMU (line widths).</summary>
    public static int LineEmu(double pt) => (int)Math.Round(pt * 12700, MidpointRounding.AwayFromZero);

    public void C(string name) => Xml.WriteStartElement("c", name, Ns.C);

    public void A(string name) => Xml.WriteStartElement("a", name, Ns.A);

    public void End() => Xml.WriteEndElement();

    public void Attribute(string name, string value) => Xml.WriteAttributeString(name, value);

    public void Attribute(string name, int value) => Attribute(name, Units.Str(value));

    public void Attribute(string name, bool value) => Attribute(name, value ? "1" : "0");

    /// <summary>&lt;c:name val="value" /&gt;.</summary>
    public void Value(string name, string value)
    {
        C(name);
        Attribute("val", value);
        End();
    }

    public void Value(string name, int value) => Value(name, Units.Str(value));

    public void Value(string name, bool value) => Value(name, value ? "1" : "0");

    public void Value(string name, double value) => Value(name, XmlConvert.ToString(value));

    /// <summary>An a: element without attributes or content.</summary>
    public void EmptyA(string name)
    {
        A(name);
        End();
    }

    /// <summary>&lt;a:solidFill&gt;&lt;a:srgbClr val="color" /&gt;&lt;/a:solidFill&gt;.</summary>
    public void SolidFill(string color)
    {
        A("solidFill");
        A("srgbClr");
        Attribute("val", color);
        End();
        End();
    }

    /// <summary>a:defRPr: size, bold, colour and the font for Latin, East Asian and complex scripts.</summary>
    public void RunProperties(string font, double pt, bool bold = false, string color = "000000")
    {
        A("defRPr");
        Attribute("sz", FontSize(pt));
        Attribute("b", bold);
        SolidFill(color);
        foreach (var script in (ReadOnlySpan<string>)["latin", "ea", "cs"])
        {
            A(script);
            Attribute("typeface", font);
            End();
        }

        End();
    }

    /// <summary>c:txPr: the font of an axis, a legend, labels.</summary>
    public void Text(string font, double pt, bool bold = false, string color = "000000")
    {
        C("txPr");
        EmptyA("bodyPr");
        EmptyA("lstStyle");
        A("p");
        A("pPr");
        RunProperties(font, pt, bold, color);
        End();
        A("endParaRPr");
        Attribute("lang", StylesPart.Language);
        End();
        End();
        End();
    }

    /// <summary>c:title with rich text, one paragraph per line, not over the plot; a vertical axis title is turned up.</summary>
    public void Title(string text, string font, double pt, bool bold, bool rotated = false)
    {
        C("title");
        C("tx");
        C("rich");
        A("bodyPr");
        if (rotated)
        {
            Attribute("rot", "-5400000");
            Attribute("vert", "horz");
        }

        End();
        EmptyA("lstStyle");
        foreach (var line in text.Split('\n'))
        {
            A("p");
            A("pPr");
            RunProperties(font, pt, bold);
            End();
            A("r");
            A("rPr");
            Attribute("lang", StylesPart.Language);
            Attribute("sz", FontSize(pt));
            Attribute("b", bold);
            End();
            Xml.WriteElementString("a", "t", Ns.A, line);
            End();
            End();
        }

        End();
        End();
        Value("overlay", false);
        End();
    }

    /// <summary>c:spPr with no fill and no line.</summary>
    public void NoFill()
    {
        C("spPr");
        EmptyA("noFill");
        A("ln");
        EmptyA("noFill");
        End();
        End();
    }

    /// <summary>c:spPr with a solid fill, and an outline of a colour and width or none.</summary>
    public void Fill(string color, string? outline = null, double outlinePt = 0)
    {
        C("spPr");
        SolidFill(color);
        A("ln");
        if (outline is null)
        {
            EmptyA("noFill");
        }
        else
        {
            Attribute("w", LineEmu(outlinePt));
            SolidFill(outline);
        }

        End();
        End();
    }

    /// <summary>c:spPr of a line: width, colour, a preset dash (solid, dash, sysDot); <paramref name="noFill"/> adds a:noFill before it (a legend key).</summary>
    public void Line(string color, double pt, string dash, bool noFill = false)
    {
        C("spPr");
        if (noFill)
        {
            EmptyA("noFill");
        }

        A("ln");
        Attribute("w", LineEmu(pt));
        Attribute("cap", "rnd");
        SolidFill(color);
        A("prstDash");
        Attribute("val", dash);
        End();
        EmptyA("round");
        End();
        End();
    }

    public void AxisLine(string color, double pt)
    {
        C("spPr");
        EmptyA("noFill");
        A("ln");
        Attribute("w", LineEmu(pt));
        SolidFill(color);
        End();
        End();
    }

    /// <summary>c:strRef: a formula and the cached strings.</summary>
    public void Strings(string formula, IReadOnlyList<string> values)
    {
        C("strRef");
        Xml.WriteElementString("c", "f", Ns.C, formula);
        C("strCache");
        Value("ptCount", values.Count);
        for (var i = 0; i < values.Count; i++)
        {
            Point(i, values[i]);
        }

        End();
        End();
    }

    /// <summary>c:strRef of one string (a series name).</summary>
    public void String(string formula, string value)
    {
        C("strRef");
        Xml.WriteElementString("c", "f", Ns.C, formula);
        C("strCache");
        Value("ptCount", 1);
        Point(0, value);
        End();
        End();
    }

    /// <summary>c:numRef: a formula and the cached numbers; no data leaves the point out of the cache.</summary>
    public void Numbers(string formula, IReadOnlyList<decimal?> values, int count)
    {
        C("numRef");
        Xml.WriteElementString("c", "f", Ns.C, formula);
        C("numCache");
        Xml.WriteElementString("c", "formatCode", Ns.C, "General");
        Value("ptCount", count);
        for (var i = 0; i < count; i++)
        {
            if (i < values.Count && values[i] is { } value)
            {
                Point(i, ChartWorkbook.Number(value));
            }
        }

        End();
        End();
    }

    /// <summary>c:numRef of the same number in every point (the threshold series).</summary>
    public void Constant(string formula, decimal value, int count)
    {
        C("numRef");
        Xml.WriteElementString("c", "f", Ns.C, formula);
        C("numCache");
        Xml.WriteElementString("c", "formatCode", Ns.C, "General");
        Value("ptCount", count);
        var text = ChartWorkbook.Number(value);
        for (var i = 0; i < count; i++)
        {
            Point(i, text);
        }

        End();
        End();
    }

    /// <summary>c:spPr of a shape not drawn: no fill, no outline.</summary>
    public void Hidden()
    {
        C("spPr");
        EmptyA("noFill");
        A("ln");
        EmptyA("noFill");
        End();
        End();
    }

    /// <summary>c:numFmt.</summary>
    public void NumberFormat(string code, bool sourceLinked)
    {
        C("numFmt");
        Attribute("formatCode", code);
        Attribute("sourceLinked", sourceLinked);
        End();
    }

    /// <summary>The flags that end a c:dLbls or c:dLbl group: which parts of a label to show.</summary>
    public void Show(bool value, bool seriesName = false)
    {
        Value("showLegendKey", false);
        Value("showVal", value);
        Value("showCatName", false);
        Value("showSerName", seriesName);
        Value("showPercent", false);
        Value("showBubbleSize", false);
    }

    private void Point(int index, string value)
    {
        C("pt");
        Attribute("idx", index);
        Xml.WriteElementString("c", "v", Ns.C, value);
        End();
    }
}
