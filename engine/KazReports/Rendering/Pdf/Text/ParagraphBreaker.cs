namespace KazReports.Rendering.Pdf.Text;

/// <summary>
/// Knuth–Plass line breaking of a justified paragraph: the breaks that minimise the sum of the lines'
/// demerits over the whole paragraph (badness of each line's space stretch or shrink, hyphen
/// penalties, hyphens in a row, lines much looser than their neighbours). First without hyphens
/// (most paragraphs set well so and need no hyphenation at all), then with them, then, if nothing is
/// good enough, with any stretch. <see cref="LineBreaker"/> calls it and falls back to line-by-line
/// breaking for what it does not take (tabs, a word wider than a line, very long paragraphs).
/// </summary>
internal static class ParagraphBreaker
{
    // A space may stretch by half and shrink by a third of its width (TeX's values for a word space).
    private const float StretchRatio = 0.5f;
    private const float ShrinkRatio = 1f / 3;
    private const int Pretolerance = 100;
    private const int Tolerance = 400;
    private const double LinePenalty = 10;
    private const double DoubleHyphenDemerits = 3000;
    private const double AdjacentDemerits = 3000;

    private enum Kind : byte { Glue, Explicit, Hyphen, Forced, End }

    // The candidates of the two passes and the active nodes: the thread's own, reused paragraph after paragraph.
    [ThreadStatic]
    private static List<Candidate>? plainScratch;

    [ThreadStatic]
    private static List<Candidate>? hyphenScratch;

    [ThreadStatic]
    private static List<Node>? activeScratch;

    /// <summary>A place the paragraph may break, with the sums up to it and from the start of the next line.</summary>
    private struct Candidate
    {
        public Kind Kind;
        public int Piece;
        public int Cut;
        public double Width;
        public double Stretch;
        public double Shrink;
        public double AfterWidth;
        public double AfterStretch;
        public double AfterShrink;
        public float HyphenWidth;
        public bool Flagged;
    }

    private sealed class Node(int candidate, int line, int fitness, int hyphens, double demerits, Node? previous)
    {
        public int Candidate => candidate;
        public int Line => line;
        public int Fitness => fitness;
        public int Hyphens => hyphens;
        public double Demerits => demerits;
        public Node? Previous => previous;
    }

    /// <summary>The paragraph's lines; null when no setting is found (the caller breaks it line by line).</summary>
    public static List<TextLine>? Break(IReadOnlyList<Piece> pieces, float firstWidth, float width, GlyphShaper shaper, BreakSettings settings)
    {
        // With looseness the first pass is skipped: its few settings seldom hold one with another line count.
        var plain = Candidates(plainScratch ??= [], pieces, shaper, settings, hyphens: false);
        var nodes = settings.Looseness == 0 ? Run(plain, firstWidth, width, Pretolerance, settings, emergency: false) : null;
        if (nodes is not null)
        {
            return Lines(pieces, plain, nodes, shaper);
        }

        var all = settings.Hyphenate ? Candidates(hyphenScratch ??= [], pieces, shaper, settings, hyphens: true) : plain;
        nodes = Run(all, firstWidth, width, Tolerance, settings, emergency: false)
            ?? Run(all, firstWidth, width, int.MaxValue, settings, emergency: true);
        return nodes is null ? null : Lines(pieces, all, nodes, shaper);
    }

