using System.Xml;

namespace KazReports.Rendering.Docx;

/// <summary>The XML namespaces of the parts this renderer writes.</summary>
internal static class Ns
{
    public const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public const string R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    public const string Wp = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    public const string A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    public const string Pic = "http://schemas.openxmlformats.org/drawingml/2006/picture";
    public const string C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    public const string X = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    public const string Xml = "http://www.w3.org/XML/1998/namespace";
}

/// <summary>
/// WordprocessingML straight to an <see cref="XmlWriter"/>: w: elements and attributes, the common
/// «w:val» element, preserved text. Namespaces are declared where first used, as the SDK did.
/// </summary>
internal sealed class WordXmlWriter(XmlWriter xml)
{
    /// <summary>The underlying writer, for the few elements of other namespaces (drawings).</summary>
    public XmlWriter Xml { get; } = xml;

    public void Start(string name) => Xml.WriteStartElement("w", name, Ns.W);

    public void End() => Xml.WriteEndElement();

    public void Attribute(string name, string value) => Xml.WriteAttributeString("w", name, Ns.W, value);

    public void Attribute(string name, int value) => Attribute(name, Units.Str(value));

    /// <summary>The attribute when there is a value; nothing when null.</summary>
    public void Attribute(string name, int? value)
    {
        if (value is { } v)
        {
            Attribute(name, v);
        }
    }

    /// <summary>An element without attributes or content: &lt;w:keepNext /&gt;.</summary>
    public void Empty(string name)
    {
        Start(name);
        End();
    }

    /// <summary>&lt;w:name w:val="value" /&gt;.</summary>
    public void Value(string name, string value)
    {
        Start(name);
        Attribute("val", value);
        End();
    }

    public void Value(string name, int value) => Value(name, Units.Str(value));

    /// <summary>&lt;w:name w:w="width" w:type="dxa" /&gt; (widths and margins in twips).</summary>
    public void Width(string name, int twips)
    {
        Start(name);
        Attribute("w", twips);
        Attribute("type", "dxa");
        End();
    }

    /// <summary>Text with xml:space="preserve" (w:t, w:instrText).</summary>
    public void Text(string name, string text)
    {
        Start(name);
        Xml.WriteAttributeString("xml", "space", Ns.Xml, "preserve");
        Xml.WriteString(text);
        End();
    }
}
