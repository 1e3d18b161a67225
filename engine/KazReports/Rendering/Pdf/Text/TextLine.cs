namespace KazReports.Rendering.Pdf.Text;

/// <summary>
/// One line of a paragraph: its pieces (no leading or trailing breaking spaces), natural width,
/// the breaking spaces that stretch when justified, where a right tab starts, and whether the
/// paragraph's last line or a forced break ends it (such lines are not justified).
/// </summary>
internal sealed class TextLine
{
    public TextLine(IReadOnlyList<Piece> pieces, bool endsWithBreak, bool isLast)
    {
        Pieces = pieces;
        EndsWithBreak = endsWithBreak;
        IsLast = isLast;
        TabIndex = -1;
        for (var i = 0; i < pieces.Count; i++)
        {
            Width += pieces[i].Width;
            if (pieces[i].Kind == PieceKind.Tab && TabIndex < 0)
            {
                TabIndex = i;
            }
            else if (pieces[i].Kind == PieceKind.Space && TabIndex < 0)
            {
                Stretchable++;
            }
        }
    }

    public IReadOnlyList<Piece> Pieces { get; }

    public float Width { get; }

    public int Stretchable { get; }

    /// <summary>Index of the tab piece; what follows is set flush right. -1: none.</summary>
    public int TabIndex { get; }

    public bool EndsWithBreak { get; }

    public bool IsLast { get; }

    /// <summary>The line ends in a hyphen the breaker added (a word hyphenated).</summary>
    public bool Hyphenated { get; init; }

    /// <summary>The line ends in a word cut without a hyphen (a word wider than the column, no hyphenation point fits).</summary>
    public bool Cut { get; init; }

    /// <summary>Width of the pieces after the tab (0 without a tab).</summary>
    public float TailWidth => TabIndex < 0 ? 0 : LineBreaker.Sum(Pieces, TabIndex + 1, Pieces.Count);

    public string Text => string.Concat(Pieces.Select(p => p.Kind == PieceKind.Tab ? " " : p.Text));

    public TextLine WithLast(bool isLast) => new(Pieces, EndsWithBreak, isLast) { Hyphenated = Hyphenated, Cut = Cut };
}
