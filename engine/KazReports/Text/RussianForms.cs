using System.Globalization;
using KazReports.Text.Forms;

namespace KazReports.Text;

/// <summary>
/// The Russian word forms the documents need, in one place: cases of names of schools and positions
/// (<see cref="NamePhrases"/>), of people (<see cref="PersonNames"/>), counts, and the small text rules
/// of office style (lower case after «срок:», one stop at a sentence end).
/// </summary>
public static class RussianForms
{
    /// <summary>
    /// The phrase in the case: the form given in <paramref name="overrides"/> (the data's
    /// <c>forms:</c>, by case key) first, then the rules; null when neither gives it.
    /// </summary>
    public static string? TryInflect(string phrase, GrammaticalCase c, IReadOnlyDictionary<string, string>? overrides = null) =>
        c == GrammaticalCase.Nominative ? phrase
        : overrides is not null && overrides.TryGetValue(CaseNames.Key(c), out var given) ? given
        : NamePhrases.Inflect(phrase, c);

    /// <summary>The phrase in the case, or the phrase as written when no rule gives it (validation warns of that).</summary>
    public static string Inflect(string phrase, GrammaticalCase c, IReadOnlyDictionary<string, string>? overrides = null) =>
        TryInflect(phrase, c, overrides) ?? phrase;

    /// <summary>«Момотовская СОШ» -> «Момотовской СОШ» (after «в»).</summary>
    public static string Locative(string name) => Inflect(name, GrammaticalCase.Prepositional);

    /// <summary>«Момотовская СОШ» -> «Момотовской»: the adjective alone, for «в Момотовской, Мокрушинской школах».</summary>
    public static string LocativeAdjective(string name)
    {
        var first = name.Split(' ')[0];
        return Endings.FeminineAdjective(first, GrammaticalCase.Prepositional) ?? first;
    }

    /// <summary>A count with its noun: «1 файл», «3 файла», «56 файлов» (see <see cref="Plural"/>).</summary>
    public static string Count(long n, string one, string few, string many) =>
        n.ToString(CultureInfo.InvariantCulture) + " " + Plural(n, one, few, many);

    /// <summary>Chooses the form for a count: 1 школа, 2 школы, 5 школ.</summary>
    public static string Plural(long n, string one, string few, string many)
    {
        var n100 = Math.Abs(n) % 100;
        var n10 = n100 % 10;
        if (n100 is >= 11 and <= 14) return many;
        return n10 switch
        {
            1 => one,
            >= 2 and <= 4 => few,
            _ => many,
        };
    }

    /// <summary>
    /// Data text placed after «срок:» or «ответственные:»: the first letter in lower case unless the
    /// first word is an abbreviation («МКУ РЦО») or a proper name is marked by the data in quotes.
    /// </summary>
    public static string LowerFirst(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var words = text.Split(' ', 3);
        if (NamePhrases.IsAbbreviation(words[0]) || !char.IsUpper(text[0])) return text;
        // A person («Волкова С.Ю.») or a proper name before an abbreviation («Казачинская СОШ») keeps its capital.
        if (PersonName.Parse(text.Split(',')[0]) is { First: not null } || words.Length > 1 && NamePhrases.IsAbbreviation(words[1].TrimEnd(',', '.')) &&
            (words[0].EndsWith("ая", StringComparison.Ordinal) || words[0].EndsWith("ий", StringComparison.Ordinal) || words[0].EndsWith("ый", StringComparison.Ordinal)))
            return text;
        return char.ToLowerInvariant(text[0]) + text[1..];
    }

    /// <summary>«Ответственный» for one person or body, «Ответственные» for several («Руководители ОУ», «МКУ РЦО, ОО»).</summary>
    public static string ResponsibleLabel(string? text)
    {
        var t = (text ?? "").Trim();
        var first = t.Split(' ', 2)[0].ToLowerInvariant();
        var plural = t.Contains(',') || t.Contains(" и ", StringComparison.Ordinal) ||
                     (!NamePhrases.IsAbbreviation(t.Split(' ', 2)[0]) && first.Length > 3 && first[^1] is 'и' or 'ы');
        return plural ? "Ответственные" : "Ответственный";
    }

    /// <summary>Text without its final stop, for a sentence that adds its own («Ответственный: Волкова С.Ю.» + «.»).</summary>
    public static string TrimStop(string? text)
    {
        var t = (text ?? "").TrimEnd();
        return t.EndsWith('.') && !t.EndsWith("..", StringComparison.Ordinal) ? t[..^1] : t;
    }

    /// <summary>Appends a stop unless the text already ends with one (an initial, «т.д.», «?», «!»).</summary>
    public static string EndSentence(string? text)
    {
        var t = (text ?? "").TrimEnd();
        return t.Length == 0 || t[^1] is '.' or '!' or '?' or '…' ? t : t + ".";
    }
}
