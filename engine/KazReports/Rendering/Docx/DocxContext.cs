using DocumentFormat.OpenXml.Packaging;
using KazReports.Documents;

namespace KazReports.Rendering.Docx;

/// <summary>The state of one render: theme, package parts, lists, sequential ids (never random).</summary>
internal sealed class DocxContext(Theme theme, MainDocumentPart main)
{
    private const string ChartWorkbookId = "rIdWorkbook";

    private uint drawingIds;
    private int imageCount;
    private int chartCount;

    public Theme Theme { get; } = theme;

    public MainDocumentPart Main { get; } = main;

    public NumberingPart Numbering { get; } = new(theme);

    /// <summary>The page setup of the section being written.</summary>
    public PageSetup Page { get; set; } = new(Orientation.Portrait, theme.Margins, theme.PageNumbers);

    public int ContentWidthTwips => Units.Twips(Page.ContentWidthMm);

    /// <summary>The next wp:docPr id: 1, 2, 3…</summary>
    public uint NextDrawingId() => ++drawingIds;

    /// <summary>Adds an image part with a sequential relationship id and returns that id.</summary>
    public string AddImage(byte[] data)
    {
        var id = "rIdImage" + Units.Str(++imageCount);
        var part = Main.AddImagePart(IsJpeg(data) ? ImagePartType.Jpeg : ImagePartType.Png, id);
        using var stream = new MemoryStream(data, writable: false);
        part.FeedData(stream);
        return id;
    }

    /// <summary>Adds a chart part (and its embedded workbook) with sequential ids; returns the chart's relationship id.</summary>
    public string AddChart(ChartSpec spec)
    {
        var id = "rIdChart" + Units.Str(++chartCount);
        var part = Main.AddNewPart<ChartPart>(id);
        var workbook = part.AddEmbeddedPackagePart(EmbeddedPackagePartType.Xlsx, ChartWorkbookId);
        using (var stream = new MemoryStream(new ChartWorkbook(spec).Build(), writable: false))
        {
            workbook.FeedData(stream);
        }

        part.ChartSpace = new ChartSpaceBuilder(spec, Theme).Build(ChartWorkbookId);
        return id;
    }

    private static bool IsJpeg(byte[] data) => data.Length > 2 && data[0] == 0xFF && data[1] == 0xD8;
}
