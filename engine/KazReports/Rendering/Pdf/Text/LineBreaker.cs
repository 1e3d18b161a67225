namespace KazReports.Rendering.Pdf.Text;

/// <summary>
/// Greedy line breaking, as word processors do it: words are added while they fit; a line breaks at
/// a breaking space or after a word that allows it (hyphen, dash). A word wider than a whole line is
/// cut between characters as a last resort. A tab begins a new unit, so its flush-right tail moves
/// to the next line whole when it does not fit.
/// </summary>
internal static class LineBreaker
{
    private const float Tolerance = 0.01f;

    // The pieces of the line being filled and the spaces waiting before the next unit: the thread's own, reused.
    [ThreadStatic]
    private static List<Piece>? lineScratch;

    [ThreadStatic]
    private static List<Piece>? spaceScratch;

    public static List<TextLine> Break(IReadOnlyList<Piece> input, float firstWidth, float width, GlyphShaper shaper)
    {
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
            else if (line.Count == 0)
            {
                copy ??= new List<Piece>(input);
                pieces = copy;
                var (head, tail) = Cut(copy.GetRange(i, end - i), room, shaper);
                line.AddRange(head);
                lines.Add(new TextLine(line.ToArray(), endsWithBreak: false, isLast: false));
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
