using KazReports.Data.Model;
using KazReports.Text;

namespace KazReports.Analysis;

/// <summary>How the ШНОР list changed from the previous year: who entered, who left, against which list.</summary>
public sealed record ShnorChange(int PreviousYear, bool PreviousPublished, string? Source,
    IReadOnlyList<School> Entered, IReadOnlyList<School> Left, int Stayed)
{
    /// <summary>
    /// The previous year's list is the one computed by the same rule when the data decides every school,
    /// else the published list of that year; null when neither exists.
    /// </summary>
    public static ShnorChange? Of(DataSet data, ResultIndex index, ShnorReport current)
    {
        var year = current.Year - 1;
        var computed = ShnorIdentification.Identify(data, index, year);
        HashSet<string> before;
        var published = false;
        string? source = null;
        if (computed.Decisions.Count > 0 && computed.Decisions.All(d => !d.Undetermined))
            before = computed.Identified.Select(d => d.School.Id).ToHashSet(StringComparer.Ordinal);
        else if (data.PublishedShnor.FirstOrDefault(p => p.Year == year) is { } p)
        {
            before = p.SchoolIds.ToHashSet(StringComparer.Ordinal);
            published = true;
            source = p.Source;
        }
        else return null;
        var now = current.Identified.Select(d => d.School.Id).ToHashSet(StringComparer.Ordinal);
        var entered = data.Schools.Where(s => now.Contains(s.Id) && !before.Contains(s.Id)).ToArray();
        var left = data.Schools.Where(s => before.Contains(s.Id) && !now.Contains(s.Id)).ToArray();
        return new ShnorChange(year, published, source, entered, left, now.Count(before.Contains));
    }

    /// <summary>«По сравнению с перечнем 2022 года (опубликованным) в перечень вошли …; из перечня вышли …; в перечне остались 7 школ.»</summary>
    public string Sentence()
    {
        var basis = PreviousPublished ? $"опубликованным перечнем {PreviousYear} года" : $"перечнем {PreviousYear} года, рассчитанным по тому же правилу";
        if (Entered.Count == 0 && Left.Count == 0)
            return $"Перечень не изменился по сравнению с {basis}.";
        var parts = new List<string>();
        if (Entered.Count > 0)
            parts.Add($"в перечень {RussianForms.Plural(Entered.Count, "вошла", "вошли", "вошли")} {Conclusions.Join(Entered.Select(s => s.OfficialShortName).ToArray())}");
        if (Left.Count > 0)
            parts.Add($"из перечня {RussianForms.Plural(Left.Count, "вышла", "вышли", "вышли")} {Conclusions.Join(Left.Select(s => s.OfficialShortName).ToArray())}");
        if (Stayed > 0)
            parts.Add($"{RussianForms.Plural(Stayed, "осталась", "остались", "остались")} в перечне {RussianForms.Count(Stayed, "школа", "школы", "школ")}");
        return $"По сравнению с {basis} {string.Join("; ", parts)}.";
    }
}
