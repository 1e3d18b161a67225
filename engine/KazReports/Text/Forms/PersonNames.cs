namespace KazReports.Text.Forms;

/// <summary>A person's name split into its parts; initials are kept as written («И.»).</summary>
public sealed record PersonName(string Surname, string? First, string? Patronymic, bool InitialsFirst)
{
    /// <summary>«И.И.» from the first name and patronymic (full or already initials).</summary>
    public string Initials => Initial(First) + Initial(Patronymic);

    private static string Initial(string? part) => part is null ? "" : part.EndsWith('.') ? part : part[..1] + ".";

    /// <summary>
    /// Reads «Иванов Иван Иванович», «Иванов И.И.», «Иванов И. И.», «И.И. Иванов», «Иванова Анна»;
    /// null when the text is not a name of these shapes.
    /// </summary>
    public static PersonName? Parse(string text)
    {
        var t = text.Trim();
        if (t.Length == 0) return null;
        var lastDot = t.LastIndexOf('.');
        // «И.И. Иванов», «И. И. Иванов», «И.И.Иванов»: initials first.
        if (lastDot > 0 && lastDot < t.Length - 1 && SplitInitials(t[..(lastDot + 1)]) is { } first && IsWord(t[(lastDot + 1)..].Trim()))
            return new PersonName(t[(lastDot + 1)..].Trim(), first[0], first.Length > 1 ? first[1] : null, true);
        var words = t.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (!IsWord(words[0])) return null;
        if (words.Length == 1) return new PersonName(words[0], null, null, false);
        var rest = string.Concat(words[1..]);
        if (rest.Contains('.'))
            return SplitInitials(rest) is { } parts ? new PersonName(words[0], parts[0], parts.Length > 1 ? parts[1] : null, false) : null;
        if (words.Length > 3 || words.Skip(1).Any(w => !IsWord(w))) return null;
        return new PersonName(words[0], words[1], words.Length > 2 ? words[2] : null, false);
    }

    /// <summary>«И.И.» or «И. И.» as ["И.", "И."]; null when it is not one or two initials.</summary>
    private static string[]? SplitInitials(string text)
    {
        var parts = text.Replace(" ", "").Split('.', StringSplitOptions.RemoveEmptyEntries);
        if (!text.TrimEnd().EndsWith('.') || parts.Length is < 1 or > 2 || parts.Any(p => p.Length != 1 || !char.IsUpper(p[0]))) return null;
        return parts.Select(p => p + ".").ToArray();
    }

    /// <summary>«Иванов», «Петров-Водкин»: a capital, then small letters (a capital again after a hyphen).</summary>
    private static bool IsWord(string w) =>
        w.Length > 1 && char.IsUpper(w[0]) && w.Select((ch, i) => char.IsLower(ch) || ch == '-' || i > 0 && w[i - 1] == '-' && char.IsUpper(ch)).Skip(1).All(x => x);
}

