using System.Globalization;
using KazReports.Documents;
using KazReports.Rendering.Pdf.Layout;
using KazReports.Rendering.Pdf.Text;
using SkiaSharp;

namespace KazReports.Rendering.Pdf.Blocks;

/// <summary>
/// Page numbers as the DOCX header or footer places them: centred over the text at the top (ГОСТ),
/// or at the bottom centre or right; the header line starts half the top margin (at most 12,5 mm)
/// below the page edge. With «from the second page» the document's first page has none; the number
/// counts pages across sections.
/// </summary>
internal sealed class PageNumberPainter(PageNumbering numbering, Margins margins, TextStyle style, GlyphShaper shaper) : IPageDecoration
{
    private const double HeaderDistanceMm = 12.5;

    public void Draw(DrawingCanvas canvas, SectionLayout section, int page)
    {
        if (!numbering.Show || (numbering.FromSecondPage && page == 1))
        {
            return;
        }

        var text = shaper.Shape(page.ToString(CultureInfo.InvariantCulture), style);
        var metrics = shaper.Metrics(style);
        var distance = PdfUnits.Pt(Math.Min(HeaderDistanceMm, Math.Max(margins.Top, margins.Bottom) / 2));
        var x = numbering.Position == PageNumberPosition.BottomRight
            ? section.Left + section.ContentWidth - text.Width
            : section.Left + ((section.ContentWidth - text.Width) / 2);
        var top = numbering.Position == PageNumberPosition.TopCenter ? distance : section.PageHeight - distance - metrics.Single;
        var baseline = top + metrics.Single - metrics.Descent;
        canvas.BeginText();
        foreach (var run in text.Runs)
        {
            canvas.AddGlyphs(run.Font, run.Glyphs, run.Offsets, x, baseline);
            x += run.Width;
        }

        canvas.EndText();
        canvas.Record(LayoutRecord.PageNumber, text.Text, SKRect.Create(x - text.Width, top, text.Width, metrics.Single));
    }
}
