using KazReports.Documents;
using KazReports.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Inline = KazReports.Documents.Inline;

namespace KazReports.Templates.Markup;

/// <summary>Markdig inlines to model inlines: emphasis, ++underline++, ^sup^, ~sub~, &lt;br&gt;.</summary>
internal static class InlineBuilder
{
    public static IReadOnlyList<Inline> Build(ContainerInline? container, bool typograph = false)
    {
        var list = new List<Inline>();
        if (container is not null) Append(container, RunStyle.None, list);
        var merged = Merge(list);
        return typograph ? Typeset(merged) : merged;
    }

    /// <summary>Inline markup of a short text (a table cell, a line of a block).</summary>
    public static IReadOnlyList<Inline> Parse(string text, MarkdownPipeline pipeline, bool typograph = false)
    {
        if (text.Length == 0) return [];
        if (IsPlainText(text)) return new List<Inline>(1) { new Run(typograph ? Typograph.Apply(text) : text, RunStyle.None) };
        var inlines = ParseMarkdown(text, pipeline);
        return typograph ? Typeset(inlines) : inlines;
    }

    /// <summary>
    /// The typograph over a paragraph's runs taken as one text (a rule may join words of two runs);
    /// it replaces characters one for one, so each run gets its own stretch of the result back.
    /// </summary>
    internal static IReadOnlyList<Inline> Typeset(IReadOnlyList<Inline> inlines)
    {
        if (inlines.Count == 1 && inlines[0] is Run single)
        {
            var t = Typograph.Apply(single.Text);
            return ReferenceEquals(t, single.Text) ? inlines : [single with { Text = t }];
        }
        var joined = string.Concat(inlines.Select(i => i switch { Run r => r.Text, LineBreak => "\n", _ => " " }));
        var result = Typograph.Apply(joined);
        if (ReferenceEquals(result, joined)) return inlines;
        var list = new List<Inline>(inlines.Count);
        var at = 0;
        foreach (var inline in inlines)
        {
            if (inline is Run run)
            {
                list.Add(run with { Text = result.Substring(at, run.Text.Length) });
                at += run.Text.Length;
            }
            else
            {
                list.Add(inline);
                at++;
            }
        }
        return list;
    }

    /// <summary>The Markdown path of <see cref="Parse"/>, for any text.</summary>
    internal static IReadOnlyList<Inline> ParseMarkdown(string text, MarkdownPipeline pipeline)
    {
        if (text.Length == 0) return [];
        var doc = Markdown.Parse(EscapeBlockStarts(text), pipeline);
        var list = new List<Inline>();
        foreach (var block in doc)
        {
            if (list.Count > 0) list.Add(LineBreak.Instance);
            if (block is LeafBlock { Inline: { } inl }) Append(inl, RunStyle.None, list);
        }
        return Merge(list);
    }

    /// <summary>
    /// True when Markdown would read the text as one paragraph of one literal run equal to the text itself:
    /// no surrounding whitespace, no control characters, no ASCII character that starts inline markup
    /// (emphasis, ++, ^, ~, ::, code, links, HTML, entities, escapes) and nothing at the start that opens a block.
    /// Such text (most table cells) skips the Markdown parser.
    /// </summary>
    internal static bool IsPlainText(string text)
    {
        if (text.Length == 0 || char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])) return false;
        var first = text[0];
        if (first < 0x80 && !char.IsAsciiLetterOrDigit(first) && first is not ('(' or '"' or '\'' or '.' or ',' or '%' or '/')) return false;
        if (char.IsAsciiDigit(first))
        {
            // «1. », «2) » would open an ordered list; EscapeBlockStarts handles those on the full path.
            var i = 0;
            while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
            if (i < text.Length && text[i] is '.' or ')') return false;
        }
        for (var k = 0; k < text.Length; k++)
        {
            var c = text[k];
            if (c >= 0x80)
            {
                if (char.IsControl(c) || char.IsWhiteSpace(c) && c != '\u00A0' && c != '\u202F') return false;
                continue;
            }
            if (char.IsAsciiLetterOrDigit(c)) continue;
            switch (c)
            {
                case ' ' or '.' or ',' or ';' or '(' or ')' or '%' or '/' or '"' or '\'' or '?' or '-':
                    continue;
                case ':' when k + 1 >= text.Length || text[k + 1] != ':':
                    continue;
                default:
                    return false;
            }
        }
        return true;
    }

    /// <summary>Keeps «1. », «- », «# » at the start of a cell as text, not as list or heading.</summary>
    private static string EscapeBlockStarts(string text)
    {
        var t = text.TrimStart();
        if (t.Length == 0) return t;
        if (t[0] is '-' or '+' or '*' or '#' or '>' && (t.Length == 1 || t[1] == ' ')) return "\\" + t;
        var i = 0;
        while (i < t.Length && char.IsAsciiDigit(t[i])) i++;
        if (i > 0 && i < t.Length && t[i] is '.' or ')' && (i + 1 == t.Length || t[i + 1] == ' ')) return t[..i] + "\\" + t[i..];
        return t;
    }

    private static void Append(ContainerInline container, RunStyle style, List<Inline> list)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline lit:
                    list.Add(new Run(lit.Content.ToString(), style));
                    break;
                case EmphasisInline em:
                    Append(em, style | StyleOf(em), list);
                    break;
                case LineBreakInline lb:
                    if (lb.IsHard) list.Add(LineBreak.Instance);
                    else list.Add(new Run(" ", style));
                    break;
                case HtmlInline html when html.Tag.StartsWith("<br", StringComparison.OrdinalIgnoreCase):
                    list.Add(LineBreak.Instance);
                    break;
                case HtmlInline html:
                    list.Add(new Run(html.Tag, style));
                    break;
                case CodeInline code:
                    list.Add(new Run(code.Content, style));
                    break;
                case AutolinkInline link:
                    list.Add(new Run(link.Url, style));
                    break;
                case HtmlEntityInline entity:
                    list.Add(new Run(entity.Transcoded.ToString(), style));
                    break;
                case ContainerInline c:
                    Append(c, style, list);
                    break;
            }
        }
    }

    private static RunStyle StyleOf(EmphasisInline em) => (em.DelimiterChar, em.DelimiterCount) switch
    {
        ('*' or '_', 1) => RunStyle.Italic,
        ('*' or '_', >= 2) => RunStyle.Bold,
        ('+', 2) => RunStyle.Underline,
        ('^', 1) => RunStyle.Superscript,
        ('~', 1) => RunStyle.Subscript,
        _ => RunStyle.None,
    };

    /// <summary>Joins neighbouring runs of the same style.</summary>
    private static IReadOnlyList<Inline> Merge(List<Inline> list)
    {
        var result = new List<Inline>(list.Count);
        foreach (var i in list)
        {
            if (i is Run r && result.Count > 0 && result[^1] is Run prev && prev.Style == r.Style)
                result[^1] = new Run(prev.Text + r.Text, r.Style);
            else
                result.Add(i);
        }
        return result;
    }
}
