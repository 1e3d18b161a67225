using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using KazReports.Documents;
using RunStyle = KazReports.Documents.RunStyle;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace KazReports.Rendering.Docx;

/// <summary>
/// The requisites of an official document laid out with paragraph indents and tab stops (and one
/// borderless table for a letterhead beside its addressee), as Word users would lay them out.
/// </summary>
internal sealed class OfficialBlockWriter(DocxContext context)
{
    private const double BlockGapPt = 12;
    private const double SignatureGapPt = 24;
    private const double ExecutorGapPt = 36;
    private const int TitleLetterSpacing = 60;

    private Theme Theme => context.Theme;

    /// <summary>The corner letterhead: lines centred in a block of LetterheadWidthMm at the top left, details under them.</summary>
    public List<OpenXmlElement> Letterhead(Letterhead letterhead, BlockFrame frame)
    {
        var rightIndent = Math.Max(0, frame.WidthTwips - Units.Twips(Theme.LetterheadWidthMm));
        var result = LetterheadLines(letterhead, rightIndent);
        SpaceAfter(result, BlockGapPt);
        return result;
    }

    /// <summary>A letterhead at the left and the addressee at the right, side by side in a borderless table.</summary>
    public W.Table? LetterheadWithAddressee(Letterhead letterhead, Addressee addressee, BlockFrame frame)
    {
        var left = Units.Twips(Theme.LetterheadWidthMm);
        var right = Units.Twips(Theme.StampWidthMm);
        var gap = frame.WidthTwips - left - right;
        if (gap < 0)
        {
            return null;
        }

        var table = new W.Table(
            new TableProperties
            {
                TableWidth = new TableWidth { Width = Units.Str(frame.WidthTwips), Type = TableWidthUnitValues.Dxa },
                TableBorders = Borders.None(),
                TableLayout = new TableLayout { Type = TableLayoutValues.Fixed },
                TableCellMarginDefault = StylesPart.CellMargins(0, 0),
            },
            new TableGrid(new GridColumn { Width = Units.Str(left) }, new GridColumn { Width = Units.Str(gap) }, new GridColumn { Width = Units.Str(right) }));
        var leftContent = LetterheadLines(letterhead, 0);
        var rightContent = addressee.Lines.Select(l => Line(l, Block(0, JustificationValues.Left))).ToList<OpenXmlElement>();
        SpaceAfter(leftContent, BlockGapPt);
        SpaceAfter(rightContent, BlockGapPt);
        var leftCell = LayoutCell(left, leftContent);
        var gapCell = LayoutCell(gap, []);
        var rightCell = LayoutCell(right, rightContent);
        table.Append(new W.TableRow(leftCell, gapCell, rightCell));
        return table;
    }

    /// <summary>«ПРИКАЗ»: authority centred bold, the title spaced out, date at the left and «№» at the right, the place.</summary>
    public List<OpenXmlElement> OrderHeader(OrderHeader order, BlockFrame frame)
    {
        var result = new List<OpenXmlElement>();
        foreach (var line in order.Authority.Split('\n'))
        {
            result.Add(Line(line.Trim(), Block(0, JustificationValues.Center, keepNext: true), RunStyle.Bold));
        }

        var title = Block(0, JustificationValues.Center, keepNext: true);
        title.SpacingBetweenLines!.Before = Units.Str(Units.PointTwips(BlockGapPt));
        title.SpacingBetweenLines.After = Units.Str(Units.PointTwips(BlockGapPt));
        result.Add(BlockWriter.Make(title, [InlineWriter.TextRun(order.Title, RunStyle.Bold, TitleLetterSpacing)]));

        var dateLine = Block(0, JustificationValues.Left, keepNext: order.Place is not null);
        dateLine.Tabs = new Tabs(new TabStop { Val = TabStopValues.Right, Position = frame.WidthTwips });
        result.Add(BlockWriter.Make(dateLine, [InlineWriter.TextRun(order.Date), InlineWriter.Tab(), InlineWriter.TextRun("№\u00A0" + order.Number)]));

        if (!string.IsNullOrWhiteSpace(order.Place))
        {
            result.Add(Line(order.Place, Block(0, JustificationValues.Center)));
        }

        SpaceAfter(result, BlockGapPt);
        return result;
    }

    /// <summary>Approval stamp, appendix mark, addressee: a block of StampWidthMm at the right edge of the text, left-aligned.</summary>
    public List<OpenXmlElement> RightBlock(IReadOnlyList<string> lines, BlockFrame frame)
    {
        var indent = Math.Max(0, frame.WidthTwips - Units.Twips(Theme.StampWidthMm));
        var result = lines.Select((l, i) => Line(l, Block(indent, JustificationValues.Left, keepNext: i < lines.Count - 1))).ToList<OpenXmlElement>();
        SpaceAfter(result, BlockGapPt);
        return result;
    }

