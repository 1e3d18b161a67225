using KazReports.Diagnostics;
using KazReports.Documents;
using KazReports.Rendering.Pdf.Layout;
using KazReports.Rendering.Pdf.Tables;
using KazReports.Rendering.Pdf.Text;

namespace KazReports.Rendering.Pdf.Blocks;

/// <summary>
/// Turns the model's blocks into layout elements: one slot per block in a column (lists flatten
/// into their paragraphs, as in the DOCX), delegating lists, tables, media and official blocks.
/// </summary>
internal sealed class BlockRenderer : IBlockVisitor<BlockRenderer.Into>
{
    private readonly PdfContext context;
    private readonly ListRenderer lists;
    private readonly TableRenderer tables;
    private readonly OfficialBlockRenderer official;
    private readonly MediaRenderer media;

    public BlockRenderer(PdfContext context)
    {
        this.context = context;
        lists = new ListRenderer(context, this);
        tables = new TableRenderer(context, this);
        official = new OfficialBlockRenderer(context);
        media = new MediaRenderer(context);
    }

    /// <summary>Where a block goes: its frame and the slots it is appended to.</summary>
    internal readonly record struct Into(BlockFrame Frame, List<Slot> Slots);

    public Column Flow(IReadOnlyList<Block> blocks, BlockFrame frame, SourceSpan span)
    {
        var slots = new List<Slot>();
        for (var i = 0; i < blocks.Count; i++)
        {
            // A letter's letterhead and addressee sit side by side, as on a real blank.
            if (!frame.InTable && blocks[i] is Letterhead letterhead && i + 1 < blocks.Count && blocks[i + 1] is Addressee addressee
                && official.LetterheadWithAddressee(letterhead, addressee, frame) is { } pair)
            {
                slots.Add(pair);
                i++;
                continue;
            }

            var first = slots.Count;
            Append(slots, blocks[i], frame);
            if (!frame.InTable && slots.Count > first)
            {
                Space(slots, first, i > 0 ? blocks[i - 1] : null, blocks[i], i + 1 < blocks.Count ? blocks[i + 1] : null);
            }
        }

        return new Column(slots, blocks.Count > 0 ? blocks[0].Span : span);
    }

    /// <summary>Appends the slots of one block to <paramref name="slots"/>.</summary>
    public void Append(List<Slot> slots, Block block, BlockFrame frame) => block.Accept(this, new Into(frame, slots));

    public void Visit(Heading heading, Into into) => into.Slots.Add(HeadingSlot(heading, into.Frame));

    public void Visit(Paragraph paragraph, Into into) => into.Slots.Add(ParagraphSlot(paragraph, into.Frame, into.Frame.Indent, marker: null));

    public void Visit(ListBlock list, Into into) => lists.Append(into.Slots, list, into.Frame, 0);

    public void Visit(PageBreak pageBreak, Into into) => into.Slots.Add(new Slot(new PageBreakElement(pageBreak.Span)));

    public void Visit(Table table, Into into) => into.Slots.Add(new Slot(Indented(tables.Build(table, into.Frame), into.Frame)));

    public void Visit(ImageBlock image, Into into) =>
        into.Slots.Add(new Slot(Indented(media.Image(image, into.Frame.Width - into.Frame.Indent), into.Frame), 0, (float)context.Theme.SpaceAfterPt));

    public void Visit(ChartBlock chart, Into into) =>
        into.Slots.Add(new Slot(Indented(media.Chart(chart, into.Frame.Width - into.Frame.Indent), into.Frame), MediaRenderer.ChartGap, MediaRenderer.ChartGap));

    /// <summary>
    /// A contents the page pass has not replaced (<see cref="ContentsPass"/> gives the document's
    /// contents its pages): its title and its lines, without pages.
    /// </summary>
    public void Visit(TableOfContents contents, Into into)
    {
        foreach (var block in ContentsPass.Blocks(contents, contents.Entries))
        {
            block.Accept(this, into);
        }
    }

    public void Visit(Letterhead letterhead, Into into) => into.Slots.Add(official.Letterhead(letterhead, into.Frame));

