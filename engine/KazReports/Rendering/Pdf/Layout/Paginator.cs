using EmbeddedFonts = KazReports.Rendering.Pdf.Layout.IGlyphFonts;

namespace KazReports.Rendering.Pdf.Layout;

/// <summary>A section laid out: its page size and margins in points, the flow of its blocks, its page numbers.</summary>
internal sealed record SectionLayout(float PageWidth, float PageHeight, float Left, float Top, float ContentWidth, float ContentHeight, Element Content, IPageDecoration Numbers)
{
    public Size ContentSize => new(ContentWidth, ContentHeight);
}

/// <summary>What is drawn on every page of a section outside the flow: the page number.</summary>
internal interface IPageDecoration
{
    void Draw(DrawingCanvas canvas, SectionLayout section, int page);
}

/// <summary>
/// The page loop: for each section, new pages until its flow is drawn whole. Each page measures the
/// flow in the content box, fails with a layout error if nothing fits on an empty page, draws (onto
/// a page of the display list, counting the glyphs to embed). One pass: the elements' cursors move on.
/// </summary>
internal static class Paginator
{
    /// <summary>A runaway guard: no document of ours comes near it.</summary>
    private const int MaxPages = 20_000;

    /// <summary>Lays out all sections onto new pages of <paramref name="pages"/>; returns the number of pages (numbered from 1).</summary>
    /// <param name="title">An outline entry above the headings (level 0) pointing at the top of the first page: a document's title in a combined PDF.</param>
    public static int Run(IReadOnlyList<SectionLayout> sections, DisplayList pages, LayoutReport? report, EmbeddedFonts? fonts = null, string? title = null)
    {
        var page = 0;
        for (var s = 0; s < sections.Count; s++)
        {
            var section = sections[s];
            var idle = 0;
            SpacePlan plan;
            do
            {
                page++;
                if (page > MaxPages)
                {
                    throw new InvalidOperationException($"PDF: вёрстка не сходится (больше {MaxPages} страниц)");
                }

                plan = section.Content.Measure(section.ContentSize);
                if (plan.Kind == SpaceKind.Wrap)
                {
                    throw new LayoutException("PDF", plan.Span, plan.Reason ?? "блок не помещается на странице");
                }

                idle = plan.Kind == SpaceKind.PartialRender && plan.Height <= Element.Epsilon ? idle + 1 : 0;
                if (idle > 100)
                {
                    throw new InvalidOperationException("PDF: вёрстка не продвигается (пустые страницы подряд)");
                }

                report?.AddPage(new PageRecord(page, section.PageWidth, section.PageHeight, s));
                pages.BeginPage(section.PageWidth, section.PageHeight);
                var canvas = new DrawingCanvas(pages, page, report, fonts);
                if (page == 1 && title is not null)
                {
                    canvas.OutlineEntry(0, title, 0, 0);
                }

                section.Numbers.Draw(canvas, section, page);
                using (canvas.Offset(section.Left, section.Top))
                {
                    section.Content.Draw(canvas, section.ContentSize);
                }

            }
            while (plan.Kind == SpaceKind.PartialRender);
        }

        return page;
    }
}
