namespace KazReports.Text;

/// <summary>The few Russian word forms the documents need, derived by rule.</summary>
public static class RussianForms
{
    /// <summary>
    /// «Момотовская СОШ» -> «Момотовской СОШ» (after «в»): feminine adjectives ending in «-ая»
    /// take «-ой»; other words are kept. The registry's <c>name_locative</c> overrides it.
    /// </summary>
    public static string Locative(string name)
    {
        var words = name.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            var w = words[i];
            if (w.Length > 3 && w.EndsWith("ая", StringComparison.Ordinal))
                words[i] = w[..^2] + "ой";
        }
        return string.Join(' ', words);
    }

    /// <summary>«Момотовская СОШ» -> «Момотовской»: the adjective alone, for «в Момотовской, Мокрушинской школах».</summary>
    public static string LocativeAdjective(string name)
    {
        var first = name.Split(' ')[0];
        return first.EndsWith("ая", StringComparison.Ordinal) ? first[..^2] + "ой" : first;
    }

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
}
