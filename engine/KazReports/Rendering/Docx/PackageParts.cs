using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml.Wordprocessing;
using KazReports.Documents;

namespace KazReports.Rendering.Docx;

/// <summary>settings.xml and docProps/core.xml, with dates from the document, never from the clock.</summary>
internal static class PackageParts
{
    private const string CoreNs = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private const string DcNs = "http://purl.org/dc/elements/1.1/";
    private const string DcTermsNs = "http://purl.org/dc/terms/";
    private const string XsiNs = "http://www.w3.org/2001/XMLSchema-instance";

    /// <summary>The settings; with <paramref name="hyphenation"/>, Word and LibreOffice hyphenate the text (w:autoHyphenation), as the PDF does.</summary>
    public static Settings Settings(Typography? hyphenation = null)
    {
        var children = new List<DocumentFormat.OpenXml.OpenXmlElement> { new Zoom { Percent = "100" }, new DefaultTabStop { Val = 708 } };
        if (hyphenation is not null)
        {
            children.Add(new AutoHyphenation());
            if (hyphenation.ConsecutiveHyphens > 0)
            {
                children.Add(new ConsecutiveHyphenLimit { Val = (ushort)hyphenation.ConsecutiveHyphens });
            }

            children.Add(new DoNotHyphenateCaps());
        }

        children.Add(new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress });
        children.Add(new Compatibility(new CompatibilitySetting
        {
            Name = CompatSettingNameValues.CompatibilityMode,
            Uri = "http://schemas.microsoft.com/office/word",
            Val = "15",
        }));
        children.Add(new ThemeFontLanguages { Val = StylesPart.Language });
        children.Add(new DecimalSymbol { Val = "," });
        children.Add(new ListSeparator { Val = ";" });
        return new Settings(children);
    }

    /// <summary>The core properties part (after its declaration): title, author, subject, keywords, dates at 00:00:00 UTC.</summary>
    public static void WriteCore(XmlWriter writer, DocumentInfo info)
    {
        var date = info.Date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        writer.WriteStartElement("cp", "coreProperties", CoreNs);
        writer.WriteAttributeString("xmlns", "dc", null, DcNs);
        writer.WriteAttributeString("xmlns", "dcterms", null, DcTermsNs);
        writer.WriteAttributeString("xmlns", "xsi", null, XsiNs);
        writer.WriteElementString("dc", "title", DcNs, info.Title);
        Optional(writer, "dc", "subject", DcNs, info.Subject);
        writer.WriteElementString("dc", "creator", DcNs, info.Author);
        Optional(writer, "cp", "keywords", CoreNs, info.Keywords);
        writer.WriteElementString("dc", "language", DcNs, StylesPart.Language);
        writer.WriteElementString("cp", "lastModifiedBy", CoreNs, info.Author);
        Date(writer, "created", date);
        Date(writer, "modified", date);
        writer.WriteEndElement();
    }

    private static void Optional(XmlWriter writer, string prefix, string name, string ns, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            writer.WriteElementString(prefix, name, ns, value);
        }
    }

    private static void Date(XmlWriter writer, string name, string value)
    {
        writer.WriteStartElement("dcterms", name, DcTermsNs);
        writer.WriteAttributeString("xsi", "type", XsiNs, "dcterms:W3CDTF");
        writer.WriteString(value);
        writer.WriteEndElement();
    }
}
