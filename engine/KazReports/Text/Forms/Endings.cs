namespace KazReports.Text.Forms;

/// <summary>
/// Endings of the regular declensions: adjectives (and participles) of the three genders, and the
/// nouns of the names of schools and positions. Each returns null when the word is not of its pattern.
/// </summary>
internal static class Endings
{
    private static bool Hushing(char c) => c is 'ж' or 'ш' or 'ч' or 'щ' or 'ц';
    private static bool Velar(char c) => c is 'г' or 'к' or 'х';

    /// <summary>A feminine adjective: «Казачинская», «средняя», «общая».</summary>
    public static string? FeminineAdjective(string w, GrammaticalCase c)
    {
        if (w.Length < 4) return null;
        var lower = w.ToLowerInvariant();
        if (lower.EndsWith("ая", StringComparison.Ordinal))
        {
            var stem = w[..^2];
            var soft = Hushing(char.ToLowerInvariant(stem[^1]));
            return c switch
            {
                GrammaticalCase.Nominative => w,
                GrammaticalCase.Accusative => stem + "ую",
                _ => stem + (soft ? "ей" : "ой"),
            };
        }
        if (lower.EndsWith("яя", StringComparison.Ordinal))
        {
            var stem = w[..^2];
            return c switch
            {
                GrammaticalCase.Nominative => w,
                GrammaticalCase.Accusative => stem + "юю",
                _ => stem + "ей",
            };
        }
        return null;
    }

    /// <summary>A neuter adjective: «муниципальное», «бюджетное», «казённое».</summary>
    public static string? NeuterAdjective(string w, GrammaticalCase c)
    {
        if (w.Length < 4) return null;
        var lower = w.ToLowerInvariant();
        var hard = lower.EndsWith("ое", StringComparison.Ordinal);
        if (!hard && !lower.EndsWith("ее", StringComparison.Ordinal)) return null;
        var stem = w[..^2];
        return c switch
        {
            GrammaticalCase.Nominative or GrammaticalCase.Accusative => w,
            GrammaticalCase.Genitive => stem + (hard ? "ого" : "его"),
            GrammaticalCase.Dative => stem + (hard ? "ому" : "ему"),
            GrammaticalCase.Instrumental => stem + (hard ? "ым" : "им"),
            _ => stem + (hard ? "ом" : "ем"),
        };
    }

    /// <summary>
    /// A masculine adjective or participle: «главный», «ведущий», «заведующий», «Троицкий»;
    /// <paramref name="animate"/> chooses the accusative (a person's) form.
    /// </summary>
    public static string? MasculineAdjective(string w, GrammaticalCase c, bool animate)
    {
        if (w.Length < 4) return null;
        var lower = w.ToLowerInvariant();
        var end = lower[^2..];
        if (end is not ("ый" or "ий" or "ой")) return null;
        var stem = w[..^2];
        var last = char.ToLowerInvariant(stem[^1]);
        // «-ий» after a hushing consonant or a soft stem («ведущий», «синий») takes «-его»; after г/к/х «-ого».
        var soft = end == "ий" && !Velar(last);
        var i = end == "ий" || (end == "ой" && Velar(last)) || Hushing(last) ? "им" : "ым";
        return c switch
        {
            GrammaticalCase.Nominative => w,
            GrammaticalCase.Genitive => stem + (soft ? "его" : "ого"),
            GrammaticalCase.Accusative => animate ? stem + (soft ? "его" : "ого") : w,
            GrammaticalCase.Dative => stem + (soft ? "ему" : "ому"),
            GrammaticalCase.Instrumental => stem + i,
            _ => stem + (soft ? "ем" : "ом"),
        };
    }