/// <summary>
/// Cases of people's names after the published rules of «Petrovich» (surnames in -ов/-ев/-ин/-ын,
/// -ский/-цкий, adjectival and invariable ones; first names; patronymics). The gender comes from the
/// data, else from the patronymic (-вич/-вна), else from the surname (-ов/-ова).
/// </summary>
public static class PersonNames
{
    /// <summary>The gender the name shows, or <see cref="Gender.Unknown"/>.</summary>
    public static Gender GenderOf(PersonName n)
    {
        if (n.Patronymic is { Length: > 2 } p && !p.EndsWith('.'))
        {
            if (p.EndsWith("ич", StringComparison.Ordinal)) return Gender.Male;
            if (p.EndsWith("на", StringComparison.Ordinal)) return Gender.Female;
        }
        var s = n.Surname.ToLowerInvariant();
        if (s.EndsWith("ова", StringComparison.Ordinal) || s.EndsWith("ева", StringComparison.Ordinal) || s.EndsWith("ёва", StringComparison.Ordinal) || s.EndsWith("ина", StringComparison.Ordinal) || s.EndsWith("ына", StringComparison.Ordinal) || s.EndsWith("ская", StringComparison.Ordinal) || s.EndsWith("цкая", StringComparison.Ordinal) || s.EndsWith("ая", StringComparison.Ordinal))
            return Gender.Female;
        if (s.EndsWith("ов", StringComparison.Ordinal) || s.EndsWith("ев", StringComparison.Ordinal) || s.EndsWith("ёв", StringComparison.Ordinal) || s.EndsWith("ин", StringComparison.Ordinal) || s.EndsWith("ын", StringComparison.Ordinal) || s.EndsWith("ский", StringComparison.Ordinal) || s.EndsWith("цкий", StringComparison.Ordinal) || s.EndsWith("ой", StringComparison.Ordinal) || s.EndsWith("ый", StringComparison.Ordinal) || s.EndsWith("ий", StringComparison.Ordinal))
            return Gender.Male;
        if (n.First is { Length: > 2 } f && !f.EndsWith('.'))
            return f.EndsWith('а') || f.EndsWith('я') ? (f is "Никита" or "Илья" or "Фома" or "Кузьма" or "Лука" ? Gender.Male : Gender.Female) : Gender.Male;
        return Gender.Unknown;
    }

    /// <summary>
    /// «Иванову И.И.» (surname, then initials, as the addressee of a letter is written) in the case;
    /// null when the gender is unknown and the surname changes with it.
    /// </summary>
    public static string? SurnameInitials(string text, GrammaticalCase c, Gender gender = Gender.Unknown)
    {
        if (PersonName.Parse(text) is not { } n) return null;
        var g = gender == Gender.Unknown ? GenderOf(n) : gender;
        var surname = Surname(n.Surname, c, g);
        if (surname is null) return null;
        return n.Initials.Length > 0 ? $"{surname} {n.Initials}" : surname;
    }

    /// <summary>«И.И. Иванов»: initials before the surname (a signature, the executor), in the case.</summary>
    public static string? InitialsSurname(string text, GrammaticalCase c = GrammaticalCase.Nominative, Gender gender = Gender.Unknown)
    {
        if (PersonName.Parse(text) is not { } n) return null;
        var g = gender == Gender.Unknown ? GenderOf(n) : gender;
        var surname = Surname(n.Surname, c, g);
        if (surname is null) return null;
        return n.Initials.Length > 0 ? $"{n.Initials}\u00A0{surname}" : surname;
    }

    /// <summary>The whole name in the case: «Иванову Ивану Ивановичу».</summary>
    public static string? Full(string text, GrammaticalCase c, Gender gender = Gender.Unknown)
    {
        if (PersonName.Parse(text) is not { } n || n.First is null || n.First.EndsWith('.')) return null;
        var g = gender == Gender.Unknown ? GenderOf(n) : gender;
        var s = Surname(n.Surname, c, g);
        var f = FirstName(n.First, c, g);
        var p = n.Patronymic is null ? "" : Patronymic(n.Patronymic, c, g);
        if (s is null || f is null || p is null) return null;
        return string.Join(' ', new[] { s, f, p }.Where(x => x.Length > 0));
    }

