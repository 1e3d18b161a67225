namespace KazReports.Text;

/// <summary>
/// The typograph: Russian typesetting rules applied to a paragraph's text before layout, the same for
/// DOCX and PDF. Every rule replaces one character by one (a space by a no-break space U+00A0, a hyphen
/// by a no-break hyphen U+2011, a straight quote by a Russian one), so the text keeps its length and a
/// caller can map the result back onto its runs. The rules (templates/README.md, «Типографика»):
/// no-break space before «%» and «—», after «№» and «§», between initials and a surname («С.Ю. Волкова»,
/// «Волкова С.Ю.»), after «с.», «г.», «ул.» and the like, between a number and its unit or the next
/// group of its digits, after a word of one or two letters (prepositions, conjunctions) and before
/// «же», «ли», «бы»; no-break hyphen in «ВПР-8», «4-х»; quotes «ёлочки» outside and „лапки“ inside.
/// </summary>
public static class Typograph
{
    public const char NoBreakSpace = '\u00A0';
    public const char NoBreakHyphen = '\u2011';

    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "с.", "г.", "ул.", "д.", "п.", "пос.", "пгт", "пгт.", "пр.", "пер.", "мкр.", "обл.", "им.", "т.", "ст.",
        "рис.", "табл.", "гл.", "ч.", "кв.", "пр-т", "р-н", "стр.", "см.", "тел.", "каб.", "корп.", "разд.", "прил.",
    };

    private static readonly HashSet<string> Units = new(StringComparer.Ordinal)
    {
        "г.", "гг.", "год", "года", "году", "лет", "чел.", "человек", "руб.", "тыс.", "млн", "млн.", "млрд", "млрд.",
        "км", "м", "см", "мм", "кг", "т", "ч", "ч.", "мин", "мин.", "с", "сек.", "%", "‰", "балл", "балла", "баллов",
        "класс", "класса", "классов", "кл.", "шт.", "р.", "коп.", "стр.", "с.", "экз.", "ед.", "раз", "раза",
    };

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal) { "же", "ли", "бы", "ж", "б" };

    /// <summary>The text with the rules applied (same length); the text itself when nothing changes.</summary>
    public static string Apply(string text)
    {
        if (text.Length < 2 && text != "\"")
        {
            return text;
        }

        char[]? chars = null;
        ApplySpaces(text, ref chars);
        ApplyHyphens(text, ref chars);
        ApplyQuotes(text, ref chars);
        return chars is null ? text : new string(chars);
    }

    private static void Set(string text, ref char[]? chars, int i, char c)
    {
        if ((chars?[i] ?? text[i]) == c)
        {
            return;
        }

        chars ??= text.ToCharArray();
        chars[i] = c;
    }

    private static bool IsBoundary(char c) => c is ' ' or '\n' or '\r' or '\t' or NoBreakSpace or '\u202F';

    private static void ApplySpaces(string text, ref char[]? chars)
    {
        for (var i = text.IndexOf(' '); i >= 0 && i < text.Length; i = text.IndexOf(' ', i + 1))
        {
            var ps = i;
            while (ps > 0 && !IsBoundary(text[ps - 1]))
            {
                ps--;
            }

            var ne = i + 1;
            while (ne < text.Length && !IsBoundary(text[ne]))
            {
                ne++;
            }

            if (ps == i || ne == i + 1)
            {
                continue;
            }

            if (Binds(text.AsSpan(ps, i - ps), text.AsSpan(i + 1, ne - i - 1)))
            {
                Set(text, ref chars, i, NoBreakSpace);
            }
        }
    }

    /// <summary>Whether the space between two tokens must not break.</summary>
    internal static bool Binds(ReadOnlySpan<char> prev, ReadOnlySpan<char> next)
    {
        if (next[0] is '%' or '‰' or '—' or '–' && (next.Length == 1 || !char.IsLetterOrDigit(next[1])))
        {
            return true;
        }

        if (prev[^1] is '№' or '§')
        {
            return true;
        }

        var prevCore = prev.TrimStart("(«„\"'[");
        var nextCore = next.TrimEnd(",.;:!?)»“\"']");
        if (prevCore.Length == 0 || nextCore.Length == 0)
        {
            return false;
        }

        if (IsInitials(prevCore) && char.IsUpper(next[0]))
        {
            return true;
        }

        if (IsInitials(next.TrimEnd(",;:!?)»“\"']")) && IsCapitalised(prevCore))
        {
            return true;
        }

        // «с. Казачинское», «ул. Ленина», «д. 5» (but «в 2024 г. было»: «г.» there is a unit, see below).
        if ((char.IsUpper(next[0]) || char.IsDigit(next[0])) && Abbreviations.Contains(prevCore.ToString()))
        {
            return true;
        }

        if (IsNumber(prevCore))
        {
            if (Units.Contains(next.TrimEnd(",;:!?)»“\"']").ToString()) || Units.Contains(nextCore.ToString()))
            {
                return true;
            }

            // «10 800»: the next group of a number's digits.
            if (prevCore.Length <= 3 && IsDigits(prevCore) && nextCore.Length >= 3 && IsDigits(nextCore[..3])
                && (nextCore.Length == 3 || !char.IsDigit(nextCore[3])))
            {
                return true;
            }
        }

        if (Particles.Contains(nextCore.ToString()))
        {
            return true;
        }

        // A word of one or two letters, with nothing after it: a preposition, a conjunction.
        return prevCore.Length <= 2 && IsLetters(prevCore) && prev[^1] == prevCore[^1];
    }

    private static void ApplyHyphens(string text, ref char[]? chars)
    {
        for (var i = text.IndexOf('-', 1); i > 0 && i < text.Length - 1; i = text.IndexOf('-', i + 1))
        {
            if (!char.IsLetterOrDigit(text[i - 1]) || !char.IsLetterOrDigit(text[i + 1]))
            {
                continue;
            }

            var ls = i;
            while (ls > 0 && char.IsLetterOrDigit(text[ls - 1]))
            {
                ls--;
            }

            var re = i + 1;
            while (re < text.Length && char.IsLetterOrDigit(text[re]))
            {
                re++;
            }

            var left = text.AsSpan(ls, i - ls);
            var right = text.AsSpan(i + 1, re - i - 1);
            if (IsDigits(left) || IsDigits(right) || IsCapitals(left) || (right.Length == 1 && char.IsUpper(right[0])))
            {
                Set(text, ref chars, i, NoBreakHyphen);
            }
        }
    }

    private static void ApplyQuotes(string text, ref char[]? chars)
    {
        if (text.AsSpan().IndexOfAny("\"«»„") < 0)
        {
            return;
        }

        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '"':
                    var prev = i == 0 ? ' ' : (chars?[i - 1] ?? text[i - 1]);
                    var opening = IsBoundary(prev) || prev is '(' or '[' or '{' or '—' or '–' or '«' or '„' or '/';
                    if (opening)
                    {
                        Set(text, ref chars, i, depth == 0 ? '«' : '„');
                        depth++;
                    }
                    else
                    {
                        depth = Math.Max(0, depth - 1);
                        Set(text, ref chars, i, depth == 0 ? '»' : '“');
                    }

                    break;
                case '«':
                    Set(text, ref chars, i, depth == 0 ? '«' : '„');
                    depth++;
                    break;
                case '„':
                    depth++;
                    break;
                case '»':
                    depth = Math.Max(0, depth - 1);
                    Set(text, ref chars, i, depth == 0 ? '»' : '“');
                    break;
                case '“' when depth > 0:
                    depth--;
                    break;
            }
        }
    }

    /// <summary>«С.», «С.Ю.», «С.-Ю.»: capital letters each followed by a full stop.</summary>
    private static bool IsInitials(ReadOnlySpan<char> s)
    {
        if (s.Length < 2 || s.Length % 2 != 0)
        {
            return false;
        }

        for (var k = 0; k < s.Length; k += 2)
        {
            if (!char.IsUpper(s[k]) || s[k + 1] != '.')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsCapitalised(ReadOnlySpan<char> s)
    {
        if (s.Length < 2 || !char.IsUpper(s[0]))
        {
            return false;
        }

        foreach (var c in s[1..])
        {
            if (!char.IsLower(c) && c != '-')
            {
                return false;
            }
        }

        return true;
    }

    private static readonly System.Buffers.SearchValues<char> NumberChars = System.Buffers.SearchValues.Create("0123456789,.");
    private static readonly System.Buffers.SearchValues<char> DigitChars = System.Buffers.SearchValues.Create("0123456789");

    private static bool IsNumber(ReadOnlySpan<char> s) =>
        s.Length > 0 && char.IsDigit(s[0]) && char.IsDigit(s[^1]) && !s.ContainsAnyExcept(NumberChars);

    private static bool IsDigits(ReadOnlySpan<char> s) => s.Length > 0 && !s.ContainsAnyExcept(DigitChars);

    private static bool IsLetters(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>An abbreviation in capitals: «ВПР», «МБОУ».</summary>
    private static bool IsCapitals(ReadOnlySpan<char> s)
    {
        if (s.Length < 2)
        {
            return false;
        }

        foreach (var c in s)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }
}
