using KazReports.Documents;

namespace KazReports.Rendering.Pdf.Text;

/// <summary>
/// Line breaking. A justified paragraph with whole-paragraph breaking on goes to
/// <see cref="ParagraphBreaker"/> (Knuth–Plass) unless it has a tab or a word wider than a line.
/// The rest is broken greedily, as word processors do it: words are added while they fit; a line
/// breaks at a breaking space or after a word that allows it (hyphen, dash); with hyphenation on, a
/// word that does not fit is hyphenated when its head fits (in ragged text only when the line would
/// otherwise stay short by more than the hyphenation zone). A word wider than a whole line is
/// hyphenated, and cut between characters only as a last resort. A tab begins a new unit, so its
/// flush-right tail moves to the next line whole when it does not fit.
/// </summary>
internal static class LineBreaker
{
    private const float Tolerance = 0.01f;

    // Ragged text hyphenates a word only when the line would otherwise end short by more than this
    // share of its width and more than Word's default hyphenation zone (0.25 in).
    private const float HyphenationZone = 0.12f;
    private const float HyphenationZonePt = 18;

    // The pieces of the line being filled and the spaces waiting before the next unit: the thread's own, reused.
    [ThreadStatic]
    private static List<Piece>? lineScratch;

    [ThreadStatic]
    private static List<Piece>? spaceScratch;

    public static List<TextLine> Break(IReadOnlyList<Piece> input, float firstWidth, float width, GlyphShaper shaper,
        BreakSettings? settings = null, Alignment alignment = Alignment.Left)
    {
        if (settings is { TotalFit: true } && alignment == Alignment.Justify && input.Count > 0 && SuitsTotalFit(input, Math.Min(firstWidth, width))
            && ParagraphBreaker.Break(input, firstWidth, width, shaper, settings) is { } best)
        {
            return best;
        }

        var hyphenate = settings is { Hyphenate: true } ? settings : null;
        // The input is copied only when a unit is cut (its tail replaces it); each line gets an exact array.
        var pieces = input;
        List<Piece>? copy = null;
        var lines = new List<TextLine>();
        var line = lineScratch ??= [];
        var spaces = spaceScratch ??= [];
        line.Clear();
        spaces.Clear();
        var lineWidth = 0f;
        var i = 0;
        while (i < pieces.Count)
        {
            var piece = pieces[i];
            if (piece.Kind == PieceKind.LineBreak)
            {
                lines.Add(new TextLine(line.ToArray(), endsWithBreak: true, isLast: false));
                lineWidth = 0;
                line.Clear();
                spaces.Clear();
                i++;
                continue;
            }

            if (piece.Kind == PieceKind.Space)
            {
                if (line.Count > 0)
                {
                    spaces.Add(piece);
                }

                i++;
                continue;
            }

            var end = UnitEnd(pieces, i);
            var unitWidth = 0f;
            for (var k = i; k < end; k++)
            {
                unitWidth += pieces[k].Width;
            }

            var room = lines.Count == 0 ? firstWidth : width;
            var spaceWidth = Sum(spaces, 0, spaces.Count);
            if (lineWidth + spaceWidth + unitWidth <= room + Tolerance)
            {
                line.AddRange(spaces);
                for (var k = i; k < end; k++)
                {
                    line.Add(pieces[k]);
                }

                lineWidth += spaceWidth + unitWidth;
                spaces.Clear();
                i = end;
            }
            else if (hyphenate is not null && end == i + 1 && (line.Count == 0 || alignment == Alignment.Justify
                         || room - lineWidth > Math.Max(room * HyphenationZone, HyphenationZonePt))
                     && Hyphenate(pieces, i, room - lineWidth - spaceWidth, hyphenate, shaper, overlong: line.Count == 0) is { } split)
            {
                copy ??= new List<Piece>(input);
                pieces = copy;
                line.AddRange(spaces);
                line.Add(split.Head);
                lines.Add(new TextLine(line.ToArray(), endsWithBreak: false, isLast: false) { Hyphenated = split.Head.Text.EndsWith('-') });
                lineWidth = 0;
                line.Clear();
                spaces.Clear();
                copy[i] = split.Tail;
            }
            else if (line.Count == 0)
            {
                copy ??= new List<Piece>(input);
                pieces = copy;
                var (head, tail) = Cut(copy.GetRange(i, end - i), room, shaper);
                line.AddRange(head);
                lines.Add(new TextLine(line.ToArray(), endsWithBreak: false, isLast: false) { Cut = tail.Count > 0 && tail[0].Kind == PieceKind.Word && head.Count > 0 && head[^1].Kind == PieceKind.Word && !head[^1].BreakAfter });
                lineWidth = 0;
                line.Clear();
                copy.RemoveRange(i, end - i);
                copy.InsertRange(i, tail);
            }
            else
            {
                lines.Add(new TextLine(line.ToArray(), endsWithBreak: false, isLast: false));
                lineWidth = 0;
                line.Clear();
                spaces.Clear();
            }
        }

        lines.Add(new TextLine(line.ToArray(), endsWithBreak: false, isLast: true));
        line.Clear();
        spaces.Clear();
        return lines;
    }

