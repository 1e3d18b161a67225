using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using KazReports.Documents;
using W = DocumentFormat.OpenXml.Wordprocessing;
using ModelParagraph = KazReports.Documents.Paragraph;
using ModelTable = KazReports.Documents.Table;

namespace KazReports.Rendering.Docx;

/// <summary>Writes the model's blocks as body (or cell) elements, delegating lists, tables, media and official blocks.</summary>
internal sealed class BlockWriter
{
    private readonly ListWriter lists;
    private readonly TableWriter tables;
    private readonly MediaWriter media;
    private readonly OfficialBlockWriter official;
    private readonly DocxContext context;

    public BlockWriter(DocxContext context)
    {
        this.context = context;
        lists = new ListWriter(context, this);
        tables = new TableWriter(context, this);
        media = new MediaWriter(context);
        official = new OfficialBlockWriter(context);
    }

    public List<OpenXmlElement> WriteAll(IReadOnlyList<Block> blocks, BlockFrame frame)
    {
        var result = new List<OpenXmlElement>();
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

            result.AddRange(Write(blocks[i], frame));
        }

        return result;
    }

    public IEnumerable<OpenXmlElement> Write(Block block, BlockFrame frame) => block switch
    {
        Heading heading => [HeadingParagraph(heading, frame)],
        ModelParagraph paragraph => [Paragraph(paragraph, frame)],
        ListBlock list => lists.Write(list, frame),
        PageBreak => [PageBreakParagraph()],
        ImageBlock image => [media.Image(image, frame)],
        ChartBlock chart => media.Chart(chart, frame),
        ModelTable table => [tables.Write(table, frame)],
        Letterhead letterhead => official.Letterhead(letterhead, frame),
        OrderHeader order => official.OrderHeader(order, frame),
        ApprovalStamp stamp => official.RightBlock(stamp.Lines, frame),
        AppendixMark mark => official.RightBlock(mark.Lines, frame),
        Addressee addressee => official.RightBlock(addressee.Lines, frame),
        Signature signature => [official.Signature(signature, frame)],
        Executor executor => official.Executor(executor, frame),
        _ => throw new NotSupportedException($"{block.Span}: the DOCX renderer does not know the block {block.GetType().Name}"),
    };

    /// <summary>A model paragraph; extra properties (numbering, indents) may be added by the caller.</summary>
    public W.Paragraph Paragraph(ModelParagraph paragraph, BlockFrame frame, string? styleOverride = null)
    {
        var style = StyleIds.Resolve(paragraph.Style);
        if (frame.InTable && style == StyleIds.Normal)
        {
            style = StyleIds.TableText;
        }

        style = styleOverride is not null && style == StyleIds.Normal ? styleOverride : style;
        var properties = new ParagraphProperties
        {
            ParagraphStyleId = style == StyleIds.Normal ? null : new ParagraphStyleId { Val = style },
            KeepNext = paragraph.KeepWithNext ? new KeepNext() : null,
            Indentation = paragraph.FirstLineIndent switch
            {
                true => new Indentation { FirstLine = Units.Str(Units.Twips(context.Theme.FirstLineIndentMm)) },
                false => new Indentation { FirstLine = "0" },
                null => null,
            },
            Justification = Justify(Units.Justification(paragraph.Alignment) ?? frame.Alignment),
        };
        return Make(properties, InlineWriter.Runs(paragraph.Content, frame.ExtraStyle));
    }

    public static W.Paragraph Make(ParagraphProperties? properties, IEnumerable<OpenXmlElement> runs)
    {
        var result = new W.Paragraph();
        if (properties is not null && properties.HasChildren)
        {
            result.Append(properties);
        }

        result.Append(runs);
        return result;
    }

    public static Justification? Justify(JustificationValues? value) => value is { } v ? new Justification { Val = v } : null;

    private static W.Paragraph HeadingParagraph(Heading heading, BlockFrame frame)
    {
        var properties = new ParagraphProperties
        {
            ParagraphStyleId = new ParagraphStyleId { Val = StyleIds.Heading(heading.Level) },
            Justification = Justify(frame.Alignment),
        };
        return Make(properties, InlineWriter.Runs(heading.Content, frame.ExtraStyle));
    }

    private static W.Paragraph PageBreakParagraph() =>
        new(new W.Run(new Break { Type = BreakValues.Page }));
}
