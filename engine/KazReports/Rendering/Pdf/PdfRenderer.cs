using KazReports.Documents;
using KazReports.Rendering.Pdf.Blocks;
using KazReports.Rendering.Pdf.Fonts;
using KazReports.Rendering.Pdf.Layout;
using KazReports.Rendering.Pdf.Output;
using KazReports.Rendering.Pdf.Text;
using SkiaSharp;

namespace KazReports.Rendering.Pdf;

/// <summary>
/// Renders a <see cref="Document"/> as PDF with our own layout engine on Skia's PDF backend: text
/// set and justified with the theme's fonts (embedded as subsets), tables with repeated headers,
/// lists, the requisites of official documents, page numbers per ГОСТ Р 7.0.97, an outline from
/// the headings, metadata from <see cref="DocumentInfo"/>. Two passes: the first counts pages on a
/// discarding canvas, the second draws. The same document and theme always give the same bytes.
/// Layout errors throw <see cref="PdfLayoutException"/> naming the block's template span.
/// </summary>
public sealed class PdfRenderer : IDocumentRenderer
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
        output.Write(RenderDetailed(document, theme).Pdf);
    }

    /// <summary>The PDF bytes and what the drawing pass recorded (pages, lines, cells, outline) for tests.</summary>
    internal PdfRenderResult RenderDetailed(Document document, Theme theme, IChartPainter? charts = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(theme);

        using var shaper = new GlyphShaper(FontSet.For(theme.FontFamilies));
        using var context = new RenderContext(theme, shaper);
        if (charts is not null)
        {
            context.Charts = charts;
        }

        using var fonts = new EmbeddedFonts();
        var sections = SectionBuilder.Build(Blank(document), context);
        var pages = Paginator.Run(sections, new DiscardingTarget(), 0, null, fonts);
        fonts.Freeze();
        foreach (var section in sections)
        {
            section.Content.ResetState();
        }

        var report = new LayoutReport();
        using var buffer = new MemoryStream();
        using (var stream = new SKManagedWStream(buffer))
        using (var pdf = SKDocument.CreatePdf(stream, PdfMetadataFactory.Create(document.Info, PdfA)))
        {
            Paginator.Run(sections, new PdfTarget(pdf), pages, report, fonts);
            pdf.Close();
        }

        return new PdfRenderResult(PdfFinisher.Finish(buffer.ToArray(), report.Outline), report);
    }

    /// <summary>A document without sections still gets one empty A4 page.</summary>
    private static Document Blank(Document document) => document.Sections.Count > 0
        ? document
        : document with
        {
            Sections = [new Section(new PageSetup(Orientation.Portrait, Theme.Default.Margins, Theme.Default.PageNumbers), [], Diagnostics.SourceSpan.None)],
        };
}

/// <summary>A rendered PDF and the layout report of its drawing pass.</summary>
internal sealed record PdfRenderResult(byte[] Pdf, LayoutReport Report);
