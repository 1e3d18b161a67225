using KazReports.Parsing;
using KazReports.Diagnostics;
using KazReports.Documents;
using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.EmphasisExtras;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using YamlDotNet.RepresentationModel;
using Block = KazReports.Documents.Block;
using Heading = KazReports.Documents.Heading;
using ListBlock = KazReports.Documents.ListBlock;
using ListItem = KazReports.Documents.ListItem;
using Paragraph = KazReports.Documents.Paragraph;
using SourceSpan = KazReports.Diagnostics.SourceSpan;

namespace KazReports.Templates.Markup;

/// <summary>
/// Reads the markup a template renders (Markdown with <c>:::</c> directives, see
/// templates/README.md) into the document model. Each block keeps the template span of its line.
/// </summary>
public static class MarkupParser
{
    internal static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseCustomContainers()
        .UseEmphasisExtras(EmphasisExtraOptions.Inserted | EmphasisExtraOptions.Superscript | EmphasisExtraOptions.Subscript)
        .UseYamlFrontMatter()
        .Build();

    public static Document Parse(RenderedText rendered, Theme theme, DocumentInfo info, DiagnosticBag bag)
    {
        var text = rendered.Text;
        // Markdig gives up on deep nesting with an exception, and is slow on thousands of levels before it does.
        if (MarkupDepth.TooDeep(text) is { } deep)
        {
            bag.Error(TemplateCodes.Limit, rendered.SpanOfLine(deep), $"разметка вложена глубже {MarkupDepth.MaxDepth} уровней (списки, цитаты «>», отступы)");
            return new Document(info, []);
        }
        Markdig.Syntax.MarkdownDocument md;
        try
        {
            md = Markdown.Parse(text, Pipeline);
        }
        catch (ArgumentException)
        {
            bag.Error(TemplateCodes.Limit, rendered.SpanOfLine(0), $"разметка вложена слишком глубоко (скобки, выделения, ссылки): документ не разобран");
            return new Document(info, []);
        }
        var ctx = new Context(text, rendered.SpanOfLine, theme, bag);
        var sections = new List<Section>();
        var current = new List<Block>();
        var page = new PageSetup(Orientation.Portrait, theme.Margins, theme.PageNumbers);
        var sectionSpan = rendered.SpanOfLine(0);

        void Flush()
        {
            if (current.Count > 0) sections.Add(new Section(page, current.ToArray(), sectionSpan));
            current = [];
        }

        foreach (var block in md)
        {
            if (block is YamlFrontMatterBlock fm)
            {
                info = ReadFrontMatter(fm, ctx, info);
                continue;
            }
            if (block is CustomContainer { Info: "section" } sec)
            {
                Flush();
                var a = Attributes.Parse(sec.Arguments);
                var saved = page;
                page = page with
                {
                    Orientation = a["orientation"] == "landscape" ? Orientation.Landscape : Orientation.Portrait,
                    Numbering = a["numbering"] == "none" ? page.Numbering with { Show = false } : page.Numbering,
                };
                sectionSpan = ctx.Span(sec);
                current.AddRange(ctx.Blocks(sec));
                Flush();
                page = saved;
                continue;
            }
            current.AddRange(ctx.Convert(block));
        }
        Flush();
        if (sections.Count == 0) sections.Add(new Section(page, [], sectionSpan));
        return Contents.Fill(new Document(info, sections));
    }

    private static DocumentInfo ReadFrontMatter(YamlFrontMatterBlock fm, Context ctx, DocumentInfo info)
    {
        var lines = ctx.RawLines(fm);
        if (FrontMatter.Literal(lines) is { } plain)
        {
            return info with
            {
                Title = plain.GetValueOrDefault("title") ?? info.Title,
                Subject = plain.GetValueOrDefault("subject") ?? info.Subject,
                Keywords = plain.GetValueOrDefault("keywords") ?? info.Keywords,
                Author = plain.GetValueOrDefault("author") ?? info.Author,
            };
        }
        YamlStream stream;
        try
        {
            stream = KazReports.Parsing.SafeYaml.Load(new StringReader(string.Join('\n', lines)));
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            ctx.Bag.Error(TemplateCodes.Markup, ctx.Span(fm), "заголовок документа (---) не YAML: " + KazReports.Parsing.SafeYaml.Message(e));
            return info;
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode map) return info;
        string? Get(string key) => map.Children.TryGetValue(new YamlScalarNode(key), out var v) && v is YamlScalarNode s ? s.Value : null;
        return info with
        {
            Title = Get("title") ?? info.Title,
            Subject = Get("subject") ?? info.Subject,
            Keywords = Get("keywords") ?? info.Keywords,
            Author = Get("author") ?? info.Author,
        };
    }

