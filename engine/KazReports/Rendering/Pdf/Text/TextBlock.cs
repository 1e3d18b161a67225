using KazReports.Diagnostics;
using KazReports.Rendering.Pdf.Layout;

namespace KazReports.Rendering.Pdf.Text;

/// <summary>
/// A paragraph: pieces broken into lines for the offered width, drawn line by line across pages.
/// The cursor is the first line not drawn yet. At a page end it keeps at least two lines of a
/// paragraph on each side (widow and orphan control) unless a whole page is offered; a paragraph
/// kept together (a heading) moves whole unless it is taller than a page.
/// </summary>
internal sealed class TextBlock(
    IReadOnlyList<Piece> pieces,
    ParagraphFormat format,
    float pageHeight,
    GlyphShaper shaper,
    SourceSpan span,
    ListMarker? marker = null,
    OutlineMark? outline = null) : Element(span)
{
    private Dictionary<float, LineSet>? layouts;
    private LineSet? lastSet;
    private int cursor;

    public ParagraphFormat Format => format;

    public IReadOnlyList<TextLine> LinesFor(float width) => Lines(width).Lines;

    public override SpacePlan Measure(Size available)
    {
        var set = Lines(available.Width);
        if (cursor >= set.Lines.Count)
        {
            return SpacePlan.Empty;
        }

        var fit = Fit(set, available.Height);
        var height = set.Height(cursor, fit);
        if (fit == 0)
        {
            return SpacePlan.Wrap("строка текста не помещается в отведённое место", Span);
        }

        return cursor + fit == set.Lines.Count ? SpacePlan.Full(available.Width, height) : SpacePlan.Partial(available.Width, height);
    }

    public override void Draw(DrawingCanvas canvas, Size available)
    {
        var set = Lines(available.Width);
        var fit = Fit(set, available.Height);
        var y = 0f;
        for (var k = cursor; k < cursor + fit; k++)
        {
            if (k == 0 && outline is not null)
            {
                canvas.OutlineEntry(outline.Level, outline.Title, 0, y);
            }

            var painter = new LinePainter(canvas, shaper, format, available.Width);
            painter.Draw(set.Lines[k], k == 0, y, set.Heights[k], y + set.Baselines[k], k == 0 ? marker : null);
            y += set.Heights[k];
        }

        cursor += fit;
    }

    public override void ResetState() => cursor = 0;

    /// <summary>All but the last <paramref name="lines"/> lines, if at least two stay (one when continuing); else 0: move whole.</summary>
    public override float? KeepTail(Size available, int lines)
    {
        var set = Lines(available.Width);
        var remaining = set.Lines.Count - cursor;
        var stay = remaining - lines;
        if (format.KeepTogether || stay < (cursor == 0 ? 2 : 1))
        {
            return 0;
        }

        return set.Height(cursor, stay);
    }

    /// <summary>How many lines from the cursor go on this page.</summary>
    private int Fit(LineSet set, float height)
    {
        var remaining = set.Lines.Count - cursor;
        var n = 0;
        var y = 0f;
        while (n < remaining && y + set.Heights[cursor + n] <= height + Epsilon)
        {
            y += set.Heights[cursor + n];
            n++;
        }

        var wholePage = height >= pageHeight - Epsilon;
        if (n >= remaining || wholePage)
        {
            return n;
        }

        if (format.KeepTogether && set.Height(cursor, remaining) <= pageHeight + Epsilon)
        {
            return 0;
        }

        if (format.WidowControl)
        {
            if (remaining - n == 1 && n > 0)
            {
                n--;
            }

            if (cursor == 0 && n < 2)
            {
                n = 0;
            }
        }

        return n;
    }

    private LineSet Lines(float width)
    {
        // Nearly always one width (the column's): kept aside, the dictionary is for the others.
        if (lastSet is not null && lastSet.Width.Equals(width))
        {
            return lastSet;
        }

        if (layouts is not null && layouts.TryGetValue(width, out var set))
        {
            return set;
        }

        var inner = width - format.LeftIndent - format.RightIndent;
        var lines = LineBreaker.Break(pieces, Math.Max(1, inner - format.FirstLineIndent), Math.Max(1, inner), shaper, format.Breaking, format.Alignment);
        var heights = new float[lines.Count];
        var baselines = new float[lines.Count];
        for (var k = 0; k < lines.Count; k++)
        {
            var single = 0f;
            var ascent = 0f;
            TextStyle? last = null;
            var line = lines[k].Pieces;
            for (var p = 0; p < line.Count; p++)
            {
                if (line[p].Shaped is null || line[p].Style.Equals(last))
                {
                    continue;
                }

                last = line[p].Style;
                var m = shaper.Metrics(last);
                single = Math.Max(single, m.Single);
                ascent = Math.Max(ascent, m.Ascent);
            }

            if (last is null)
            {
                var m = shaper.Metrics(format.Style);
                single = Math.Max(single, m.Single);
                ascent = Math.Max(ascent, m.Ascent);
            }

            // As LibreOffice sets a DOCX: the baseline an ascent below the line's top, the line gap
            // under the text; extra space of a line spacing above single goes above the text.
            heights[k] = single * format.LineSpacing;
            baselines[k] = ascent + Math.Max(0, heights[k] - single);
        }

        set = new LineSet(width, lines, heights, baselines);
        if (lastSet is not null)
        {
            layouts ??= [];
            layouts[lastSet.Width] = lastSet;
        }

        lastSet = set;
        return set;
    }

    private sealed record LineSet(float Width, List<TextLine> Lines, float[] Heights, float[] Baselines)
    {
        public float Height(int from, int count)
        {
            var sum = 0f;
            for (var k = from; k < from + count; k++)
            {
                sum += Heights[k];
            }

            return sum;
        }
    }
}
