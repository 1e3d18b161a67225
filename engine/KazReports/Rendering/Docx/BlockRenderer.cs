using KazReports.Documents;
using ModelParagraph = KazReports.Documents.Paragraph;
using ModelTable = KazReports.Documents.Table;

namespace KazReports.Rendering.Docx;

/// <summary>Writes the model's blocks as body (or cell) elements, delegating lists, tables, media and official blocks.</summary>
internal sealed class BlockRenderer : IBlockVisitor<BlockRenderer.Into>
{
    private readonly ListRenderer lists;
    private readonly TableRenderer tables;
    private readonly MediaRenderer media;
    private readonly OfficialBlockRenderer official;
    private readonly DocxContext context;

    public BlockRenderer(DocxContext context)
    {
        this.context = context;
        lists = new ListRenderer(context, this);
        tables = new TableRenderer(context, this);
        media = new MediaRenderer(context);
        official = new OfficialBlockRenderer(context);
    }

    /// <summary>Where a block goes: its frame and the elements it is appended to.</summary>
    internal readonly record struct Into(BlockFrame Frame, List<BodyElement> Result);

    public List<BodyElement> WriteAll(IReadOnlyList<Block> blocks, BlockFrame frame) => WriteAll(blocks, frame, new List<BodyElement>(blocks.Count));

    /// <summary>Appends the elements of the blocks to <paramref name="result"/> (a cell's content) and returns it.</summary>
    public List<BodyElement> WriteAll(IReadOnlyList<Block> blocks, BlockFrame frame, List<BodyElement> result)
    {
        var pending = 0.0;
        for (var i = 0; i < blocks.Count; i++)
        {
            // A letter's letterhead and addressee sit side by side, as on a real blank.
            if (!frame.InTable && blocks[i] is Letterhead letterhead && i + 1 < blocks.Count && blocks[i + 1] is Addressee addressee
                && official.LetterheadWithAddressee(letterhead, addressee, frame) is { } pair)
            {
                result.Add(pair);
                i++;
                continue;
            }

            var first = result.Count;
            Write(blocks[i], frame, result);
            if (!frame.InTable && result.Count > first)
            {
                if (pending > 0 && result[first] is WordParagraph top)
                {
                    Before(top, pending);
                }

                if (first > 0 && result[first - 1] is WordParagraph previous && result[first] is WordParagraph current)
                {
                    RoleSpacing.Collapse(previous, current, context.Theme);
                }

                pending = Space(result, first, i > 0 ? blocks[i - 1] : null, blocks[i], i + 1 < blocks.Count ? blocks[i + 1] : null);
            }
        }

        return result;
    }

    /// <summary>
    /// The theme's space around a table (<see cref="BlockSpacing"/>),
    /// each gap set on one side only (the paragraph above, else the one below a table), so Word,
    /// which adds space after and before, and LibreOffice, which takes the larger, show the same gap.
    /// </summary>
    /// <returns>The space still to put before the next block (after a table).</returns>
    private double Space(List<BodyElement> result, int first, Block? previous, Block block, Block? next)
    {
        var (before, after) = BlockSpacing.Around(previous, block, next, context.Theme);
        if (before > 0)
        {
            if (first > 0 && result[first - 1] is WordParagraph above)
            {
                After(above, before);
            }
            else if (result[first] is WordParagraph top)
            {
                Before(top, before);
            }
        }

        if (after > 0 && result[^1] is WordParagraph below)
        {
            After(below, after);
            return 0;
        }

        return after;
    }

    private static void Before(WordParagraph paragraph, double pt) =>
        paragraph.Format.Spacing = (paragraph.Format.Spacing ?? default) with { Before = Math.Max(paragraph.Format.Spacing?.Before ?? 0, Units.PointTwips(pt)) };

    private static void After(WordParagraph paragraph, double pt) =>
        paragraph.Format.Spacing = (paragraph.Format.Spacing ?? default) with { After = Math.Max(paragraph.Format.Spacing?.After ?? 0, Units.PointTwips(pt)) };

    /// <summary>Appends the elements of one block to <paramref name="result"/>.</summary>
    public void Write(Block block, BlockFrame frame, List<BodyElement> result) => block.Accept(this, new Into(frame, result));

    public void Visit(Heading heading, Into into) => into.Result.Add(HeadingParagraph(heading, into.Frame));

    public void Visit(ModelParagraph paragraph, Into into) => into.Result.Add(Paragraph(paragraph, into.Frame));

    public void Visit(ListBlock list, Into into) => lists.Write(list, into.Frame, into.Result);

    public void Visit(PageBreak pageBreak, Into into) => into.Result.Add(new WordParagraph(runs: [new SymbolRun(SymbolRun.Kind.PageBreak)]));

    public void Visit(ImageBlock image, Into into) => into.Result.Add(media.Image(image, into.Frame));

    public void Visit(ChartBlock chart, Into into) => media.Chart(chart, into.Frame, into.Result);

    public void Visit(ModelTable table, Into into) => into.Result.Add(tables.Write(table, into.Frame));

    public void Visit(TableOfContents contents, Into into) => ContentsRenderer.Write(contents, context, into.Result);

    public void Visit(Letterhead letterhead, Into into) => into.Result.AddRange(official.Letterhead(letterhead, into.Frame));

    public void Visit(OrderHeader order, Into into) => into.Result.AddRange(official.OrderHeader(order, into.Frame));

    public void Visit(ApprovalStamp stamp, Into into) => into.Result.AddRange(official.Stamp(stamp, into.Frame));

    public void Visit(AppendixMark mark, Into into) => into.Result.AddRange(official.AppendixMark(mark, into.Frame));

    public void Visit(Addressee addressee, Into into) => into.Result.AddRange(official.Addressee(addressee, into.Frame));

    public void Visit(Signature signature, Into into)
    {
        // The signature takes the last lines of the text before it to a new page (widow
        // control makes that two at least), never stands alone.
        if (into.Result.Count > 0 && into.Result[^1] is WordParagraph before)
        {
            before.Format.KeepNext = true;
        }

        into.Result.Add(official.Signature(signature, into.Frame));
    }

    public void Visit(Executor executor, Into into) => into.Result.AddRange(official.Executor(executor, into.Frame));

    /// <summary>A model paragraph; extra properties (numbering, indents) may be added by the caller.</summary>
    public WordParagraph Paragraph(ModelParagraph paragraph, BlockFrame frame, string? styleOverride = null)
    {
        var style = StyleIds.Resolve(paragraph.Style);
        if (frame.InTable && style == StyleIds.Normal)
        {
            style = StyleIds.TableText;
        }

        style = styleOverride is not null && style == StyleIds.Normal ? styleOverride : style;
        var format = new ParagraphFormat
        {
            Style = style == StyleIds.Normal ? null : style,
            KeepNext = paragraph.KeepWithNext,
            Indentation = paragraph.FirstLineIndent switch
            {
                true => new Indent(FirstLine: Units.Twips(context.Theme.FirstLineIndentMm)),
                false => new Indent(FirstLine: 0),
                null => null,
            },
            Justification = Units.Justification(paragraph.Alignment) ?? frame.Alignment,
        };
        return new WordParagraph(format, InlineWriter.Runs(paragraph.Content, frame.ExtraStyle));
    }

    private static WordParagraph HeadingParagraph(Heading heading, BlockFrame frame)
    {
        var format = new ParagraphFormat
        {
            Style = StyleIds.Heading(heading.Level),
            Justification = frame.Alignment,
        };
        return new WordParagraph(format, InlineWriter.Runs(heading.Content, frame.ExtraStyle));
    }
}
