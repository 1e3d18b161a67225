using KazReports.Documents;
using KazReports.Text;

namespace KazReports.Rendering.Pdf.Text;

/// <summary>
/// How a paragraph's lines are broken (from the theme's <c>typography:</c>): hyphenation with its
/// minimum fragments and penalty, the limit of hyphens in a row, whole-paragraph breaking, looseness.
/// </summary>
internal sealed record BreakSettings(
    bool Hyphenate,
    int LeftMin,
    int RightMin,
    int WordMin,
    int HyphenPenalty,
    int ConsecutiveHyphens,
    bool TotalFit,
    int Looseness)
{
    public static BreakSettings From(Typography t) =>
        new(t.Hyphenation, t.HyphenLeftMin, t.HyphenRightMin, t.HyphenWordMin, t.HyphenPenalty, t.ConsecutiveHyphens, t.TotalFit, t.Looseness);

    /// <summary>
    /// Where a word piece may be hyphenated (character indexes into its text): in each stretch of
    /// letters long enough, not in abbreviations in capitals, not next to digits, and not at all in a
    /// piece holding initials («С.Ю.&#xA0;Волкова»: a name kept whole by the typograph).
    /// </summary>
    public int[] PointsOf(Piece piece)
    {
        if (!Hyphenate || piece.Kind != PieceKind.Word || piece.Shaped is null || piece.Shaped.Text.Length < WordMin)
        {
            return [];
        }

        // Remembered for every render of the process (RenderCaches): the same words come in every letter.
        return RenderCaches.HyphenPoints.Get((piece.Shaped.Text, LeftMin, RightMin, WordMin), this, static (key, settings) => settings.Compute(key.Word));
    }

    private int[] Compute(string text)
    {
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (char.IsUpper(text[i]) && text[i + 1] == '.')
            {
                return [];
            }
        }

        List<int>? result = null;
        var k = 0;
        while (k < text.Length)
        {
            if (!char.IsLetter(text[k]))
            {
                k++;
                continue;
            }

            var start = k;
            while (k < text.Length && char.IsLetter(text[k]))
            {
                k++;
            }

            var before = start > 0 ? text[start - 1] : ' ';
            var after = k < text.Length ? text[k] : ' ';
            if (k - start < WordMin || char.IsDigit(before) || char.IsDigit(after) || before is '\u2011' or '-' || after is '\u2011'
                || !IsRussianWord(text.AsSpan(start, k - start)))
            {
                continue;
            }

            foreach (var p in Hyphenator.Russian.Points(text.AsSpan(start, k - start), LeftMin, RightMin))
            {
                (result ??= []).Add(start + p);
            }
        }

        return result?.ToArray() ?? [];
    }

    /// <summary>Cyrillic letters, at most the first a capital (no abbreviation «МБОУ», «ВПР»).</summary>
    private static bool IsRussianWord(ReadOnlySpan<char> word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (c is not ((>= 'а' and <= 'я') or 'ё') && !(i == 0 && c is (>= 'А' and <= 'Я') or 'Ё'))
            {
                return false;
            }
        }

        return true;
    }
}
