using KazReports.Documents;
using KazReports.Rendering.Pdf.Layout;

namespace KazReports.Rendering.Pdf.Blocks;

/// <summary>Lays out each section: A4 in its orientation, its margins, its flow of blocks, its page numbers.</summary>
internal static class SectionRenderer
{
    public static List<SectionLayout> Build(Document document, PdfContext context)
    {
        var builder = new BlockRenderer(context);
        var result = new List<SectionLayout>();
        foreach (var section in document.Sections)
        {
            var page = section.Page;
            var margins = page.Margins;
            var contentWidth = PdfUnits.Pt(page.ContentWidthMm);
            var contentHeight = PdfUnits.Pt(page.HeightMm - margins.Top - margins.Bottom);
            if (contentWidth < PdfUnits.Pt(20) || contentHeight < PdfUnits.Pt(20) || margins.Left < 0 || margins.Top < 0)
            {
                throw new LayoutException("PDF", section.Span,
                    $"поля страницы ({PdfUnits.Format(margins.Top)}, {PdfUnits.Format(margins.Right)}, {PdfUnits.Format(margins.Bottom)}, {PdfUnits.Format(margins.Left)} мм) не оставляют места для текста");
            }

            context.PageHeight = contentHeight;
            var flow = builder.Flow(section.Blocks, new BlockFrame(contentWidth), section.Span);
            var numbers = new PageNumberPainter(page.Numbering, margins, context.Styles.Requisite, context.Shaper);
            result.Add(new SectionLayout(PdfUnits.Pt(page.WidthMm), PdfUnits.Pt(page.HeightMm), PdfUnits.Pt(margins.Left), PdfUnits.Pt(margins.Top),
                contentWidth, contentHeight, flow, numbers));
        }

        return result;
    }
}
