using KazReports.Documents;
using KazReports.Rendering.Pdf.Layout;
using KazReports.Rendering.Pdf.Text;

namespace KazReports.Rendering.Pdf.Blocks;

/// <summary>
/// The requisites of official documents, laid out as the DOCX lays them out: the corner letterhead
/// centred in its block at the top left (beside the addressee in letters), «ПРИКАЗ» with the date and
/// number line, the stamp, appendix mark and addressee at the right edge, the signature with the name
/// flush right on the position's last line, the executor in small type. Each is kept on one page.
/// </summary>
internal sealed class OfficialBlockRenderer(PdfContext context)
{
    private const float BlockGap = 12;
    private const float SignatureGap = 24;
    private const float ExecutorGap = 36;
    private const float TitleLetterSpacing = 3;

    private Theme Theme => context.Theme;

    /// <summary>The corner letterhead: lines centred in a block of LetterheadWidthMm at the top left, details under them.</summary>
    public Slot Letterhead(Letterhead letterhead, BlockFrame frame) =>
        new(Keep(new Inset(LetterheadLines(letterhead), 0, Math.Min(frame.Width, Pt(Theme.LetterheadWidthMm)))), 0, BlockGap);

    /// <summary>«ПРИКАЗ»: authority centred bold, the title spaced out, date at the left and «№» at the right, the place.</summary>
    public Slot OrderHeader(OrderHeader order) => new(Keep(OrderHeaderLines(order)), 0, BlockGap);

    /// <summary>«УТВЕРЖДАЮ» / «УТВЕРЖДЕНА…» at the right edge.</summary>
    public Slot Stamp(ApprovalStamp stamp, BlockFrame frame) => RightBlock(stamp.Lines, frame, stamp);

    /// <summary>«Приложение 1 к приказу…» at the right edge.</summary>
    public Slot AppendixMark(AppendixMark mark, BlockFrame frame) => RightBlock(mark.Lines, frame, mark);

    /// <summary>The addressee of a letter at the right edge (when it does not stand beside the letterhead).</summary>
    public Slot Addressee(Addressee addressee, BlockFrame frame) => RightBlock(addressee.Lines, frame, addressee);

    /// <summary>The signature, kept with the text before it.</summary>
    public Slot Signature(Signature signature) => new(SignatureLines(signature), SignatureGap, KeepWithPrevious: true);

    /// <summary>The letterhead at the left and the addressee at the right, tops aligned; null when the two blocks do not fit side by side.</summary>
    public Slot? LetterheadWithAddressee(Letterhead letterhead, Addressee addressee, BlockFrame frame)
    {
        var left = Pt(Theme.LetterheadWidthMm);
        var right = Pt(Theme.StampWidthMm);
        if (frame.Width - left - right < 0)
        {
            return null;
        }

        var pair = new SideBySide(
            [(0, left, LetterheadLines(letterhead)), (frame.Width - right, right, Lines(addressee.Lines, context.Styles.Requisite, Alignment.Left, addressee))],
            letterhead.Span);
        return new Slot(pair, 0, BlockGap);
    }

    private Column LetterheadLines(Letterhead letterhead)
    {
        var slots = new List<Slot>();
        for (var i = 0; i < letterhead.Lines.Count; i++)
        {
            slots.Add(new Slot(Line(letterhead.Lines[i], context.Styles.Requisite with { Bold = i < 2 }, Alignment.Center, letterhead)));
        }

        for (var i = 0; i < letterhead.Details.Count; i++)
        {
            var before = i == 0 && letterhead.Lines.Count > 0 ? BlockGap / 2 : 0;
            slots.Add(new Slot(Line(letterhead.Details[i], context.Styles.Requisite, Alignment.Center, letterhead), before));
        }

        return new Column(slots, letterhead.Span);
    }

    private Column OrderHeaderLines(OrderHeader order)
    {
        var style = context.Styles.Requisite;
        var slots = new List<Slot>();
        foreach (var line in order.Authority.Split('\n'))
        {
            slots.Add(new Slot(Line(line.Trim(), style with { Bold = true }, Alignment.Center, order)));
        }

        slots.Add(new Slot(Line(order.Title, style with { Bold = true, LetterSpacing = TitleLetterSpacing }, Alignment.Center, order), BlockGap, BlockGap));
        var dateLine = context.Flattener.Text(order.Date, style);
        dateLine.Add(InlineFlattener.Tab(style));
        dateLine.AddRange(context.Flattener.Text("№\u00A0" + order.Number, style));
        slots.Add(new Slot(Block(dateLine, Alignment.Left, style, order)));
        if (!string.IsNullOrWhiteSpace(order.Place))
        {
            slots.Add(new Slot(Line(order.Place, style, Alignment.Center, order)));
        }

        return new Column(slots, order.Span);
    }

    /// <summary>Approval stamp, appendix mark, addressee: a block of StampWidthMm at the right edge of the text, lines left-aligned.</summary>
    private Slot RightBlock(IReadOnlyList<string> lines, BlockFrame frame, Block block)
    {
        var width = Math.Min(Pt(Theme.StampWidthMm), frame.Width);
        var column = Lines(lines, context.Styles.Requisite, Alignment.Left, block);
        return new Slot(Keep(new Inset(column, frame.Width - width, width)), 0, BlockGap);
    }

    /// <summary>Position lines at the left margin; the last one and the name on one line, the name at a right tab (flush right).</summary>
    private TextBlock SignatureLines(Signature signature)
    {
        var style = context.Styles.Requisite;
        var pieces = new List<Piece>();
        for (var i = 0; i < signature.PositionLines.Count; i++)
        {
            if (i > 0)
            {
                pieces.Add(new Piece(PieceKind.LineBreak, style, null));
            }

            pieces.AddRange(context.Flattener.Text(signature.PositionLines[i], style));
        }

        pieces.Add(InlineFlattener.Tab(style));
        pieces.AddRange(context.Flattener.Text(signature.Name, style));
        var format = new ParagraphFormat(Alignment.Left, style, KeepTogether: true);
        return new TextBlock(pieces, format, context.PageHeight, context.Shaper, signature.Span);
    }

    /// <summary>«Исполнитель» in small type: at the foot of the page, as the DOCX frame puts it; in a table cell, after a gap.</summary>
    public Slot Executor(Executor executor, BlockFrame frame)
    {
        var lines = Lines(executor.Lines, new TextStyle((float)Theme.SmallSizePt), Alignment.Left, executor);
        return frame.InTable ? new Slot(Keep(lines), ExecutorGap) : new Slot(new PageFoot(Keep(lines), context.PageHeight), ExecutorGap);
    }

    private Column Lines(IReadOnlyList<string> lines, TextStyle style, Alignment alignment, Block block) =>
        new(lines.Select(l => new Slot(Line(l, style, alignment, block))).ToList(), block.Span);

    private TextBlock Line(string text, TextStyle style, Alignment alignment, Block block) =>
        Block(context.Flattener.Text(text, style), alignment, style, block);

    private TextBlock Block(List<Piece> pieces, Alignment alignment, TextStyle style, Block block) =>
        new(pieces, new ParagraphFormat(alignment, style), context.PageHeight, context.Shaper, block.Span);

    private KeepTogether Keep(Element element) => new(element, context.PageHeight);

    private static float Pt(double mm) => PdfUnits.Pt(mm);
}
