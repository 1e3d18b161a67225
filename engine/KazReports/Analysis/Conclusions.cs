using KazReports.Data.Model;
using KazReports.Text;
using KazReports.Text.Forms;

namespace KazReports.Analysis;

/// <summary>
/// Conclusions worded from the data as a methodist writes them: every sentence has its verb, lists of
/// schools agree with their preposition («в Момотовской СОШ (с 22,22 до 33,33 %) и Отношинской СОШ …»,
/// «учащиеся Отношинской СОШ (75 %)»), a district value made from part of the schools says so, and a
/// share validation finds impossible is left out of comparisons with a sentence saying why.
/// Every pattern is in tests/KazReports.Tests/Language/Golden.
/// </summary>
public static class Conclusions
{
    /// <summary>How the share of «2» of the same pupils changed from one grade to the next, per subject.</summary>
    public static IReadOnlyList<string> Cohort(DataSet data, ResultIndex index, string procedure, int year, int grade, decimal threshold)
    {
        var sentences = new List<string>();
        foreach (var subject in data.Catalog.Subjects)
        {
            var up = new List<(string, decimal)>();
            var down = new List<(string, decimal)>();
            var same = new List<(string, decimal)>();
            var stillHigh = new List<(string, decimal)>();
            var unlikely = new List<string>();
            foreach (var school in data.Schools)
            {
                var nowRow = index.School(new AssessmentKey(year, procedure, grade, subject.Id), school.Id);
                var beforeKey = new AssessmentKey(year - 1, procedure, grade - 1, subject.Id);
                var beforeRow = index.School(beforeKey, school.Id);
                if (nowRow?.Share2 is not { } n || beforeRow?.Share2 is not { } b) continue;
                var name = school.ShortIn(GrammaticalCase.Prepositional);
                if (Plausibility.Unlikely(beforeRow, data.Settings) || Plausibility.Unlikely(nowRow, data.Settings))
                {
                    var odd = Plausibility.Unlikely(beforeRow, data.Settings) ? (beforeRow.Value, beforeKey) : (nowRow.Value, nowRow.Value.Key);
                    unlikely.Add($"{school.ShortIn(GrammaticalCase.Genitive)} за {odd.Item2.Year} год ({Numbers.Format(odd.Item1.Share2!.Value)} %)");
                    continue;
                }
                var change = Numbers.Round(n) - Numbers.Round(b);
                if (change > 0) up.Add(($"{name} (с {Numbers.Format(b)} до {Numbers.Format(n)} %)", change));
                else if (change < 0)
                {
                    down.Add(($"{name} (с {Numbers.Format(b)} до {Numbers.Format(n)} %)", -change));
                    if (n >= threshold) stillHigh.Add(($"{name} ({Numbers.Format(n)} %)", n));
                }
                else same.Add(($"{name} ({Numbers.Format(n)} %)", 0));
            }
            var what = $"Доля «2» {subject.Dative} у тех же учащихся";
            if (up.Count > 0) sentences.Add($"{what} выросла {InSchools(up, Most)}.");
            if (down.Count > 0) sentences.Add($"{what} снизилась {InSchools(down, Most)}.");
            if (stillHigh.Count > 0) sentences.Add($"При этом она остаётся не ниже {Numbers.Format(threshold)} % {InSchools(stillHigh, Highest)}.");
            if (same.Count > 0) sentences.Add($"{what} не изменилась {InSchools(same, Among)}.");
            if (unlikely.Count > 0) sentences.Add(UnlikelySentence(data, subject, unlikely));
        }
        return sentences;
    }

    /// <summary>The district against the region, and the schools at or above the threshold, for one grade.</summary>
    public static IReadOnlyList<string> Grade(DataSet data, ResultIndex index, string procedure, int year, int grade, decimal threshold)
    {
        var sentences = new List<string>();
        foreach (var subject in data.Catalog.Subjects)
        {
            var key = new AssessmentKey(year, procedure, grade, subject.Id);
            var district = index.District(key);
            var r = index.Region(key)?.Share2;
            if (district is { Share2: { } dv, Complete: true })
            {
                var s = $"Доля «2» {subject.Dative} в {grade} классах района составила {Numbers.Format(dv)} %";
                if (r is { } rv)
                {
                    var gap = Numbers.Round(dv) - Numbers.Round(rv);
                    s += gap == 0 ? ", как и в крае." : $", что {(gap > 0 ? "выше" : "ниже")} краевой ({Numbers.Format(rv)} %) на {Numbers.Format(Math.Abs(gap))} п.\u00A0п.";
                }
                else s += ".";
                sentences.Add(s);
            }
            else if (district is { Share2: { } pv } partial)
            {
                var total = partial.SchoolCount + partial.SchoolsWithoutParticipants;
                sentences.Add($"По {RussianForms.Count(partial.SchoolCount, "школе", "школам", "школам")} из {total}, " +
                    $"{RussianForms.Plural(partial.SchoolCount, "указавшей", "указавшим", "указавшим")} число участников, доля «2» {subject.Dative} " +
                    $"в {grade} классах составила {Numbers.Format(pv)} %; долю по району в целом по этим данным рассчитать нельзя.");
            }
            var results = data.Schools.Select(sc => (sc, row: index.School(key, sc.Id))).Where(x => x.row?.Share2 is not null).ToArray();
            var high = results
                .Where(x => !Plausibility.Unlikely(x.row, data.Settings) && x.row!.Value.Share2 >= threshold)
                .OrderByDescending(x => x.row!.Value.Share2)
                .ToArray();
            var lead = $"Не менее {Numbers.Format(threshold)} % «2» {subject.Dative} получили учащиеся {grade} классов";
            if (high.Length is > 0 and <= NamedAtMost)
                sentences.Add($"{lead} {Join(high.Select(x => $"{x.sc.ShortIn(GrammaticalCase.Genitive)} ({Numbers.Format(x.row!.Value.Share2!.Value)} %)").ToList())}.");
            else if (high.Length > NamedAtMost)
                sentences.Add($"{lead} {InSchools(high.Select(x => ($"{x.sc.ShortIn(GrammaticalCase.Prepositional)} ({Numbers.Format(x.row!.Value.Share2!.Value)} %)", x.row!.Value.Share2!.Value)).ToList(), Most)}.");
            var odd = results.Where(x => Plausibility.Unlikely(x.row, data.Settings))
                .Select(x => $"{x.sc.ShortIn(GrammaticalCase.Genitive)} ({Numbers.Format(x.row!.Value.Share2!.Value)} %)").ToArray();
            if (odd.Length > 0) sentences.Add(UnlikelySentence(data, subject, odd));
        }
        return sentences;
    }

