using KazReports.Documents;
using KazReports.Rendering.Pdf.Blocks;
using KazReports.Rendering.Fonts;
using KazReports.Rendering.Pdf.Fonts;
using KazReports.Rendering.Pdf.Layout;
using KazReports.Rendering.Pdf.Output;
using KazReports.Rendering.Pdf.Text;
using SkiaSharp;

namespace KazReports.Rendering.Pdf;

/// <summary>
/// Renders a <see cref="Document"/> as PDF with our own layout engine on Skia's PDF backend: text
/// set and justified with the theme's fonts (embedded as subsets), tables with repeated headers,
/// lists, charts as vectors, the requisites of official documents, page numbers per ГОСТ Р 7.0.97,
/// an outline from the headings, metadata from <see cref="DocumentInfo"/>. One layout pass records
/// the pages (<see cref="DisplayList"/>) and counts the glyphs to embed; the fonts are then subset
/// and the recorded pages written to the PDF. The same
/// documents and theme always give the same bytes. Layout errors throw <see cref="LayoutException"/>
/// naming the block's template span. Several documents can go into one PDF for printing
/// (<see cref="RenderMany"/>).
/// </summary>
public sealed class PdfRenderer : ICombiningRenderer
{
    /// <param name="pdfA">Write PDF/A-2b (archival: XMP metadata, an sRGB output intent).</param>
    public PdfRenderer(bool pdfA = false)
    {
        PdfA = pdfA;
    }

    public bool PdfA { get; }

    public string Format => "pdf";

    public void Render(Document document, Theme theme, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(document);
        output.Write(Run([document], theme, document.Info, combined: false, charts: null, records: false).Pdf);
    }

    /// <summary>
    /// Renders several documents into one PDF for printing on both sides: each starts on an odd
    /// page (a blank page follows a document of an odd number of pages) and numbers its pages from 1 (its first page unnumbered where its numbering says so, as when rendered
    /// alone); the outline has one entry per document (its <see cref="DocumentInfo.Title"/>) with the
    /// document's headings under it. Fonts are embedded once for all. The same documents, theme and
    /// title always give the same bytes.
    /// </summary>
    /// <param name="title">The PDF's title (metadata); by default the first document's title.</param>
    public void RenderMany(IReadOnlyList<Document> documents, Theme theme, Stream output, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        Check(documents);
        output.Write(Run(documents, theme, CombinedInfo(documents, title), combined: true, charts: null, records: false).Pdf);
    }

    /// <summary>The PDF bytes and what the layout pass recorded (pages, lines, cells, outline) for tests.</summary>
    internal PdfRenderResult RenderDetailed(Document document, Theme theme, IChartPainter? charts = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Run([document], theme, document.Info, combined: false, charts, records: true);
    }

    /// <summary><see cref="RenderMany"/> with what the layout pass recorded; page numbers in the report restart with each document.</summary>
    internal PdfRenderResult RenderManyDetailed(IReadOnlyList<Document> documents, Theme theme, string? title = null)
    {
        Check(documents);
        return Run(documents, theme, CombinedInfo(documents, title), combined: true, charts: null, records: true);
    }

    private static void Check(IReadOnlyList<Document> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        if (documents.Count == 0 || documents.Any(d => d is null))
        {
            throw new ArgumentException("нужен хотя бы один документ (и ни одного null)", nameof(documents));
        }
    }

    /// <param name="records">Record every drawn thing in the report (tests); pages and the outline are always recorded.</param>
    private PdfRenderResult Run(IReadOnlyList<Document> documents, Theme theme, DocumentInfo info, bool combined, IChartPainter? charts, bool records)
    {
        ArgumentNullException.ThrowIfNull(theme);

        using var shaper = new GlyphShaper(FontSet.For(theme));
        using var context = new PdfContext(theme, shaper);
        if (charts is not null)
        {
            context.Charts = charts;
        }

        using var fonts = new EmbeddedFonts();
        using var pages = new DisplayList();
        var report = new LayoutReport(records);
        for (var i = 0; i < documents.Count; i++)
        {
            var sections = SectionRenderer.Build(ContentsPass.Resolve(Blank(documents[i]), context), context);
            var title = combined ? OutlineTitle(documents[i], i) : null;
            Paginator.Run(sections, pages, report, fonts, title);

            // Printed on both sides, each document starts on a sheet of its own: after an odd page
            // count, a blank back page (not numbered, no outline entry).
            if (combined && i + 1 < documents.Count && pages.PageCount % 2 == 1)
            {
                var last = report.Pages[^1];
                report.AddPage(new PageRecord(last.Number + 1, last.Width, last.Height, PageRecord.BlankSection));
                pages.BeginPage(last.Width, last.Height);
            }
        }

        fonts.Freeze();
        var buffer = RentBuffer();
        using (var stream = new SKManagedWStream(buffer))
        using (var pdf = SKDocument.CreatePdf(stream, PdfMetadataFactory.Create(info, PdfA || theme.PdfA)))
        {
            pages.Play(pdf, fonts);
            pdf.Close();
        }

        var bytes = buffer.ToArray();
        ReturnBuffer(buffer);
        return new PdfRenderResult(PdfFinisher.Finish(bytes, report.Outline), report);
    }

    /// <summary>A buffer larger than this (a combined PDF) is not kept for the thread's next render.</summary>
    private const int MaxKeptBuffer = 4 << 20;

    /// <summary>
    /// The thread's spare buffer for Skia's output: a letter's PDF grows a new stream through a dozen
    /// sizes (the last ones on the large object heap) only to be copied out; kept, it grows once.
    /// </summary>
    [ThreadStatic]
    private static MemoryStream? spareBuffer;

    private static MemoryStream RentBuffer()
    {
        var buffer = spareBuffer ?? new MemoryStream();
        spareBuffer = null;
        buffer.SetLength(0);
        return buffer;
    }

    private static void ReturnBuffer(MemoryStream buffer)
    {
        if (buffer.Capacity <= MaxKeptBuffer)
        {
            buffer.SetLength(0);
            spareBuffer = buffer;
        }
    }

    /// <summary>
    /// The metadata of a combined PDF: the given title (else the first document's), the author and
    /// subject when all documents share them (else the first document's author, no subject), the
    /// latest date, keywords shared by all.
    /// </summary>
    private static DocumentInfo CombinedInfo(IReadOnlyList<Document> documents, string? title)
    {
        var infos = documents.Select(d => d.Info).ToList();
        string? Shared(Func<DocumentInfo, string?> field) =>
            infos.Select(field).Distinct(StringComparer.Ordinal).Count() == 1 ? field(infos[0]) : null;
        return new DocumentInfo(
            string.IsNullOrWhiteSpace(title) ? infos[0].Title : title.Trim(),
            Shared(i => i.Author) ?? infos[0].Author,
            Shared(i => i.Subject),
            infos.Max(i => i.Date),
            Shared(i => i.Keywords));
    }

    private static string OutlineTitle(Document document, int index) =>
        string.IsNullOrWhiteSpace(document.Info.Title) ? $"Документ {index + 1}" : document.Info.Title.Trim();

    /// <summary>A document without sections still gets one empty A4 page.</summary>
    private static Document Blank(Document document) => document.Sections.Count > 0
        ? document
        : document with
        {
            Sections = [new Section(new PageSetup(Orientation.Portrait, Theme.Default.Margins, Theme.Default.PageNumbers), [], Diagnostics.SourceSpan.None)],
        };
}

/// <summary>A rendered PDF and the report of its layout pass.</summary>
internal sealed record PdfRenderResult(byte[] Pdf, LayoutReport Report);