    /// <summary>
    /// The width of pieces [from, to), summed as <see cref="Enumerable.Sum{TSource}(IEnumerable{TSource}, Func{TSource, float})"/>
    /// sums (in double, rounded to float once), so that lines break where they always did.
    /// </summary>
    public static float Sum(IReadOnlyList<Piece> pieces, int from, int to)
    {
        var sum = 0d;
        for (var k = from; k < to; k++)
        {
            sum += pieces[k].Width;
        }

        return (float)sum;
    }

    /// <summary>No tab, and every unit fits on a line.</summary>
    private static bool SuitsTotalFit(IReadOnlyList<Piece> pieces, float width)
    {
        var i = 0;
        while (i < pieces.Count)
        {
            if (pieces[i].Kind == PieceKind.Tab)
            {
                return false;
            }

            if (!pieces[i].IsWordLike)
            {
                i++;
                continue;
            }

            var end = UnitEnd(pieces, i);
            if (Sum(pieces, i, end) > width + Tolerance)
            {
                return false;
            }

            i = end;
        }

        return true;
    }

    /// <summary>
    /// The word at <paramref name="i"/> hyphenated at the last point whose head and hyphen fit in
    /// <paramref name="room"/>; null when none fits, the word may not be hyphenated, or it is the
    /// paragraph's last word.
    /// </summary>
    private static (Piece Head, Piece Tail)? Hyphenate(IReadOnlyList<Piece> pieces, int i, float room, BreakSettings settings, GlyphShaper shaper,
        bool overlong)
    {
        var piece = pieces[i];
        if (piece.Kind != PieceKind.Word || piece.Shaped is null)
        {
            return null;
        }

        var text = piece.Shaped.Text;
        // A paragraph's last word is not hyphenated, unless it is wider than the column (else it would be cut).
        var points = IsLastWord(pieces, i) && !overlong ? [] : settings.PointsOf(piece);
        var hyphen = points.Length > 0 ? shaper.Shape("-", piece.Style).Width : 0;
        var best = -1;
        for (var k = points.Length - 1; k >= 0 && best < 0; k--)
        {
            if (piece.Shaped.WidthOfPrefix(points[k]) + hyphen <= room + Tolerance)
            {
                best = points[k];
            }
        }

        // A word group kept together by no-break spaces and wider than the column: it breaks at one of
        // them (rather than inside a word) when that gives a longer first line.
        var space = -1;
        if (overlong)
        {
            for (var k = text.LastIndexOf('\u00A0'); k > 0 && k > best; k = text.LastIndexOf('\u00A0', k - 1))
            {
                if (piece.Shaped.WidthOfPrefix(k) <= room + Tolerance)
                {
                    space = k;
                    break;
                }
            }
        }

        if (space > 0)
        {
            return (piece with { Shaped = shaper.Shape(text[..space], piece.Style), BreakAfter = false },
                piece with { Shaped = shaper.Shape(text[(space + 1)..], piece.Style) });
        }

        if (best > 0)
        {
            return (piece with { Shaped = shaper.Shape(string.Concat(text.AsSpan(0, best), "-"), piece.Style), BreakAfter = false },
                piece with { Shaped = shaper.Shape(text[best..], piece.Style) });
        }

        return null;
    }

    private static bool IsLastWord(IReadOnlyList<Piece> pieces, int i)
    {
        for (var k = i + 1; k < pieces.Count && pieces[k].Kind != PieceKind.LineBreak; k++)
        {
            if (pieces[k].Kind == PieceKind.Word)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The end (exclusive) of the unbreakable unit starting at <paramref name="start"/>.</summary>
    private static int UnitEnd(IReadOnlyList<Piece> pieces, int start)
    {
        var k = start;
        if (pieces[k].Kind == PieceKind.Tab)
        {
            k++;
        }

        while (k < pieces.Count && pieces[k].IsWordLike)
        {
            k++;
            if (pieces[k - 1].BreakAfter)
            {
                break;
            }
        }

        return Math.Max(k, start + 1);
    }

    /// <summary>Cuts a unit too wide for an empty line: the head that fits (at least one character), the tail that goes on.</summary>
    private static (List<Piece> Head, List<Piece> Tail) Cut(List<Piece> unit, float room, GlyphShaper shaper)
    {
        var head = new List<Piece>();
        var x = 0f;
        for (var k = 0; k < unit.Count; k++)
        {
            var piece = unit[k];
            if (x + piece.Width <= room + Tolerance)
            {
                head.Add(piece);
                x += piece.Width;
                continue;
            }

            var rest = unit.GetRange(k + 1, unit.Count - k - 1);
            if (piece.Kind != PieceKind.Word || piece.Shaped is null)
            {
                if (head.Count == 0)
                {
                    return ([piece], rest);
                }

                rest.Insert(0, piece);
                return (head, rest);
            }

            var text = piece.Shaped.Text;
            var cuts = piece.Shaped.CutPoints().ToList();
            var best = 0;
            foreach (var cut in cuts)
            {
                if (x + piece.Shaped.WidthOfPrefix(cut) > room + Tolerance)
                {
                    break;
                }

                best = cut;
            }

            if (best == 0 && head.Count == 0)
            {
                best = cuts.Count > 0 ? cuts[0] : text.Length;
            }

            if (best > 0)
            {
                head.Add(piece with { Shaped = shaper.Shape(text[..best], piece.Style), BreakAfter = false });
            }

            if (best < text.Length)
            {
                rest.Insert(0, piece with { Shaped = shaper.Shape(text[best..], piece.Style) });
            }

            return (head, rest);
        }

        return (head, []);
    }
}