    /// <summary>A surname in the case; null when the gender is needed and unknown.</summary>
    public static string? Surname(string s, GrammaticalCase c, Gender g)
    {
        if (c == GrammaticalCase.Nominative) return s;
        if (s.Contains('-')) // «Петров-Водкин»: both parts
        {
            var parts = s.Split('-').Select(p => Surname(p, c, g)).ToArray();
            return parts.Any(p => p is null) ? null : string.Join('-', parts);
        }
        var l = s.ToLowerInvariant();
        // Invariable: «Дурново», «Шевченко», «Черных», «Седых», «Гюго», Georgian «-ия» is declined below.
        if (l.EndsWith('о') || l.EndsWith('е') || l.EndsWith('и') || l.EndsWith('у') || l.EndsWith('ю') || l.EndsWith("ых", StringComparison.Ordinal) || l.EndsWith("их", StringComparison.Ordinal) || l.EndsWith('э'))
            return s;
        if (g == Gender.Female)
        {
            if (l.EndsWith("ова", StringComparison.Ordinal) || l.EndsWith("ева", StringComparison.Ordinal) || l.EndsWith("ёва", StringComparison.Ordinal) || l.EndsWith("ина", StringComparison.Ordinal) || l.EndsWith("ына", StringComparison.Ordinal))
                return c == GrammaticalCase.Accusative ? s[..^1] + "у" : s[..^1] + "ой";
            if (l.EndsWith("ая", StringComparison.Ordinal) || l.EndsWith("яя", StringComparison.Ordinal)) return Endings.FeminineAdjective(s, c);
            if (l.EndsWith('а') || l.EndsWith('я')) return Endings.FirstDeclension(s, c);
            return s; // a woman's surname ending in a consonant («Шевчук») is not declined
        }
        if (g != Gender.Male) return l.EndsWith('а') || l.EndsWith('я') ? Endings.FirstDeclension(s, c) : null;
        if (l.EndsWith("ов", StringComparison.Ordinal) || l.EndsWith("ев", StringComparison.Ordinal) || l.EndsWith("ёв", StringComparison.Ordinal) || l.EndsWith("ин", StringComparison.Ordinal) || l.EndsWith("ын", StringComparison.Ordinal))
            return c switch
            {
                GrammaticalCase.Genitive or GrammaticalCase.Accusative => s + "а",
                GrammaticalCase.Dative => s + "у",
                GrammaticalCase.Instrumental => s + "ым",
                _ => s + "е",
            };
        if (l.EndsWith("ий", StringComparison.Ordinal) || l.EndsWith("ый", StringComparison.Ordinal) || l.EndsWith("ой", StringComparison.Ordinal)) return Endings.MasculineAdjective(s, c, animate: true);
        if (l.EndsWith('а') || l.EndsWith('я')) return Endings.FirstDeclension(s, c);
        if (l.EndsWith('ь') || l.EndsWith('й')) return Endings.SoftMasculine(s, c, animate: true);
        return Endings.HardMasculine(s, c, animate: true);
    }

    /// <summary>A first name in the case.</summary>
    public static string? FirstName(string f, GrammaticalCase c, Gender g)
    {
        if (c == GrammaticalCase.Nominative) return f;
        // Names with a fleeting vowel.
        var fleeting = f switch { "Павел" => "Павл", "Пётр" or "Петр" => "Петр", "Лев" => "Льв", _ => null };
        if (fleeting is not null)
            return c == GrammaticalCase.Instrumental && fleeting == "Льв" ? "Львом" : Endings.HardMasculine(fleeting, c, animate: true);
        if (f is "Любовь")
            return c switch { GrammaticalCase.Accusative => f, GrammaticalCase.Instrumental => "Любовью", _ => "Любови" };
        var l = f.ToLowerInvariant();
        if (l.EndsWith('а') || l.EndsWith('я')) return Endings.FirstDeclension(f, c);
        if (g == Gender.Female) return f; // «Элен», «Нинель» stay
        if (l.EndsWith('ь') || l.EndsWith('й')) return Endings.SoftMasculine(f, c, animate: true);
        if (l.EndsWith('о') || l.EndsWith('е') || l.EndsWith('и') || l.EndsWith('у')) return f;
        return Endings.HardMasculine(f, c, animate: true);
    }

    /// <summary>A patronymic in the case: «Ивановичу», «Ивановне».</summary>
    public static string? Patronymic(string p, GrammaticalCase c, Gender g)
    {
        if (c == GrammaticalCase.Nominative || p.EndsWith('.')) return p;
        if (p.EndsWith("ич", StringComparison.Ordinal))
            return c switch
            {
                GrammaticalCase.Genitive or GrammaticalCase.Accusative => p + "а",
                GrammaticalCase.Dative => p + "у",
                GrammaticalCase.Instrumental => p + "ем",
                _ => p + "е",
            };
        if (p.EndsWith("на", StringComparison.Ordinal)) return Endings.FirstDeclension(p, c);
        return g == Gender.Unknown ? null : p;
    }
}