    private static List<Candidate> Candidates(List<Candidate> list, IReadOnlyList<Piece> pieces, GlyphShaper shaper, BreakSettings settings, bool hyphens)
    {
        list.Clear();
        double w = 0, y = 0, z = 0;
        var pending = 0; // candidates whose next line has not started yet
        var lastWord = hyphens ? LastWordBeforeEnd(pieces) : null;
        void Start()
        {
            for (var k = list.Count - pending; k < list.Count; k++)
            {
                var c = list[k];
                c.AfterWidth = w;
                c.AfterStretch = y;
                c.AfterShrink = z;
                list[k] = c;
            }

            pending = 0;
        }

        void Add(Kind kind, int piece, int cut, float hyphen = 0, bool flagged = false)
        {
            list.Add(new Candidate { Kind = kind, Piece = piece, Cut = cut, Width = w + hyphen, Stretch = y, Shrink = z, HyphenWidth = hyphen, Flagged = flagged });
            pending++;
        }

        var contentBefore = false;
        for (var i = 0; i < pieces.Count; i++)
        {
            var piece = pieces[i];
            switch (piece.Kind)
            {
                case PieceKind.Space:
                    if (contentBefore && pieces[i - 1].Kind != PieceKind.Space && pending == 0)
                    {
                        Add(Kind.Glue, i, 0);
                    }

                    w += piece.Width;
                    y += piece.Width * StretchRatio;
                    z += piece.Width * ShrinkRatio;
                    break;
                case PieceKind.LineBreak:
                    Add(Kind.Forced, i, 0);
                    contentBefore = false;
                    break;
                default:
                    if (pending > 0)
                    {
                        // Spaces after a break vanish: the next line starts here.
                        Start();
                    }

                    if (hyphens && lastWord![i] is false)
                    {
                        var points = settings.PointsOf(piece);
                        if (points.Length > 0)
                        {
                            var hyphen = shaper.Shape("-", piece.Style).Width;
                            foreach (var p in points)
                            {
                                var before = w;
                                w += piece.Shaped!.WidthOfPrefix(p);
                                Add(Kind.Hyphen, i, p, hyphen, flagged: true);
                                Start();
                                w = before;
                            }
                        }
                    }

                    w += piece.Width;
                    contentBefore = true;
                    if (piece.BreakAfter && i + 1 < pieces.Count && pieces[i + 1].Kind != PieceKind.Space)
                    {
                        var text = piece.Text;
                        Add(Kind.Explicit, i + 1, 0, flagged: text.Length > 0 && text[^1] is '-' or '\u2010');
                    }

                    break;
            }
        }

        Add(Kind.End, pieces.Count, 0);
        Start();
        return list;
    }

    /// <summary>For each piece: true for the last word of the paragraph or before a line break (never hyphenated).</summary>
    private static bool[] LastWordBeforeEnd(IReadOnlyList<Piece> pieces)
    {
        var result = new bool[pieces.Count];
        var seen = false;
        for (var i = pieces.Count - 1; i >= 0; i--)
        {
            if (pieces[i].Kind == PieceKind.LineBreak)
            {
                seen = false;
            }
            else if (pieces[i].Kind == PieceKind.Word && !seen)
            {
                result[i] = true;
                seen = true;
            }
        }

        return result;
    }

    private static Node? Run(List<Candidate> candidates, float firstWidth, float width, int tolerance, BreakSettings settings, bool emergency)
    {
        var active = activeScratch ??= [];
        active.Clear();
        active.Add(new Node(-1, 0, 1, 0, 0, null));
        var start = new Candidate();
        // The best way to reach the current candidate per fitness class: the node it comes from, its demerits and hyphens in a row.
        var bestFrom = new Node?[4];
        var bestDemerits = new double[4];
        var bestHyphens = new int[4];
        var found = new List<Node>();
        var loose = new List<Node>();
        for (var b = 0; b < candidates.Count; b++)
        {
            var c = candidates[b];
            Array.Clear(bestFrom);
            loose.Clear();
            var last = c.Kind is Kind.End or Kind.Forced;
            for (var n = active.Count - 1; n >= 0; n--)
            {
                var a = active[n];
                var from = a.Candidate < 0 ? start : candidates[a.Candidate];
                var room = a.Line == 0 ? firstWidth : width;
                var natural = c.Width - from.AfterWidth;
                var stretch = c.Stretch - from.AfterStretch;
                var shrink = c.Shrink - from.AfterShrink;
                double ratio;
                if (natural > room + 0.01)
                {
                    // A paragraph's last line and a line before a forced break are not justified: they never shrink.
                    ratio = shrink > 0 && !last ? (room - natural) / shrink : double.NegativeInfinity;
                }
                else if (last)
                {
                    ratio = 0;
                }
                else
                {
                    ratio = stretch > 0 ? (room - natural) / stretch : (natural >= room - 0.01 ? 0 : double.PositiveInfinity);
                }

                if (ratio < -1)
                {
                    active.RemoveAt(n);
                    continue;
                }

                // In the emergency pass badness is not capped, so that very loose lines are still told apart
                // (the stretch goes where it looks least bad rather than all into one line).
                var cap = emergency ? 1e8 : 10000;
                var badness = double.IsPositiveInfinity(ratio) ? cap : Math.Min(cap, 100 * Math.Pow(Math.Abs(ratio), 3));
                var hyphenRun = c.Kind == Kind.Hyphen || (c.Kind == Kind.Explicit && c.Flagged) ? a.Hyphens + 1 : 0;
                if ((badness > tolerance && !emergency) || (settings.ConsecutiveHyphens > 0 && hyphenRun > settings.ConsecutiveHyphens))
                {
                    continue;
                }

                var penalty = c.Kind == Kind.Hyphen ? settings.HyphenPenalty : 0;
                var demerits = Math.Pow(LinePenalty + badness, 2) + (penalty * penalty);
                if (hyphenRun > 1)
                {
                    demerits += DoubleHyphenDemerits;
                }

                var fitness = ratio < -0.5 ? 0 : ratio <= 0.5 ? 1 : ratio <= 1 ? 2 : 3;
                if (a.Candidate >= 0 && Math.Abs(fitness - a.Fitness) > 1)
                {
                    demerits += AdjacentDemerits;
                }

                var total = a.Demerits + demerits;
                if (settings.Looseness != 0)
                {
                    // With looseness every line count is kept (the best per count and fitness class).
                    AddLoose(c.Kind == Kind.End ? found : loose, new Node(b, a.Line + 1, fitness, hyphenRun, total, a));
                    continue;
                }

                if (bestFrom[fitness] is null || total < bestDemerits[fitness])
                {
                    (bestFrom[fitness], bestDemerits[fitness], bestHyphens[fitness]) = (a, total, hyphenRun);
                }
            }

            if (c.Kind == Kind.Forced)
            {
                active.Clear();
            }

            active.AddRange(loose);
            for (var f = 0; f < 4; f++)
            {
                if (bestFrom[f] is { } from)
                {
                    var node = new Node(b, from.Line + 1, f, bestHyphens[f], bestDemerits[f], from);
                    if (c.Kind == Kind.End)
                    {
                        found.Add(node);
                    }
                    else
                    {
                        active.Add(node);
                    }
                }
            }

            if (active.Count == 0 && c.Kind != Kind.End)
            {
                active.Clear();
                return null;
            }
        }

        active.Clear();
        return Choose(found, settings.Looseness);
    }

