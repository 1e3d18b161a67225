using KazReports.Documents;

namespace KazReports.Rendering.Html;

/// <summary>
/// Blocks as semantic HTML: the first title paragraph is the page's &lt;h1&gt;, headings keep their
/// level, paragraphs carry their style and alignment as classes, lists are &lt;ul&gt;/&lt;ol&gt;;
/// tables, charts and official blocks have their own renderers.
/// </summary>
internal static class BlockRenderer
{
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
                OfficialBlockRenderer.Pair(cx, lh, ad);
                i++;
                continue;
            }
            Write(cx, block, inTable);
        }
    }

    private static void Write(HtmlContext cx, Block block, bool inTable)
    {
        var w = cx.W;
        switch (block)
        {
            case Heading h:
                var level = Math.Clamp(h.Level, 1, 3);
                if (level == 1 && cx.HasH1) level = 2;
                cx.HasH1 |= level == 1;
                cx.Heading(h.Level, Inlines.PlainText(h.Content));
                w.Open("h" + level);
                InlineRenderer.Write(w, h.Content);
                w.Close("h" + level).Line();
                break;
            case Paragraph p:
                Paragraph(cx, p, inTable);
                break;
            case ListBlock list:
                List(cx, list);
                break;
            case Table t:
                TableRenderer.Write(cx, t, null);
                break;
            case ChartBlock chart:
                MediaRenderer.Chart(cx, chart.Spec);
                break;
            case ImageBlock image:
                MediaRenderer.Image(cx, image);
                break;
            case PageBreak:
                // Sheets are split at page breaks by the page renderer; a break inside a cell or list is dropped.
                break;
            default:
                OfficialBlockRenderer.Write(cx, block);
                break;
        }
    }

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
