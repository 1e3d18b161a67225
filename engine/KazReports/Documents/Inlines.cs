namespace KazReports.Documents;

/// <summary>Inline content of a paragraph.</summary>
public abstract record Inline;

[Flags]
public enum RunStyle
{
    None = 0,
    Bold = 1,
    Italic = 2,
    Underline = 4,
    Superscript = 8,
    Subscript = 16,
}

/// <summary>Text with one style. Non-breaking spaces (U+00A0) are kept as such by renderers.</summary>
public sealed record Run(string Text, RunStyle Style = RunStyle.None) : Inline
{
    public bool Bold => Style.HasFlag(RunStyle.Bold);
    public bool Italic => Style.HasFlag(RunStyle.Italic);
    public bool Underline => Style.HasFlag(RunStyle.Underline);
}

/// <summary>A line break inside a paragraph.</summary>
public sealed record LineBreak : Inline
{
    public static readonly LineBreak Instance = new();
}

/// <summary>The current page number (a PAGE field in DOCX).</summary>
public sealed record PageNumberField : Inline
{
    public static readonly PageNumberField Instance = new();
}

public static class Inlines
{
    public static IReadOnlyList<Inline> Text(string text, RunStyle style = RunStyle.None) => [new Run(text, style)];

    /// <summary>The plain text of inline content, line breaks as '\n'.</summary>
    public static string PlainText(IEnumerable<Inline> content) =>
        string.Concat(content.Select(i => i switch
        {
            Run r => r.Text,
            LineBreak => "\n",
            PageNumberField => "#",
            _ => "",
        }));
}