    private static void AddLoose(List<Node> nodes, Node node)
    {
        var same = nodes.FindIndex(n => n.Line == node.Line && n.Fitness == node.Fitness);
        if (same < 0)
        {
            nodes.Add(node);
        }
        else if (node.Demerits < nodes[same].Demerits)
        {
            nodes[same] = node;
        }
    }

    /// <summary>The least demerits; with looseness, the line count nearest the best's plus looseness.</summary>
    private static Node? Choose(List<Node> found, int looseness)
    {
        if (found.Count == 0)
        {
            return null;
        }

        var best = found.MinBy(n => n.Demerits)!;
        if (looseness == 0)
        {
            return best;
        }

        var target = best.Line + looseness;
        return found.OrderBy(n => Math.Abs(n.Line - target)).ThenBy(n => n.Demerits).First();
    }

    private static List<TextLine> Lines(IReadOnlyList<Piece> pieces, List<Candidate> candidates, Node end, GlyphShaper shaper)
    {
        var breaks = new List<int>();
        for (var n = end; n is not null && n.Candidate >= 0; n = n.Previous)
        {
            breaks.Add(n.Candidate);
        }

        breaks.Reverse();
        var lines = new List<TextLine>(breaks.Count);
        var (piece, offset) = (0, 0);
        var line = new List<Piece>();
        foreach (var b in breaks)
        {
            var c = candidates[b];
            line.Clear();
            var endPiece = c.Kind == Kind.Hyphen ? c.Piece + 1 : c.Piece;
            for (var k = piece; k < endPiece; k++)
            {
                var p = pieces[k];
                var from = k == piece ? offset : 0;
                var to = c.Kind == Kind.Hyphen && k == c.Piece ? c.Cut : -1;
                if (from == 0 && to < 0)
                {
                    line.Add(p);
                    continue;
                }

                var text = p.Shaped!.Text;
                var part = to < 0 ? text[from..] : string.Concat(text.AsSpan(from, to - from), "-");
                line.Add(p with { Shaped = shaper.Shape(part, p.Style), BreakAfter = to < 0 && p.BreakAfter });
            }

            Trim(line);
            var isEnd = c.Kind == Kind.End;
            lines.Add(new TextLine(line.ToArray(), endsWithBreak: c.Kind == Kind.Forced, isLast: isEnd) { Hyphenated = c.Kind == Kind.Hyphen });
            (piece, offset) = c.Kind switch
            {
                Kind.Hyphen => (c.Piece, c.Cut),
                Kind.Forced => (c.Piece + 1, 0),
                _ => (c.Piece, 0),
            };
            while (piece < pieces.Count && pieces[piece].Kind == PieceKind.Space)
            {
                piece++;
            }
        }

        return lines;
    }

    private static void Trim(List<Piece> line)
    {
        var s = 0;
        while (s < line.Count && line[s].Kind == PieceKind.Space)
        {
            s++;
        }

        line.RemoveRange(0, s);
        while (line.Count > 0 && line[^1].Kind == PieceKind.Space)
        {
            line.RemoveAt(line.Count - 1);
        }
    }
}
