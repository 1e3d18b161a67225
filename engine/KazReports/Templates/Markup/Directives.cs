using KazReports.Documents;
using Markdig.Extensions.CustomContainers;
using Block = KazReports.Documents.Block;
using ListBlock = KazReports.Documents.ListBlock;
using Paragraph = KazReports.Documents.Paragraph;

namespace KazReports.Templates.Markup;

/// <summary>The <c>::: name</c> directives: official blocks, tables, alignment wrappers.</summary>
internal static class Directives
{
    public static readonly string[] Known =
        ["letterhead", "order-header", "stamp", "appendix", "addressee", "signature", "executor", "table", "chart",
         "center", "right", "left", "noindent", "title", "small", "keep", "contents",
         "subject", "salutation", "order-word", "clauses"];

    public static IEnumerable<Block> Convert(CustomContainer c, MarkupParser.Context ctx)
    {
        var span = ctx.Span(c);
        var a = Attributes.Parse(c.Arguments);
        // The directives that read their body as plain lines; tables, charts and wrappers read it themselves.
        var lines = c.Info is "letterhead" or "order-header" or "stamp" or "appendix" or "addressee" or "executor" or "signature"
            ? ctx.RawLines(c).Select(l => l.Trim()).Where(l => l.Length > 0)
                .Select(l => ctx.Theme.Typography.Typograph ? Text.Typograph.Apply(l) : l).ToArray()
            : [];
        switch (c.Info)
        {
            case "letterhead":
            {
                var split = Array.IndexOf(lines, "--");
                var head = split < 0 ? lines : lines[..split];
                var details = split < 0 ? [] : lines[(split + 1)..];
                return [new Letterhead(head, details, span)];
            }
            case "order-header":
                return [new OrderHeader(string.Join("\n", lines), a["title"] ?? "ПРИКАЗ", a["date"] ?? "", a["number"] ?? "", a["place"], span)];
            case "stamp":
                return [new ApprovalStamp(lines, span)];
            case "appendix":
                return [new AppendixMark(lines, span)];
            case "addressee":
                return [new Addressee(lines, span)];
            case "executor":
                return [new Executor(lines, span)];
            case "signature":
                if (a["name"] is not { } name)
                {
                    ctx.Bag.Error(TemplateCodes.Markup, span, "::: signature: нужен атрибут name=\"И.О. Фамилия\"");
                    return [];
                }
                return [new Signature(lines, name.Replace(' ', '\u00A0'), span)];
            case "table":
                return TableMarkup.Parse(c, a, ctx) is { } t ? [t] : [];
            case "chart":
                return ChartMarkup.Parse(c, a, ctx) is { } ch ? [ch] : [];
            case "contents":
                return [new TableOfContents(a["title"] ?? "Содержание", int.TryParse(a["levels"], out var levels) ? Math.Clamp(levels, 1, 3) : 2, span)];
            case "center":
                return Restyle(ctx.Blocks(c), p => p with { Alignment = Alignment.Center, FirstLineIndent = false });
            case "right":
                return Restyle(ctx.Blocks(c), p => p with { Alignment = Alignment.Right, FirstLineIndent = false });
            case "left":
                return Restyle(ctx.Blocks(c), p => p with { Alignment = Alignment.Left, FirstLineIndent = false });
            case "noindent":
                return Restyle(ctx.Blocks(c), p => p with { FirstLineIndent = false });
            case "title":
                return Restyle(ctx.Blocks(c), p => p with { Style = "Title", Alignment = Alignment.Center, FirstLineIndent = false, KeepWithNext = true });
            case "small":
                return Restyle(ctx.Blocks(c), p => p with { Style = "Small", FirstLineIndent = false });
            case "keep":
                return Restyle(ctx.Blocks(c), p => p with { KeepWithNext = true });
            case "subject":
                // Left by default (a letter's subject); «align=center» for an order's title.
                return Restyle(ctx.Blocks(c), p => p with
                {
                    Style = StyleNames.Subject,
                    Alignment = a["align"] is "center" ? Alignment.Center : p.Alignment,
                });
            case "salutation":
                return Restyle(ctx.Blocks(c), p => p with { Style = StyleNames.Salutation });
            case "order-word":
                return Restyle(ctx.Blocks(c), p => p with { Style = StyleNames.OrderWord });
            case "clauses":
                return Clauses(ctx.Blocks(c).ToArray(), span, ctx);
            default:
                ctx.Bag.Error(TemplateCodes.Markup, span, $"неизвестный блок «::: {c.Info}»; известны: {string.Join(", ", Known)}");
                return ctx.Blocks(c).ToArray();
        }
    }

    /// <summary>The ordered lists inside <c>::: clauses</c> become clause lists; anything else there is an error.</summary>
    private static IEnumerable<Block> Clauses(Block[] blocks, SourceRef span, MarkupParser.Context ctx)
    {
        if (blocks.Any(b => b is not ListBlock { Ordered: true }))
        {
            ctx.Bag.Error(TemplateCodes.Markup, span, "::: clauses: внутри должен быть только нумерованный список «1. …»");
        }

        return blocks.Select(b => b is ListBlock { Ordered: true } list ? list with { Kind = ListKind.Clauses } : b).ToArray();
    }

    private static IEnumerable<Block> Restyle(IEnumerable<Block> blocks, Func<Paragraph, Paragraph> change) =>
        blocks.Select(b => b is Paragraph p ? change(p) : b).ToArray();
}