    /// <summary>8th-grade ВПР against 9th-grade ОГЭ of the next year: where the share of «2» grew, fell or stayed.</summary>
    public static IReadOnlyList<string> VprToOge(DataSet data, ResultIndex index, string subject, int ogeYear)
    {
        var grew = new List<(string, decimal)>();
        var fell = new List<(string, decimal)>();
        var same = new List<(string, decimal)>();
        foreach (var school in data.Schools)
        {
            var vprRow = index.School(new AssessmentKey(ogeYear - 1, "ВПР", 8, subject), school.Id);
            var ogeRow = index.School(new AssessmentKey(ogeYear, "ОГЭ", 9, subject), school.Id);
            if (Plausibility.Comparable(vprRow, data.Settings) is not { } v || Plausibility.Comparable(ogeRow, data.Settings) is not { } o) continue;
            var name = school.ShortIn(GrammaticalCase.Prepositional);
            var change = Numbers.Round(o) - Numbers.Round(v);
            if (change > 0) grew.Add(($"{name} (с {Numbers.Format(v)} до {Numbers.Format(o)} %)", change));
            else if (change < 0) fell.Add(($"{name} (с {Numbers.Format(v)} до {Numbers.Format(o)} %)", -change));
            else same.Add(($"{name} ({Numbers.Format(o)} %)", 0));
        }
        var dative = data.Catalog.FindSubject(subject)?.Dative ?? subject;
        var parts = new List<string>();
        if (grew.Count > 0) parts.Add($"выросла {InSchools(grew, Most)}");
        if (fell.Count > 0) parts.Add($"снизилась {InSchools(fell, Most)}");
        if (same.Count > 0) parts.Add($"не изменилась {InSchools(same, Among)}");
        if (parts.Count == 0) return [];
        return [$"Доля «2» {dative} на ОГЭ {ogeYear} года по сравнению с ВПР 8 класса {ogeYear - 1} года {string.Join("; ", parts)}."];
    }

    private static string UnlikelySentence(DataSet data, Subject subject, IReadOnlyList<string> items) =>
        $"В сравнение не включена доля «2» {subject.Dative} {Join(items)}: такой доли не даёт ни один класс " +
        $"до {data.Settings.MaxClassSize} учеников, вероятно, это опечатка в источнике.";

    /// <summary>Up to this many schools a sentence names them all; more (a large region) are counted.</summary>
    private const int NamedAtMost = 12;

    /// <summary>How many of many schools a sentence names.</summary>
    private const int NamedOfMany = 10;

    private const string Most = "больше всего — в";
    private const string Highest = "выше всего — в";
    private const string Among = "в том числе в";

    /// <summary>
    /// «в А (…), Б (…) и В (…)», the names in the prepositional case, for a few schools; for many (a large
    /// region) «в 40 школах, больше всего — в …» with the ten of the largest <c>Key</c>, so that a sentence
    /// stays a sentence and the table holds every school.
    /// </summary>
    private static string InSchools(List<(string Name, decimal Key)> items, string lead)
    {
        if (items.Count <= NamedAtMost) return "в " + Join(items.Select(i => i.Name).ToList());
        var named = items.OrderByDescending(i => i.Key).Take(NamedOfMany).Select(i => i.Name).ToList();
        return $"в {RussianForms.Count(items.Count, "школе", "школах", "школах")}, {lead} {Join(named)}";
    }

    /// <summary>«А, Б и В».</summary>
    internal static string Join(IReadOnlyList<string> items) =>
        items.Count <= 1 ? string.Concat(items) : string.Join(", ", items.Take(items.Count - 1)) + " и " + items[^1];
}
