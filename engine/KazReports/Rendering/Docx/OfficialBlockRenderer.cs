using KazReports.Documents;
using RunStyle = KazReports.Documents.RunStyle;

namespace KazReports.Rendering.Docx;

/// <summary>
/// The requisites of an official document laid out with paragraph indents and tab stops (and one
/// borderless table for a letterhead beside its addressee), as Word users would lay them out.
/// </summary>
internal sealed class OfficialBlockRenderer(DocxContext context)
{
    private const double BlockGapPt = 12;
    private const double SignatureGapPt = 24;
    private const double ExecutorGapPt = 36;
    private const int TitleLetterSpacing = 60;

    private Theme Theme => context.Theme;

    /// <summary>The corner letterhead: lines centred in a block of LetterheadWidthMm at the top left, details under them.</summary>
    public List<WordParagraph> Letterhead(Letterhead letterhead, BlockFrame frame)
    {
        var rightIndent = Math.Max(0, frame.WidthTwips - Units.Twips(Theme.LetterheadWidthMm));
        var result = LetterheadLines(letterhead, rightIndent);
        SpaceAfter(result, BlockGapPt);
        return result;
    }

    /// <summary>A letterhead at the left and the addressee at the right, side by side in a borderless table.</summary>
    public WordTable? LetterheadWithAddressee(Letterhead letterhead, Addressee addressee, BlockFrame frame)
    {
        var left = Units.Twips(Theme.LetterheadWidthMm);
        var right = Units.Twips(Theme.StampWidthMm);
        var gap = frame.WidthTwips - left - right;
        if (gap < 0)
        {
            return null;
        }

        var table = new WordTable(frame.WidthTwips, [left, gap, right]) { NoBorders = true, ZeroCellMargins = true };
        var leftContent = LetterheadLines(letterhead, 0);
        var rightContent = addressee.Lines.Select(l => Line(l, Block(0, Jc.Left, style: StyleIds.Addressee))).ToList();
        SpaceAfter(leftContent, BlockGapPt);
        SpaceAfter(rightContent, BlockGapPt);
        var row = new WordRow();
        row.Cells.Add(LayoutCell(left, leftContent));
        row.Cells.Add(LayoutCell(gap, []));
        row.Cells.Add(LayoutCell(right, rightContent));
        table.Rows.Add(row);
        return table;
    }

    /// <summary>«ПРИКАЗ»: authority centred bold, the title spaced out, date at the left and «№» at the right, the place.</summary>
    public List<WordParagraph> OrderHeader(OrderHeader order, BlockFrame frame)
    {
        var result = new List<WordParagraph>();
        foreach (var line in order.Authority.Split('\n'))
        {
            result.Add(Line(line.Trim(), Block(0, Jc.Center, keepNext: true), RunStyle.Bold));
        }

        var title = Block(0, Jc.Center, keepNext: true);
        title.Spacing = title.Spacing!.Value with { Before = Units.PointTwips(BlockGapPt), After = Units.PointTwips(BlockGapPt) };
        result.Add(new WordParagraph(title, [InlineWriter.TextRun(order.Title, RunStyle.Bold, TitleLetterSpacing)]));

        var dateLine = Block(0, Jc.Left, keepNext: order.Place is not null);
        dateLine.RightTab = frame.WidthTwips;
        result.Add(new WordParagraph(dateLine, [InlineWriter.TextRun(order.Date), InlineWriter.Tab(), InlineWriter.TextRun("№\u00A0" + order.Number)]));

        if (!string.IsNullOrWhiteSpace(order.Place))
        {
            result.Add(Line(order.Place, Block(0, Jc.Center)));
        }

        SpaceAfter(result, BlockGapPt);
        return result;
    }

    /// <summary>«УТВЕРЖДАЮ» / «УТВЕРЖДЕНА…» at the right edge.</summary>
    public List<WordParagraph> Stamp(ApprovalStamp stamp, BlockFrame frame) => RightBlock(stamp.Lines, frame, StyleIds.ApprovalStamp);

    /// <summary>«Приложение 1 к приказу…» at the right edge.</summary>
    public List<WordParagraph> AppendixMark(AppendixMark mark, BlockFrame frame) => RightBlock(mark.Lines, frame, StyleIds.AppendixMark);

    /// <summary>The addressee of a letter at the right edge (when it does not stand beside the letterhead).</summary>
    public List<WordParagraph> Addressee(Addressee addressee, BlockFrame frame) => RightBlock(addressee.Lines, frame, StyleIds.Addressee);

