using KazReports.Documents;

namespace KazReports.Rendering;

/// <summary>What a block is for the spacing rules: a document's title line, a salutation, «ПРИКАЗЫВАЮ:», a table.</summary>
internal enum BlockRole
{
    None,

    /// <summary>A «Title» paragraph, or a bold line without indent (a letter's subject, an order's title).</summary>
    Title,

    /// <summary>«Уважаемый руководитель!»: a centred line ending in «!».</summary>
    Salutation,

    /// <summary>«ПРИКАЗЫВАЮ:», «ПОСТАНОВЛЯЮ:»: one word in capitals and a colon.</summary>
    OrderWord,

    Table,
}

/// <summary>
/// The space the theme puts around the parts of an official document (ГОСТ practice: an empty
/// line's worth around the title, the salutation, «ПРИКАЗЫВАЮ:» and tables), decided here once for
/// both renderers from the format-neutral blocks of a page's flow (not inside table cells).
/// </summary>
internal static class BlockSpacing
{
    public static BlockRole Role(Block block) => block switch
    {
        Table => BlockRole.Table,
        Paragraph { Style: "Title" } => BlockRole.Title,
        Paragraph p when p.Style is "Normal" or "" => ParagraphRole(p),
        _ => BlockRole.None,
    };

    /// <summary>Space before and after <paramref name="block"/> in points, its neighbours in the flow given.</summary>
    public static (double Before, double After) Around(Block? previous, Block block, Block? next, Theme theme)
    {
        switch (Role(block))
        {
            case BlockRole.Title:
                return (theme.TitleSpacePt, theme.TitleSpacePt);
            case BlockRole.Salutation:
                return (theme.SalutationSpacePt, theme.SalutationSpacePt);
            case BlockRole.OrderWord:
                return (theme.OrderWordSpacePt, theme.OrderWordSpacePt);
            case BlockRole.Table:
                // A heading keeps its own (smaller) gap to its table; a note in small type sits right under it.
                var before = previous is Heading || (previous is not null && Role(previous) == BlockRole.Title) ? 0 : theme.TableSpacePt;
                var after = next is Paragraph { Style: "Small" or "Caption" } ? 0 : theme.TableSpacePt;
                return (before, after);
            default:
                return (0, 0);
        }
    }

    private static BlockRole ParagraphRole(Paragraph p)
    {
        var runs = p.Content.OfType<Run>().Where(r => !string.IsNullOrWhiteSpace(r.Text)).ToList();
        if (runs.Count == 0)
        {
            return BlockRole.None;
        }

        var text = Inlines.PlainText(p.Content).Trim();
        if (p.FirstLineIndent == false && p.Alignment is Alignment.Left or Alignment.Center && runs.All(r => r.Bold))
        {
            return BlockRole.Title;
        }

        if (p.Alignment == Alignment.Center && text.EndsWith('!') && text.Length < 80)
        {
            return BlockRole.Salutation;
        }

        return text.Length > 2 && text[^1] == ':' && text[..^1].All(c => c is (>= 'А' and <= 'Я') or 'Ё')
            ? BlockRole.OrderWord
            : BlockRole.None;
    }
}
