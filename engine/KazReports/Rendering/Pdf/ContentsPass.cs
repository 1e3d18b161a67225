using KazReports.Documents;
using KazReports.Rendering.Pdf.Blocks;
using KazReports.Rendering.Pdf.Layout;

namespace KazReports.Rendering.Pdf;

/// <summary>
/// Page numbers for a table of contents: the document is laid out once with the contents' page
/// cells empty (the same lines, so the same pages), the headings' pages are read from the outline
/// of that pass, and the contents is printed with them as a borderless table.
/// </summary>
internal static class ContentsPass
{
    public static Document Resolve(Document document, PdfContext context)
    {
        if (Contents.Find(document) is not { } toc) return document;
        var draft = Substitute(document, toc, toc.Entries);
        var report = new LayoutReport(keepsRecords: false);
        using (var pages = new DisplayList())
        {
            Paginator.Run(SectionRenderer.Build(draft, context), pages, report);
        }

        var outline = report.Outline.Where(o => o.Level >= 1 && o.Level <= toc.Levels).ToArray();
        var placed = new List<ContentsEntry>(toc.Entries.Count);
        var j = 0;
        foreach (var entry in toc.Entries)
        {
            var k = j;
            while (k < outline.Length && !string.Equals(outline[k].Title, entry.Title, StringComparison.Ordinal)) k++;
            if (k < outline.Length)
            {
                placed.Add(entry with { Page = outline[k].Page });
                j = k + 1;
            }
            else
            {
                placed.Add(entry);
            }
        }

        return Substitute(document, toc, placed);
    }

    private static Document Substitute(Document document, TableOfContents toc, IReadOnlyList<ContentsEntry> entries) =>
        Contents.Replace(document, toc, Blocks(toc, entries));

    /// <summary>The contents as PDF prints it: the title, then a borderless table of the entries and their pages.</summary>
    public static Block[] Blocks(TableOfContents toc, IReadOnlyList<ContentsEntry> entries) =>
    [
        new Paragraph([new Run(toc.Title, RunStyle.Bold)], toc.Span, "Title", Alignment.Center, false, KeepWithNext: true),
        Contents.AsTable(toc, entries),
    ];
}
