using KazReports.Data.Model;
using KazReports.Diagnostics;
using KazReports.Text.Forms;

namespace KazReports.Validation;

/// <summary>
/// Names the documents decline and the facts a name states: a case no rule gives (the data must then
/// give it in <c>forms:</c>), a director whose gender the name does not show, a school whose name
/// says another type than its <c>type</c>.
/// </summary>
internal static class NameChecks
{
    private static readonly (string Word, string Type)[] TypeWords =
        [("СОШ", "СОШ"), ("ООШ", "ООШ"), ("НОШ", "НОШ"), ("средняя", "СОШ"), ("основная", "ООШ"), ("начальная", "НОШ")];

    private static readonly Dictionary<GrammaticalCase, string> Names = new()
    {
        [GrammaticalCase.Genitive] = "родительный",
        [GrammaticalCase.Dative] = "дательный",
        [GrammaticalCase.Instrumental] = "творительный",
        [GrammaticalCase.Prepositional] = "предложный",
    };

    public static void Check(DataSet data, DiagnosticBag bag)
    {
        foreach (var s in data.Schools)
        {
            var missing = Names.Where(kv => s.TryShort(kv.Key) is null).Select(kv => kv).ToArray();
            if (missing.Length > 0)
                bag.Warning(Codes.FormNotDerived, s.Span,
                    $"школа «{s.ShortName}»: правила не дают {string.Join(", ", missing.Select(m => m.Value))} падеж названия; " +
                    $"укажите forms: {{{string.Join(", ", missing.Select(m => CaseNames.Key(m.Key) + ": …"))}}}");
            if (s.Director is { } d && s.DirectorIn(GrammaticalCase.Dative) is null)
                bag.Warning(Codes.FormNotDerived, s.Span,
                    $"школа «{s.ShortName}»: по имени «{d}» не определить дательный падеж (пол не виден); " +
                    "укажите director_gender: м или ж, или director_forms: {dative: …}");
            var said = SaidType(s.ShortName) ?? SaidType(s.Name.Split('–')[0]);
            if (said is not null && s.Type.Length > 0 && said != s.Type)
                bag.Warning(Codes.SchoolTypeDisagrees, s.Span,
                    $"школа «{s.ShortName}»: в названии указан тип {said}, в поле type — {s.Type}; исправьте одно из них");
        }
    }

    /// <summary>The type the name states by its abbreviation or adjective; null when it states none.</summary>
    private static string? SaidType(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (var (word, type) in TypeWords)
            if (words.Contains(word, StringComparer.OrdinalIgnoreCase)) return type;
        return null;
    }
}