    /// <summary>Approval stamp, appendix mark, addressee: a block of StampWidthMm at the right edge of the text, left-aligned.</summary>
    private List<WordParagraph> RightBlock(IReadOnlyList<string> lines, BlockFrame frame, string style)
    {
        var indent = Math.Max(0, frame.WidthTwips - Units.Twips(Theme.StampWidthMm));
        var result = lines.Select((l, i) => Line(l, Block(indent, Jc.Left, keepNext: i < lines.Count - 1, style: style))).ToList();
        SpaceAfter(result, BlockGapPt);
        return result;
    }

    /// <summary>Position lines at the left margin; the last one and the name on one line, the name flush right.</summary>
    public WordParagraph Signature(Signature signature, BlockFrame frame)
    {
        var format = Block(0, Jc.Left, style: StyleIds.Signature);
        format.KeepLines = true;
        format.RightTab = frame.WidthTwips;
        format.Spacing = format.Spacing!.Value with { Before = Units.PointTwips(SignatureGapPt) };
        var result = new WordParagraph(format);
        if (signature.PositionLines.Count > 0)
        {
            result.Runs.Add(InlineWriter.TextRun(string.Join('\n', signature.PositionLines)));
        }

        result.Runs.Add(InlineWriter.Tab());
        result.Runs.Add(InlineWriter.TextRun(signature.Name));
        return result;
    }

    /// <summary>
    /// «Исполнитель»: small type in the bottom-left corner of the page it falls on (a frame anchored
    /// to the bottom margin; consecutive paragraphs with the same frame form one frame).
    /// </summary>
    public List<WordParagraph> Executor(Executor executor, BlockFrame frame)
    {
        var result = new List<WordParagraph>();
        for (var i = 0; i < executor.Lines.Count; i++)
        {
            var format = new ParagraphFormat
            {
                Style = StyleIds.Executor,
                KeepNext = i < executor.Lines.Count - 1,
            };
            if (frame.InTable)
            {
                format.Spacing = i == 0 ? new Spacing(Before: Units.PointTwips(ExecutorGapPt)) : null;
            }
            else
            {
                format.Frame = new BottomLeftFrame(frame.WidthTwips);
            }

            result.Add(Line(executor.Lines[i], format));
        }

        return result;
    }

    private List<WordParagraph> LetterheadLines(Letterhead letterhead, int rightIndent)
    {
        var result = new List<WordParagraph>();
        for (var i = 0; i < letterhead.Lines.Count; i++)
        {
            result.Add(Line(letterhead.Lines[i], Block(0, Jc.Center, rightIndent, keepNext: true, StyleIds.Letterhead), i < 2 ? RunStyle.Bold : RunStyle.None));
        }

        for (var i = 0; i < letterhead.Details.Count; i++)
        {
            var format = Block(0, Jc.Center, rightIndent, keepNext: i < letterhead.Details.Count - 1, StyleIds.Letterhead);
            if (i == 0 && letterhead.Lines.Count > 0)
            {
                format.Spacing = format.Spacing!.Value with { Before = Units.PointTwips(BlockGapPt / 2) };
            }

            result.Add(Line(letterhead.Details[i], format));
        }

        return result;
    }

    private static WordCell LayoutCell(int width, List<WordParagraph> content)
    {
        var cell = new WordCell(width);
        cell.Content.AddRange(content);
        if (cell.Content.Count == 0)
        {
            cell.Content.Add(new WordParagraph());
        }

        return cell;
    }

    /// <summary>Paragraph properties of a requisite line: single-spaced, no first-line indent, no space after.</summary>
    private static ParagraphFormat Block(int leftIndent, Jc alignment, int rightIndent = 0, bool keepNext = false, string? style = null) => new()
    {
        Style = style,
        KeepNext = keepNext,
        Spacing = new Spacing(After: 0, Line: 240),
        Indentation = new Indent(Left: leftIndent > 0 ? leftIndent : null, Right: rightIndent > 0 ? rightIndent : null, FirstLine: 0),
        Justification = alignment,
    };

    private static WordParagraph Line(string text, ParagraphFormat format, RunStyle style = RunStyle.None) =>
        new(format, text.Length == 0 ? null : [InlineWriter.TextRun(text, style)]);

    /// <summary>Separates a block from what follows: space after its last paragraph.</summary>
    private static void SpaceAfter(List<WordParagraph> block, double pt)
    {
        if (block.Count > 0)
        {
            block[^1].Format.SpaceAfter(pt);
        }
    }
}