    /// <summary>State shared by the block converters of one document.</summary>
    internal sealed class Context(string text, Func<int, SourceSpan> spanOfLine, Theme theme, DiagnosticBag bag)
    {
        public DiagnosticBag Bag { get; } = bag;

        /// <summary>Charts numbered through the document: «Рисунок N — …».</summary>
        public int ChartCount { get; set; }
        public Theme Theme { get; } = theme;

        public SourceSpan Span(Markdig.Syntax.Block b) => spanOfLine(b.Line);

        public SourceSpan SpanOfLine(int line) => spanOfLine(line);

        /// <summary>The source lines inside a fenced block, without its opening and closing fence.</summary>
        public IReadOnlyList<string> RawLines(Markdig.Syntax.Block b)
        {
            var start = Math.Max(0, b.Span.Start);
            var end = Math.Min(text.Length - 1, b.Span.End);
            if (end < start) return [];
            // The lines after the first one (the fence), each without its trailing carriage returns.
            var lines = new List<string>();
            var limit = end + 1;
            var pos = text.IndexOf('\n', start, limit - start);
            while (pos >= 0)
            {
                var from = pos + 1;
                var next = from < limit ? text.IndexOf('\n', from, limit - from) : -1;
                var to = next < 0 ? limit : next;
                while (to > from && text[to - 1] == '\r') to--;
                lines.Add(text.Substring(from, to - from));
                pos = next;
            }
            if (lines.Count > 0 && (lines[^1].TrimStart().StartsWith(":::", StringComparison.Ordinal) || lines[^1].TrimStart().StartsWith("---", StringComparison.Ordinal)))
                lines.RemoveAt(lines.Count - 1);
            return lines;
        }

        public IEnumerable<Block> Blocks(ContainerBlock container) => container.SelectMany(Convert);

        public IEnumerable<Block> Convert(Markdig.Syntax.Block block)
        {
            var span = Span(block);
            switch (block)
            {
                case HeadingBlock h:
                    yield return new Heading(Math.Clamp(h.Level, 1, 3), InlineBuilder.Build(h.Inline, Theme.Typography.Typograph), span);
                    break;
                case ParagraphBlock p when IsPageBreak(p):
                    yield return new PageBreak(span);
                    break;
                case ParagraphBlock p:
                    yield return new Paragraph(InlineBuilder.Build(p.Inline, Theme.Typography.Typograph), span);
                    break;
                case Markdig.Syntax.ListBlock list:
                    yield return ConvertList(list);
                    break;
                case CustomContainer c:
                    foreach (var b in Directives.Convert(c, this)) yield return b;
                    break;
                case ThematicBreakBlock:
                case BlankLineBlock:
                case LinkReferenceDefinitionGroup:
                    break;
                case LeafBlock leaf:
                    // Indented code and the like: kept as plain paragraphs of their text.
                    // An empty fenced block («```» with nothing after it) has no line array at all.
                    var t = leaf.Lines.Lines is null ? ""
                        : string.Join(" ", leaf.Lines.Lines.Take(leaf.Lines.Count).Select(l => l.ToString().Trim()));
                    if (t.Length > 0) yield return new Paragraph(Inlines.Text(t), span);
                    break;
                case ContainerBlock other:
                    foreach (var b in Blocks(other)) yield return b;
                    break;
            }
        }

        private ListBlock ConvertList(Markdig.Syntax.ListBlock list)
        {
            var items = list.OfType<ListItemBlock>()
                .Select(i => new ListItem(Blocks(i).ToArray(), Span(i)))
                .ToArray();
            var start = int.TryParse(list.OrderedStart, out var s) ? s : 1;
            return new ListBlock(list.IsOrdered, start, items, Span(list));
        }

        private static bool IsPageBreak(ParagraphBlock p) =>
            p.Inline?.FirstChild is Markdig.Syntax.Inlines.LiteralInline lit && p.Inline.FirstChild == p.Inline.LastChild &&
            lit.Content.ToString().Trim() is "\\newpage" or "newpage";
    }
}
