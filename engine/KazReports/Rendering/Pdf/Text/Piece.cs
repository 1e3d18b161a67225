namespace KazReports.Rendering.Pdf.Text;

internal enum PieceKind
{
    /// <summary>Text without a break opportunity inside (it may hold no-break spaces).</summary>
    Word,

    /// <summary>A breaking space: it stretches in justified lines and disappears at a line's end.</summary>
    Space,

    /// <summary>A right tab stop at the line's end: what follows it on the line is set flush right.</summary>
    Tab,

    /// <summary>A forced line break.</summary>
    LineBreak,

    /// <summary>The current page number (measured as two digits).</summary>
    PageNumber,
}

/// <summary>
/// The unit of line breaking: a shaped word (or part of one, when the style changes inside a word),
/// a space, a tab, a line break. A line may break after a space, and after a word marked
/// <see cref="BreakAfter"/> (a hyphen or dash inside a compound, a zero-width space).
/// </summary>
internal sealed record Piece(PieceKind Kind, TextStyle Style, ShapedText? Shaped, bool BreakAfter = false)
{
    public float Width => Shaped?.Width ?? 0;

    public string Text => Kind switch
    {
        PieceKind.Tab => "\t",
        PieceKind.LineBreak => "\n",
        _ => Shaped?.Text ?? "",
    };

    /// <summary>Word-like pieces are kept together unless a break is allowed after them.</summary>
    public bool IsWordLike => Kind is PieceKind.Word or PieceKind.PageNumber;
}
