using System.Text;
using KazReports.Parsing;
using KazReports.Text;
using KazReports.Text.Forms;
using Scriban.Runtime;

namespace KazReports.Templates;

/// <summary>The functions templates may call, imported explicitly (no .NET reflection reaches a template).</summary>
internal static class Functions
{
    public static void Import(ScriptObject so, Func<string, IReadOnlyDictionary<string, string>?>? givenForms = null)
    {
        ImportForms(so, givenForms ?? (_ => null));
        so.Import("fmt", new Func<object?, string>(v => Number(v) is { } d ? Numbers.Format(d) : ""));
        so.Import("fixed", new Func<object?, string>(v => Number(v) is { } d ? Numbers.Fixed(d) : ""));
        so.Import("pct", new Func<object?, string>(v => Number(v) is { } d ? Numbers.Format(d) + "\u00A0%" : ""));
        so.Import("date", new Func<object?, string>(v => v is DateOnly d ? DateText.Short(d) : ""));
        so.Import("date_long", new Func<object?, string>(v => v is DateOnly d ? DateText.Long(d) : ""));
        so.Import("plural", new Func<object?, string, string, string, string>((n, one, few, many) =>
            RussianForms.Plural((long)(Number(n) ?? 0), one, few, many)));
        so.Import("locative", new Func<string?, string>(s => s is null ? "" : RussianForms.Locative(s)));
        so.Import("nbsp", new Func<string?, string>(s => s?.Replace(' ', '\u00A0') ?? ""));
        so.Import("esc", new Func<string?, string>(Escape));
        so.Import("cell", new Func<object?, string>(v => Cell(v)));
        so.Import("num", new Func<object?, string>(v => Number(v) is { } d
            ? Numbers.Round(d).ToString(System.Globalization.CultureInfo.InvariantCulture) : "null"));
        so.Import("q", new Func<object?, string>(v => "\"" + (v?.ToString() ?? "").Replace("\\", "\\\\").Replace("\"", "\\\"") + "\""));
        so.Import("lines", new Func<string?, ScriptArray>(s => new ScriptArray((s ?? "").Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0))));
    }

    /// <summary>
    /// Cases of names (<c>genitive</c>, <c>dative</c>, <c>accusative</c>, <c>instrumental</c>,
    /// <c>prepositional</c>), of people (<c>person name case gender</c>, <c>initials name</c>) and the
    /// office-style helpers <c>lower_first</c>, <c>end_sentence</c>, <c>trim_stop</c>.
    /// </summary>
    private static void ImportForms(ScriptObject so, Func<string, IReadOnlyDictionary<string, string>?> given)
    {
        foreach (var c in CaseNames.Oblique)
        {
            var gc = c;
            so.Import(CaseNames.Key(c), new Func<string?, string>(s => s is null ? "" : RussianForms.Inflect(s, gc, given(s))));
        }
        so.Import("person", new Func<string?, string?, string?, string>((name, caseKey, gender) =>
        {
            if (string.IsNullOrEmpty(name)) return "";
            var c = CaseNames.Parse(caseKey) ?? GrammaticalCase.Nominative;
            var g = gender switch { "м" => Gender.Male, "ж" => Gender.Female, _ => Gender.Unknown };
            return PersonNames.SurnameInitials(name, c, g) ?? name;
        }));
        so.Import("initials", new Func<string?, string>(name =>
            string.IsNullOrEmpty(name) ? "" : PersonNames.InitialsSurname(name) ?? name));
        so.Import("lower_first", new Func<string?, string>(RussianForms.LowerFirst));
        so.Import("end_sentence", new Func<string?, string>(RussianForms.EndSentence));
        so.Import("trim_stop", new Func<string?, string>(RussianForms.TrimStop));
        so.Import("responsible_label", new Func<string?, string>(RussianForms.ResponsibleLabel));
    }

    internal static decimal? Number(object? v) => v switch
    {
        null => null,
        decimal d => d,
        int i => i,
        long l => l,
        double db => (decimal)db,
        float f => (decimal)f,
        _ => null,
    };

    /// <summary>Makes data text safe in markup: no accidental emphasis, lists, headings or directives.</summary>
    internal static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '#' or '|' or '^' or '~' or '+') sb.Append('\\');
            sb.Append(c);
        }
        var s = sb.ToString();
        // A line that starts like a list item or a fence stays text.
        var lines = s.Split('\n').Select(l =>
        {
            var t = l.TrimStart();
            if (t.StartsWith("- ", StringComparison.Ordinal) || t.StartsWith(":::", StringComparison.Ordinal)) return "\\" + t;
            var i = 0;
            while (i < t.Length && char.IsAsciiDigit(t[i])) i++;
            return i > 0 && i < t.Length && t[i] == '.' ? t[..i] + "\\" + t[i..] : t;
        });
        return string.Join("\n", lines);
    }

    /// <summary>Text for a table cell: escaped, line breaks as &lt;br&gt;, «- » items kept on their own lines.</summary>
    internal static string Cell(object? value)
    {
        var text = value switch
        {
            null => "",
            string s => s,
            _ => Number(value) is { } d ? Numbers.Format(d) : value.ToString() ?? "",
        };
        var lines = text.Replace("\r", "").Split('\n').Select(l => Escape(l.Trim())).Where(l => l.Length > 0);
        return string.Join("<br>", lines);
    }
}
