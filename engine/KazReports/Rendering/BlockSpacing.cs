using KazReports.Documents;

namespace KazReports.Rendering;

/// <summary>
/// The space the theme puts between a table and the text of a page's flow (not inside table
/// cells), decided here once for the three renderers from the format-neutral blocks. The space
/// around a title, a salutation and «ПРИКАЗЫВАЮ:» belongs to their paragraph styles
/// (<see cref="StyleNames"/>), which the templates set; nothing here reads a paragraph's text.
/// </summary>
internal static class BlockSpacing
{
    /// <summary>Space before and after <paramref name="block"/> in points, its neighbours in the flow given.</summary>
    public static (double Before, double After) Around(Block? previous, Block block, Block? next, Theme theme)
    {
        if (block is not Table)
        {
            return (0, 0);
        }

        // A heading or a title keeps its own gap to its table; a note in small type sits right under it.
        var before = previous is Heading or Paragraph { Style: "Title" or StyleNames.Subject } ? 0 : theme.TableSpacePt;
        var after = next is Paragraph { Style: "Small" or "Caption" } ? 0 : theme.TableSpacePt;
        return (before, after);
    }
}
