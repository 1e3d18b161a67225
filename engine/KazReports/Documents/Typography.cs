namespace KazReports.Documents;

/// <summary>How lines are set (templates/theme.yaml, section <c>typography:</c>).</summary>
public sealed record Typography
{
    /// <summary>The typograph pass (no-break spaces and hyphens, Russian quotes) over every paragraph's text.</summary>
    public bool Typograph { get; init; } = true;

    /// <summary>Hyphenation: the PDF engine's own (Russian patterns), DOCX <c>w:autoHyphenation</c>.</summary>
    public bool Hyphenation { get; init; } = true;

    /// <summary>Fewest letters left before a hyphen and carried to the next line.</summary>
    public int HyphenLeftMin { get; init; } = 2;

    public int HyphenRightMin { get; init; } = 2;

    /// <summary>Shortest word hyphenated, letters.</summary>
    public int HyphenWordMin { get; init; } = 5;

    /// <summary>Demerits of a line ending in a hyphen (TeX's \hyphenpenalty).</summary>
    public int HyphenPenalty { get; init; } = 50;

    /// <summary>Most lines in a row ending in a hyphen (0: no limit).</summary>
    public int ConsecutiveHyphens { get; init; } = 2;

    /// <summary>Whole-paragraph line breaking (total fit) instead of line by line.</summary>
    public bool TotalFit { get; init; } = true;

    /// <summary>Lines more (positive) or fewer (negative) than the best setting, when it can be done (TeX's \looseness).</summary>
    public int Looseness { get; init; }

    public static readonly Typography Default = new();
}
