namespace KazReports.Templates.Markup;

/// <summary>The nesting limit of the markup: lists, quotes and indentation of one line.</summary>
internal static class MarkupDepth
{
    public const int MaxDepth = 32;

    /// <summary>The 0-based index of the first line nested deeper than <see cref="MaxDepth"/> levels; null when none.</summary>
    public static int? TooDeep(string text)
    {
        var line = 0;
        var levels = 0;
        var indent = 0;
        var atStart = true;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                line++;
                levels = indent = 0;
                atStart = true;
                continue;
            }
            if (!atStart) continue;
            if (c == ' ') indent++;
            else if (c == '\t') indent += 4;
            else if (c == '>') levels++;
            else atStart = false;
            // A level of a list is at least two columns of indentation.
            if (levels + indent / 2 > MaxDepth) return line;
        }
        return null;
    }
}
