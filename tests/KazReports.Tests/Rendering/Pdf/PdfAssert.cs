using System.Text.RegularExpressions;
using KazReports.Documents;

namespace KazReports.Tests.Rendering.Pdf;

internal static partial class PdfAssert
{
    /// <summary>Every word of the document's text (DocumentText) appears in the extracted PDF text, in order of first appearance not required.</summary>
    public static void ContainsWordsOf(Document document, string extracted, string name)
    {
        var have = new HashSet<string>(Words(extracted), StringComparer.Ordinal);
        // A picture's alternative text is not printed; a chart's title is.
        var expected = PictureAlt().Replace(DocumentText.Of(document), " ").Replace("[диаграмма:", " ");
        var missing = Words(expected)
            .Where(w => !have.Contains(w) && !Broken(w, have))
            .Distinct()
            .ToList();
        Assert.True(missing.Count == 0, $"{name}: в тексте PDF нет слов: {string.Join(", ", missing.Take(30))}");
    }

    /// <summary>A word cut between characters at a line end (a narrow column) shows as two words.</summary>
    private static bool Broken(string word, HashSet<string> have) =>
        Enumerable.Range(1, word.Length - 1).Any(i => have.Contains(word[..i]) && have.Contains(word[i..]));

    public static IEnumerable<string> Words(string text) =>
        WordPattern().Matches(text.Replace('\u00A0', ' ')).Select(m => m.Value);

    [GeneratedRegex(@"\[рисунок: [^\]\n]*\]")]
    private static partial Regex PictureAlt();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();
}