    public void Visit(OrderHeader order, Into into) => into.Slots.Add(official.OrderHeader(order));

    public void Visit(ApprovalStamp stamp, Into into) => into.Slots.Add(official.Stamp(stamp, into.Frame));

    public void Visit(AppendixMark mark, Into into) => into.Slots.Add(official.AppendixMark(mark, into.Frame));

    public void Visit(Addressee addressee, Into into) => into.Slots.Add(official.Addressee(addressee, into.Frame));

    public void Visit(Signature signature, Into into) => into.Slots.Add(official.Signature(signature));

    public void Visit(Executor executor, Into into) => into.Slots.Add(official.Executor(executor, into.Frame));

    /// <summary>The theme's space around a table (<see cref="BlockSpacing"/>) on the slots of one block; titles, salutations and «ПРИКАЗЫВАЮ:» are spaced by their paragraph styles.</summary>
    private void Space(List<Slot> slots, int first, Block? previous, Block block, Block? next)
    {
        var (before, after) = BlockSpacing.Around(previous, block, next, context.Theme);
        if (before > 0)
        {
            slots[first] = slots[first] with { SpaceBefore = Math.Max(slots[first].SpaceBefore, (float)before) };
        }

        if (after > 0)
        {
            slots[^1] = slots[^1] with { SpaceAfter = Math.Max(slots[^1].SpaceAfter, (float)after) };
        }
    }

    /// <summary>A model paragraph in its style; <paramref name="left"/> and <paramref name="marker"/> serve list items.</summary>
    public Slot ParagraphSlot(Paragraph paragraph, BlockFrame frame, float left, ListMarker? marker, float firstLine = float.NaN)
    {
        var spec = context.Styles.For(paragraph.Style, frame.InTable);
        var alignment = paragraph.Alignment != Alignment.Default ? paragraph.Alignment : frame.Alignment ?? spec.Alignment;
        var indent = paragraph.FirstLineIndent switch
        {
            true => PdfUnits.Pt(context.Theme.FirstLineIndentMm),
            false => 0,
            null => spec.FirstLineIndent,
        };
        if (alignment == Alignment.Center || !float.IsNaN(firstLine))
        {
            indent = float.IsNaN(firstLine) ? 0 : firstLine;
        }

        var pieces = context.Flattener.Flatten(paragraph.Content, spec.Text, frame.Extra);
        // Titles (a bold paragraph style) are not hyphenated; body text and table cells are.
        var format = new ParagraphFormat(alignment, spec.Text, spec.LineSpacing, left, 0, indent, spec.KeepTogether, WidowControl: !frame.InTable,
            Breaking: spec.Text.Bold ? null : context.Breaking);
        var block = new TextBlock(pieces, format, context.PageHeight, context.Shaper, paragraph.Span, marker);
        return new Slot(block, spec.SpaceBefore, spec.SpaceAfter, paragraph.KeepWithNext || spec.KeepWithNext);
    }

    private Slot HeadingSlot(Heading heading, BlockFrame frame)
    {
        var spec = context.Styles.Heading(heading.Level);
        var alignment = frame.Alignment ?? spec.Alignment;
        var pieces = context.Flattener.Flatten(heading.Content, spec.Text, frame.Extra);
        var format = new ParagraphFormat(alignment, spec.Text, spec.LineSpacing, frame.Indent, 0,
            alignment == Alignment.Center ? 0 : spec.FirstLineIndent, KeepTogether: true, WidowControl: !frame.InTable);
        var title = Inlines.PlainText(heading.Content).Replace('\n', ' ').Replace('\u00A0', ' ').Trim();
        var outline = frame.InTable || title.Length == 0 ? null : new OutlineMark(Math.Clamp(heading.Level, 1, 3), title);
        var block = new TextBlock(pieces, format, context.PageHeight, context.Shaper, heading.Span, outline: outline);
        return new Slot(block, spec.SpaceBefore, spec.SpaceAfter, KeepWithNext: true);
    }

    private static Element Indented(Element element, BlockFrame frame) => frame.Indent > 0 ? new Inset(element, frame.Indent) : element;
}