    /// <summary>A masculine noun ending in a hard consonant: «директор», «филиал», «специалист».</summary>
    public static string? HardMasculine(string w, GrammaticalCase c, bool animate)
    {
        if (w.Length < 2) return null;
        var last = char.ToLowerInvariant(w[^1]);
        if ("бвгджзклмнпрстфхцчшщ".IndexOf(last) < 0) return null;
        var hushing = Hushing(last);
        return c switch
        {
            GrammaticalCase.Nominative => w,
            GrammaticalCase.Genitive => w + "а",
            GrammaticalCase.Accusative => animate ? w + "а" : w,
            GrammaticalCase.Dative => w + "у",
            GrammaticalCase.Instrumental => w + (hushing && last != 'ш' && last != 'ж' ? "ем" : "ом"),
            _ => w + "е",
        };
    }

    /// <summary>A masculine noun in «-ь» or «-й»: «руководитель», «заместитель», «Игорь», «Сергей».</summary>
    public static string? SoftMasculine(string w, GrammaticalCase c, bool animate)
    {
        if (w.Length < 3) return null;
        var last = char.ToLowerInvariant(w[^1]);
        if (last is not ('ь' or 'й')) return null;
        var stem = w[..^1];
        if (last == 'й' && char.ToLowerInvariant(stem[^1]) == 'и')
            return c switch // «Дмитрий», «Василий», «Юрий»
            {
                GrammaticalCase.Nominative => w,
                GrammaticalCase.Genitive => stem + "я",
                GrammaticalCase.Accusative => animate ? stem + "я" : w,
                GrammaticalCase.Dative => stem + "ю",
                GrammaticalCase.Instrumental => stem + "ем",
                _ => stem + "и",
            };
        return c switch
        {
            GrammaticalCase.Nominative => w,
            GrammaticalCase.Genitive => stem + "я",
            GrammaticalCase.Accusative => animate ? stem + "я" : w,
            GrammaticalCase.Dative => stem + "ю",
            GrammaticalCase.Instrumental => stem + "ем",
            _ => stem + "е",
        };
    }

    /// <summary>A noun of the first declension in «-а»/«-я»/«-ия»: «школа», «гимназия», «Анна», «Никита», «Илья».</summary>
    public static string? FirstDeclension(string w, GrammaticalCase c)
    {
        if (w.Length < 2) return null;
        var last = char.ToLowerInvariant(w[^1]);
        if (last is not ('а' or 'я')) return null;
        var stem = w[..^1];
        var before = char.ToLowerInvariant(stem[^1]);
        if (last == 'я' && before == 'и')
            return c switch // «гимназия», «Мария»
            {
                GrammaticalCase.Nominative => w,
                GrammaticalCase.Accusative => stem + "ю",
                GrammaticalCase.Instrumental => stem + "ей",
                _ => stem + "и",
            };
        if (last == 'я')
            return c switch // «Илья», «Таня»
            {
                GrammaticalCase.Nominative => w,
                GrammaticalCase.Genitive => stem + "и",
                GrammaticalCase.Accusative => stem + "ю",
                GrammaticalCase.Instrumental => stem + "ей",
                _ => stem + "е",
            };
        return c switch
        {
            GrammaticalCase.Nominative => w,
            GrammaticalCase.Genitive => stem + (Velar(before) || Hushing(before) ? "и" : "ы"),
            GrammaticalCase.Accusative => stem + "у",
            GrammaticalCase.Instrumental => stem + (Hushing(before) ? "ей" : "ой"),
            _ => stem + "е",
        };
    }

    /// <summary>A neuter noun in «-ие»: «учреждение».</summary>
    public static string? NeuterIe(string w, GrammaticalCase c)
    {
        if (!w.EndsWith("ие", StringComparison.OrdinalIgnoreCase) || w.Length < 4) return null;
        var stem = w[..^1];
        return c switch
        {
            GrammaticalCase.Nominative or GrammaticalCase.Accusative => w,
            GrammaticalCase.Genitive => stem + "я",
            GrammaticalCase.Dative => stem + "ю",
            GrammaticalCase.Instrumental => stem + "ем",
            _ => stem + "и",
        };
    }
}
