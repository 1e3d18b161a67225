using KazReports.Documents;

namespace KazReports.Rendering.Docx;

/// <summary>
/// The state of one render: theme, the package and its parts, lists, sequential ids (never random).
/// Parts are named as the Open XML SDK named them (word/header1.xml, media/image.png,
/// word/charts/embeddings/package2.xlsx…), so the packages stay the same as before.
/// </summary>
internal sealed class DocxContext(Theme theme, PackageWriter package)
{
    public const string MainPart = "word/document.xml";

    private const string ChartWorkbookId = "rIdWorkbook";

    private uint drawingIds;
    private int imageCount;
    private int pngCount;
    private int jpegCount;
    private int chartCount;
    private int headerCount;
    private int footerCount;

    public Theme Theme { get; } = theme;

    public PackageWriter Package { get; } = package;

    public NumberingPart Numbering { get; } = new(theme);

    /// <summary>The page setup of the section being written.</summary>
    public PageSetup Page { get; set; } = new(Orientation.Portrait, theme.Margins, theme.PageNumbers);

    public int ContentWidthTwips => Units.Twips(Page.ContentWidthMm);

    /// <summary>The next wp:docPr id: 1, 2, 3…</summary>
    public uint NextDrawingId() => ++drawingIds;

    /// <summary>A part of the main document with its relationship.</summary>
    public void AddPart(string id, string relationshipType, string name, string contentType, Action<System.Xml.XmlWriter> write)
    {
        Package.Relate(MainPart, id, PackageTypes.Relationship(relationshipType), name);
        Package.AddXmlPart(name, contentType, write);
    }

    /// <summary>Adds an image part with a sequential relationship id and returns that id.</summary>
    public string AddImage(byte[] data)
    {
        var id = "rIdImage" + Units.Str(++imageCount);
        var jpeg = IsJpeg(data);
        var name = "media/image" + Numbered(jpeg ? ++jpegCount : ++pngCount) + (jpeg ? ".jpg" : ".png");
        Package.Relate(MainPart, id, PackageTypes.Relationship("image"), name);
        Package.AddPart(name, jpeg ? "image/jpeg" : "image/png", data);
        return id;
    }

    /// <summary>Adds a chart part (and its embedded workbook) with sequential ids; returns the chart's relationship id.</summary>
    public string AddChart(ChartSpec spec)
    {
        var number = ++chartCount;
        var id = "rIdChart" + Units.Str(number);
        var name = "word/charts/chart" + Units.Str(number) + ".xml";
        var workbook = "word/charts/embeddings/package" + Numbered(number) + ".xlsx";
        var theme = Theme;
        AddPart(id, "chart", name, PackageTypes.Chart, writer => new ChartSpaceWriter(spec, theme, writer).Write(ChartWorkbookId));
        Package.Relate(name, ChartWorkbookId, PackageTypes.Relationship("package"), workbook);
        Package.AddPart(workbook, ChartWorkbook.ContentType, stream => stream.Write(new ChartWorkbook(spec).Build()));
        return id;
    }

    /// <summary>A header or footer part (word/header1.xml, word/footer1.xml…) holding one paragraph.</summary>
    public void AddHeaderOrFooter(string id, bool header, WordParagraph content)
    {
        var kind = header ? "header" : "footer";
        var name = "word/" + kind + Units.Str(header ? ++headerCount : ++footerCount) + ".xml";
        AddPart(id, kind, name, header ? PackageTypes.Header : PackageTypes.Footer, writer =>
        {
            var w = new WordXmlWriter(writer);
            w.Start(header ? "hdr" : "ftr");
            content.Write(w);
            w.End();
        });
    }

    /// <summary>The SDK's numbering of part names: image.png, image2.png, image3.png…</summary>
    private static string Numbered(int n) => n == 1 ? string.Empty : Units.Str(n);

    private static bool IsJpeg(byte[] data) => data.Length > 2 && data[0] == 0xFF && data[1] == 0xD8;
}

/// <summary>Content types and relationship types of the package.</summary>
internal static class PackageTypes
{
    private const string Wordprocessing = "application/vnd.openxmlformats-officedocument.wordprocessingml.";

    public const string Main = Wordprocessing + "document.main+xml";
    public const string Styles = Wordprocessing + "styles+xml";
    public const string Settings = Wordprocessing + "settings+xml";
    public const string Numbering = Wordprocessing + "numbering+xml";
    public const string Header = Wordprocessing + "header+xml";
    public const string Footer = Wordprocessing + "footer+xml";
    public const string Chart = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
    public const string Core = "application/vnd.openxmlformats-package.core-properties+xml";
    public const string CoreRelationship = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";

    /// <summary>An officeDocument relationship type: styles, image, chart, header, package…</summary>
    public static string Relationship(string kind) => "http://schemas.openxmlformats.org/officeDocument/2006/relationships/" + kind;
}
