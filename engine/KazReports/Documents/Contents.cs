using SourceSpan = KazReports.Documents.SourceRef;

namespace KazReports.Documents;

/// <summary>
/// The table of contents: the document's headings down to <see cref="Levels"/>. DOCX writes a TOC
/// field Word updates; PDF lays the document out once to learn the headings' pages and prints them.
/// </summary>
public sealed record TableOfContents(string Title, int Levels, SourceSpan Span) : Block(Span)
{
    internal override void Accept<TArg>(IBlockVisitor<TArg> visitor, TArg arg) => visitor.Visit(this, arg);

    /// <summary>The headings it lists (filled when the document is complete), without pages.</summary>
    public IReadOnlyList<ContentsEntry> Entries { get; init; } = [];
}

/// <summary>A line of the contents: a heading and its page (null until the layout has placed it).</summary>
public sealed record ContentsEntry(int Level, string Title, int? Page = null);

public static class Contents
{
    /// <summary>Whether any section holds a table of contents.</summary>
    public static TableOfContents? Find(Document document) =>
        document.Sections.SelectMany(s => s.Blocks).OfType<TableOfContents>().FirstOrDefault();

    /// <summary>The document with its table of contents (if any) listing the document's headings.</summary>
    public static Document Fill(Document document)
    {
        if (Find(document) is not { } toc) return document;
        var entries = Entries(document, toc.Levels);
        return Replace(document, toc, toc with { Entries = entries });
    }

    /// <summary>The document with <paramref name="toc"/> replaced by <paramref name="blocks"/>.</summary>
    public static Document Replace(Document document, TableOfContents toc, params Block[] blocks) => document with
    {
        Sections = document.Sections.Select(s => s.Blocks.Contains(toc)
            ? s with { Blocks = s.Blocks.SelectMany(b => ReferenceEquals(b, toc) ? blocks : [b]).ToArray() }
            : s).ToArray(),
    };

    /// <summary>The headings of the sections' top level down to <paramref name="levels"/>, in order, without pages.</summary>
    public static IReadOnlyList<ContentsEntry> Entries(Document document, int levels) =>
        document.Sections.SelectMany(s => s.Blocks).OfType<Heading>()
            .Where(h => h.Level <= levels)
            .Select(h => new ContentsEntry(h.Level, Title(h)))
            .Where(e => e.Title.Length > 0)
            .ToArray();

    /// <summary>A heading's text on one line, as the outline shows it.</summary>
    public static string Title(Heading heading) =>
        Inlines.PlainText(heading.Content).Replace('\n', ' ').Replace('\u00A0', ' ').Trim();

    /// <summary>
    /// The contents as a borderless two-column table (title, page), for renderers that print the
    /// pages themselves; entries without a page get an empty page cell of the same width.
    /// </summary>
    public static Table AsTable(TableOfContents toc, IReadOnlyList<ContentsEntry> entries)
    {
        var rows = entries.Select(e => new TableRow([
            new TableCell([new Paragraph([new Run((e.Level > 1 ? new string('\u2003', 2 * (e.Level - 1)) : "") + e.Title)], toc.Span,
                Alignment: Alignment.Left, FirstLineIndent: false)], Alignment: Alignment.Left),
            new TableCell([new Paragraph([new Run(e.Page?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "")], toc.Span,
                Alignment: Alignment.Right, FirstLineIndent: false)], Alignment: Alignment.Right, VerticalAlignment: VerticalAlignment.Bottom),
        ], RowKind.Body, CantSplit: true)).ToArray();
        return new Table([new TableColumn(90), new TableColumn(10)], rows, toc.Span, Borders: false);
    }
}
