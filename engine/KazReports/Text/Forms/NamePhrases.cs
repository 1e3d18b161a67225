namespace KazReports.Text.Forms;

/// <summary>
/// Cases of the names of schools, organisations and positions, by the rules of office Russian:
/// the adjectives and the head noun agree («Отношинская СОШ» → «Отношинской СОШ», «школа № 5» →
/// «школы № 5», «директор» → «директору»); what follows the head noun is its own complement and
/// stays as written («директор школы»); a proper name after the organisational form stays in the
/// nominative («МБОУ Мокрушинская СОШ», «учреждения Казачинская средняя общеобразовательная школа»);
/// a branch is declined on both sides of the dash («Челноковской ООШ – филиала МБОУ Мокрушинская СОШ»).
/// </summary>
public static class NamePhrases
{
    /// <summary>Head nouns of names of schools and positions, with their declension.</summary>
    private static readonly Dictionary<string, Func<string, GrammaticalCase, string?>> Nouns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["школа"] = Endings.FirstDeclension,
        ["гимназия"] = Endings.FirstDeclension,
        ["учреждение"] = Endings.NeuterIe,
        ["филиал"] = (w, c) => Endings.HardMasculine(w, c, animate: false),
        ["лицей"] = (w, c) => Endings.SoftMasculine(w, c, animate: false),
        ["центр"] = (w, c) => Endings.HardMasculine(w, c, animate: false),
        ["район"] = (w, c) => Endings.HardMasculine(w, c, animate: false),
        ["отдел"] = (w, c) => Endings.HardMasculine(w, c, animate: false),
        ["директор"] = Person,
        ["руководитель"] = Person,
        ["заместитель"] = Person,
        ["начальник"] = Person,
        ["специалист"] = Person,
        ["методист"] = Person,
        ["учитель"] = Person,
        ["педагог"] = Person,
        ["председатель"] = Person,
        ["инспектор"] = Person,
        ["консультант"] = Person,
        ["координатор"] = Person,
        ["глава"] = (w, c) => Endings.FirstDeclension(w, c),
    };

    private static string? Person(string w, GrammaticalCase c) =>
        Endings.HardMasculine(w, c, animate: true) ?? Endings.SoftMasculine(w, c, animate: true);

    /// <summary>
    /// The phrase in the case, or null when a word before the head noun follows no rule known here
    /// (the data then gives the form: <c>forms: {genitive: …}</c>).
    /// </summary>
    public static string? Inflect(string phrase, GrammaticalCase c)
    {
        if (c == GrammaticalCase.Nominative || string.IsNullOrWhiteSpace(phrase)) return phrase;
        var words = phrase.Split(' ');
        var declining = true;   // still before (or at) the head noun of the current part
        var declined = false;   // something took the case: a name of only abbreviations keeps them
        for (var i = 0; i < words.Length; i++)
        {
            var w = words[i];
            if (w.Length == 0) continue;
            if (w is "–" or "—" or "-")
            {
                declining = true;           // a branch: «… ООШ – филиал …» declines its second part too
                continue;
            }
            if (!declining) continue;
            if (IsAbbreviation(w))
            {
                // An organisational form («МБОУ») leaves the proper name after it in the nominative.
                if (IsOrgForm(w)) declining = false;
                if (IsOrgForm(w)) declined = true;
                continue;
            }
            if (w == "№" || char.IsDigit(w[0]) || w[0] is '«' or '"' or '(')
            {
                declining = false;
                continue;
            }
            var lower = w.ToLowerInvariant();
            if (Nouns.TryGetValue(lower, out var noun))
            {
                var f = noun(w, c);
                if (f is null) return null;
                words[i] = f;
                declined = true;
                declining = false;          // its complement («школы», «муниципального …») stays as written
                continue;
            }
            var adj = Endings.FeminineAdjective(w, c) ?? Endings.NeuterAdjective(w, c) ?? Endings.MasculineAdjective(w, c, AnimateAhead(words, i));
            if (adj is null) return null;
            words[i] = adj;
            declined = true;
        }
        return declined || words.All(w => w.Length == 0 || IsAbbreviation(w) || w is "–" or "—" or "-" or "№" || char.IsDigit(w[0]))
            ? string.Join(' ', words) : null;
    }

    /// <summary>Whether a masculine adjective at <paramref name="i"/> qualifies a person («главного специалиста»).</summary>
    private static bool AnimateAhead(string[] words, int i)
    {
        for (var j = i + 1; j < words.Length; j++)
            if (Nouns.TryGetValue(words[j], out var n)) return n == Person;
        return false;
    }

    /// <summary>«СОШ», «МБОУ», «МКУ», «РЦО»: written in capitals, never declined.</summary>
    public static bool IsAbbreviation(string w)
    {
        var letters = 0;
        foreach (var ch in w)
        {
            if (char.IsLetter(ch))
            {
                if (!char.IsUpper(ch)) return false;
                letters++;
            }
        }
        return letters >= 2;
    }

    /// <summary>«МБОУ», «МКОУ», «МАОУ», «ЧОУ»: the form of an educational organisation.</summary>
    public static bool IsOrgForm(string w) =>
        w.Length >= 3 && (w.EndsWith("ОУ", StringComparison.Ordinal) || w.EndsWith('У') && w.StartsWith('М'))
        && w is not ("СОШ" or "ООШ" or "НОШ");
}
