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

    public static List<TextLine> Break(IReadOnlyList<Piece> input, float firstWidth, float width, GlyphShaper shaper)
    {
        var pieces = new List<Piece>(input);
        var lines = new List<TextLine>();
        var line = new List<Piece>();
        var lineWidth = 0f;
        var spaces = new List<Piece>();
        var i = 0;
        while (i < pieces.Count)
        {
            var piece = pieces[i];
            if (piece.Kind == PieceKind.LineBreak)
            {
                lines.Add(new TextLine(line, endsWithBreak: true, isLast: false));
                (line, lineWidth) = ([], 0);
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
            var spaceWidth = spaces.Sum(s => s.Width);
            if (lineWidth + spaceWidth + unitWidth <= room + Tolerance)
            {
                line.AddRange(spaces);
                line.AddRange(pieces.GetRange(i, end - i));
                lineWidth += spaceWidth + unitWidth;
                spaces.Clear();
                i = end;
            }
            else if (line.Count == 0)
            {
                var (head, tail) = Cut(pieces.GetRange(i, end - i), room, shaper);
                line.AddRange(head);
                lines.Add(new TextLine(line, endsWithBreak: false, isLast: false));
                (line, lineWidth) = ([], 0);
                pieces.RemoveRange(i, end - i);
                pieces.InsertRange(i, tail);
            }
            else
            {
                lines.Add(new TextLine(line, endsWithBreak: false, isLast: false));
                (line, lineWidth) = ([], 0);
                spaces.Clear();
            }
        }

        lines.Add(new TextLine(line, endsWithBreak: false, isLast: true));
        return lines;
    }

    /// <summary>The end (exclusive) of the unbreakable unit starting at <paramref name="start"/>.</summary>
    private static int UnitEnd(List<Piece> pieces, int start)
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