    /// <summary>Position lines at the left margin; the last one and the name on one line, the name flush right.</summary>
    public W.Paragraph Signature(Signature signature, BlockFrame frame)
    {
        var properties = Block(0, JustificationValues.Left);
        properties.KeepLines = new KeepLines();
        properties.Tabs = new Tabs(new TabStop { Val = TabStopValues.Right, Position = frame.WidthTwips });
        properties.SpacingBetweenLines!.Before = Units.Str(Units.PointTwips(SignatureGapPt));
        var runs = new List<OpenXmlElement>();
        if (signature.PositionLines.Count > 0)
        {
            runs.Add(InlineWriter.TextRun(string.Join('\n', signature.PositionLines)));
        }

        runs.Add(InlineWriter.Tab());
        runs.Add(InlineWriter.TextRun(signature.Name));
        return BlockWriter.Make(properties, runs);
    }

    /// <summary>
    /// «Исполнитель»: small type in the bottom-left corner of the page it falls on (a frame anchored
    /// to the bottom margin; consecutive paragraphs with the same frame form one frame).
    /// </summary>
    public List<OpenXmlElement> Executor(Executor executor, BlockFrame frame)
    {
        var result = new List<OpenXmlElement>();
        for (var i = 0; i < executor.Lines.Count; i++)
        {
            var properties = new ParagraphProperties
            {
                ParagraphStyleId = new ParagraphStyleId { Val = StyleIds.Small },
                KeepNext = i < executor.Lines.Count - 1 ? new KeepNext() : null,
            };
            if (frame.InTable)
            {
                properties.SpacingBetweenLines = i == 0 ? new SpacingBetweenLines { Before = Units.Str(Units.PointTwips(ExecutorGapPt)) } : null;
            }
            else
            {
                properties.FrameProperties = new FrameProperties
                {
                    Width = Units.Str(frame.WidthTwips),
                    Wrap = TextWrappingValues.Around,
                    HorizontalPosition = HorizontalAnchorValues.Margin,
                    VerticalPosition = VerticalAnchorValues.Margin,
                    XAlign = HorizontalAlignmentValues.Left,
                    YAlign = VerticalAlignmentValues.Bottom,
                    AnchorLock = true,
                };
            }

            result.Add(Line(executor.Lines[i], properties));
        }

        return result;
    }

    private List<OpenXmlElement> LetterheadLines(Letterhead letterhead, int rightIndent)
    {
        var result = new List<OpenXmlElement>();
        for (var i = 0; i < letterhead.Lines.Count; i++)
        {
            result.Add(Line(letterhead.Lines[i], Block(0, JustificationValues.Center, rightIndent, keepNext: true), i < 2 ? RunStyle.Bold : RunStyle.None));
        }

        for (var i = 0; i < letterhead.Details.Count; i++)
        {
            var properties = Block(0, JustificationValues.Center, rightIndent, keepNext: i < letterhead.Details.Count - 1);
            if (i == 0 && letterhead.Lines.Count > 0)
            {
                properties.SpacingBetweenLines!.Before = Units.Str(Units.PointTwips(BlockGapPt / 2));
            }

            result.Add(Line(letterhead.Details[i], properties));
        }

        return result;
    }

    private static W.TableCell LayoutCell(int width, List<OpenXmlElement> content)
    {
        var cell = new W.TableCell(new TableCellProperties { TableCellWidth = new TableCellWidth { Width = Units.Str(width), Type = TableWidthUnitValues.Dxa } });
        cell.Append(content);
        if (cell.LastChild is not W.Paragraph)
        {
            cell.Append(new W.Paragraph());
        }

        return cell;
    }

    /// <summary>Paragraph properties of a requisite line: single-spaced, no first-line indent, no space after.</summary>
    private static ParagraphProperties Block(int leftIndent, JustificationValues alignment, int rightIndent = 0, bool keepNext = false)
    {
        var indentation = new Indentation { FirstLine = "0" };
        if (leftIndent > 0)
        {
            indentation.Left = Units.Str(leftIndent);
        }

        if (rightIndent > 0)
        {
            indentation.Right = Units.Str(rightIndent);
        }

        return new ParagraphProperties
        {
            KeepNext = keepNext ? new KeepNext() : null,
            SpacingBetweenLines = new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto },
            Indentation = indentation,
            Justification = new Justification { Val = alignment },
        };
    }

    private static W.Paragraph Line(string text, ParagraphProperties properties, RunStyle style = RunStyle.None) =>
        BlockWriter.Make(properties, text.Length == 0 ? [] : [InlineWriter.TextRun(text, style)]);

    /// <summary>Separates a block from what follows: space after its last paragraph.</summary>
    private static void SpaceAfter(List<OpenXmlElement> block, double pt)
    {
        if (block.LastOrDefault() is W.Paragraph { ParagraphProperties: { } properties })
        {
            properties.SpacingBetweenLines ??= new SpacingBetweenLines();
            properties.SpacingBetweenLines.After = Units.Str(Units.PointTwips(pt));
        }
    }
}
