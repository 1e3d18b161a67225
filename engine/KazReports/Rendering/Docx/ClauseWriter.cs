using System.Text.RegularExpressions;
using KazReports.Documents;
using ModelParagraph = KazReports.Documents.Paragraph;

namespace KazReports.Rendering.Docx;

/// <summary>
/// Numbered clauses typed as text («1. Утвердить…», «2. Руководителям…»: an order's clauses, a
/// letter's recommendations) become real Word numbering: two or more body paragraphs in a row
/// that start with consecutive numbers and a dot lose the typed number and get a w:numPr of
/// their own list (the number at the first-line indent, a space, the text back at the margin),
/// so a clause inserted in Word renumbers the rest. The PDF prints the same numbers as typed.
/// </summary>
internal static partial class ClauseWriter
{
    [GeneratedRegex(@"^(\d{1,3})\.[ \u00A0]+")]
    private static partial Regex Number();

    /// <summary>How many paragraphs from <paramref name="index"/> make a run of numbered clauses (0 for none, never 1).</summary>
    public static int Count(IReadOnlyList<Block> blocks, int index, out int start)
    {
        start = 0;
        var count = 0;
        for (var i = index; i < blocks.Count; i++)
        {
            if (Clause(blocks[i]) is not { } n || (count > 0 && n != start + count))
            {
                break;
            }

            if (count == 0)
            {
                start = n;
            }

            count++;
        }

        return count >= 2 ? count : 0;
    }

    /// <summary>The paragraph without its typed number.</summary>
    public static ModelParagraph Strip(ModelParagraph paragraph)
    {
        var first = (Run)paragraph.Content[0];
        var match = Number().Match(first.Text);
        return paragraph with { Content = [first with { Text = first.Text[match.Length..] }, .. paragraph.Content.Skip(1)] };
    }

    private static int? Clause(Block block) =>
        block is ModelParagraph { Style: "Normal" or "" } p && p.Content.Count > 0 && p.Content[0] is Run run
            && Number().Match(run.Text) is { Success: true } m
            && int.TryParse(m.Groups[1].Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
            ? n
            : null;
}
