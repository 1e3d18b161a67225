using KazReports.Documents;

namespace KazReports.Rendering.Html;

/// <summary>
/// Blocks as semantic HTML: the first title paragraph is the page's &lt;h1&gt;, headings keep their
/// level, paragraphs carry their style and alignment as classes, lists are &lt;ul&gt;/&lt;ol&gt;;
/// tables, charts and official blocks have their own renderers.
/// </summary>
internal sealed class BlockRenderer : IBlockVisitor<BlockRenderer.Into>
{
    private static readonly BlockRenderer Instance = new();

    private BlockRenderer()
    {
    }

    /// <summary>Where a block goes: the page being written, and whether in a table cell.</summary>
    internal readonly record struct Into(HtmlContext Cx, bool InTable);

    public static void Write(HtmlContext cx, IReadOnlyList<Block> blocks, bool inTable = false)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            var next = i + 1 < blocks.Count ? blocks[i + 1] : null;
            // A «Таблица N …» paragraph right before a table becomes its caption.
            if (!inTable && block is Paragraph p && next is Table && TableRenderer.IsCaption(p))
            {
                TableRenderer.Write(cx, (Table)next, p);
                i++;
                continue;
            }
            // In a letter the letterhead and the addressee stand side by side, tops aligned.
            if (!inTable && block is Letterhead lh && next is Addressee ad)
            {
                OfficialBlockRenderer.LetterheadWithAddressee(cx, lh, ad);
                i++;
                continue;
            }
            block.Accept(Instance, new Into(cx, inTable));
        }
    }

    public void Visit(Heading heading, Into into)
    {
        var (cx, w) = (into.Cx, into.Cx.W);
        var level = Math.Clamp(heading.Level, 1, 3);
        if (level == 1 && cx.HasH1) level = 2;
        cx.HasH1 |= level == 1;
        cx.Heading(heading.Level, Inlines.PlainText(heading.Content));
        var id = !into.InTable && heading.Level <= cx.ContentsLevels && Contents.Title(heading).Length > 0 ? cx.NextContentsId() : null;
        w.Open("h" + level, ("id", id));
        InlineRenderer.Write(w, heading.Content);
        w.Close("h" + level).Line();
    }

    public void Visit(Paragraph paragraph, Into into) => Paragraph(into.Cx, paragraph, into.InTable);

    public void Visit(ListBlock list, Into into) => List(into.Cx, list);

    public void Visit(Table table, Into into) => TableRenderer.Write(into.Cx, table, null);

    public void Visit(ChartBlock chart, Into into) => MediaRenderer.Chart(into.Cx, chart.Spec);

    public void Visit(ImageBlock image, Into into) => MediaRenderer.Image(into.Cx, image);

    /// <summary>Nothing: sheets are split at page breaks by the page renderer; a break inside a cell or list is dropped.</summary>
    public void Visit(PageBreak pageBreak, Into into)
    {
    }

    /// <summary>
    /// The contents as links to the headings (a web page has no page numbers): the same entries as in
    /// DOCX and PDF, each pointing at its heading's id (<see cref="HtmlContext.NextContentsId"/>).
    /// </summary>
    public void Visit(TableOfContents contents, Into into)
    {
        if (contents.Entries.Count == 0) return;
        var w = into.Cx.W;
        w.Open("nav", ("class", "contents"), ("aria-label", contents.Title)).Line();
        w.Element("p", contents.Title, ("class", "title")).Line();
        w.Open("ul").Line();
        for (var i = 0; i < contents.Entries.Count; i++)
        {
            var entry = contents.Entries[i];
            w.Open("li", ("class", entry.Level > 1 ? "level-" + entry.Level.ToString(System.Globalization.CultureInfo.InvariantCulture) : null));
            w.Element("a", entry.Title, ("href", "#" + HtmlContext.ContentsId(i + 1)));
            w.Close("li").Line();
        }

        w.Close("ul").Line().Close("nav").Line();
    }

    public void Visit(Letterhead letterhead, Into into) => OfficialBlockRenderer.Letterhead(into.Cx, letterhead);

    public void Visit(OrderHeader order, Into into) => OfficialBlockRenderer.OrderHeader(into.Cx, order);

    public void Visit(ApprovalStamp stamp, Into into) => OfficialBlockRenderer.Stamp(into.Cx, stamp);

    public void Visit(AppendixMark mark, Into into) => OfficialBlockRenderer.AppendixMark(into.Cx, mark);

    public void Visit(Addressee addressee, Into into) => OfficialBlockRenderer.Addressee(into.Cx, addressee);

    public void Visit(Signature signature, Into into) => OfficialBlockRenderer.Signature(into.Cx, signature);

    public void Visit(Executor executor, Into into) => OfficialBlockRenderer.Executor(into.Cx, executor);

    private static void Paragraph(HtmlContext cx, Paragraph p, bool inTable)
    {
        var w = cx.W;
        if (p.Style == "Title" && !inTable && !cx.HasH1)
        {
            cx.HasH1 = true;
            w.Open("h1", ("class", "title" + AlignClass(p.Alignment, Alignment.Center)));
            InlineRenderer.Write(w, p.Content);
            w.Close("h1").Line();
            return;
        }
        var classes = new List<string>();
        if (p.Style == "Title") classes.Add("title");
        if (p.Style == "Small") classes.Add("small");
        if (RoleClass(p.Style) is { } role) classes.Add(role);
        var align = AlignClass(p.Alignment, Alignment.Default).Trim();
        if (align.Length > 0) classes.Add(align);
        if (p.FirstLineIndent == false) classes.Add("noindent");
        if (p.FirstLineIndent == true && (inTable || p.Style != "Normal")) classes.Add("indent");
        w.Open("p", ("class", classes.Count > 0 ? string.Join(" ", classes) : null));
        InlineRenderer.Write(w, p.Content);
        w.Close("p").Line();
    }

    private static void List(HtmlContext cx, ListBlock list)
    {
        var w = cx.W;
        var tag = list.Ordered ? "ol" : "ul";
        w.Open(tag, ("class", list.Kind == ListKind.Clauses ? "clauses" : null),
            ("start", list.Ordered && list.Start != 1 ? list.Start.ToString(System.Globalization.CultureInfo.InvariantCulture) : null)).Line();
        foreach (var item in list.Items)
        {
            w.Open("li");
            if (item.Blocks is [Paragraph only]) InlineRenderer.Write(w, only.Content);
            else Write(cx, item.Blocks);
            w.Close("li").Line();
        }
        w.Close(tag).Line();
    }

    /// <summary>The class of a part of an official document's text (its spacing comes from the theme, see <see cref="StyleSheet"/>).</summary>
    private static string? RoleClass(string style) => style switch
    {
        StyleNames.Subject => "subject",
        StyleNames.Salutation => "salutation",
        StyleNames.OrderWord => "order-word",
        _ => null,
    };

    public static string AlignClass(Alignment alignment, Alignment none) =>
        alignment == none || alignment == Alignment.Default ? "" : " al-" + alignment.ToString().ToLowerInvariant();
}
