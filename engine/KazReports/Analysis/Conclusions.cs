using KazReports.Data.Model;
using KazReports.Text;

namespace KazReports.Analysis;

/// <summary>
/// Conclusions worded from the data in the manner of the department's reports
/// («Увеличилась доля «2» по русскому языку в Момотовской (с 22,22 до 33,33 %) … школах»).
/// </summary>
public static class Conclusions
{
    /// <summary>How the share of «2» of the same pupils changed from one grade to the next, per subject.</summary>
    public static IReadOnlyList<string> Cohort(DataSet data, ResultIndex index, string procedure, int year, int grade, decimal threshold)
    {
        var sentences = new List<string>();
        foreach (var subject in data.Catalog.Subjects)
        {
            var up = new List<string>();
            var down = new List<string>();
            var same = new List<string>();
            var stillHigh = new List<string>();
            foreach (var school in data.Schools)
            {
                var now = index.School(new AssessmentKey(year, procedure, grade, subject.Id), school.Id)?.Share2;
                var before = index.School(new AssessmentKey(year - 1, procedure, grade - 1, subject.Id), school.Id)?.Share2;
                if (now is not { } n || before is not { } b) continue;
                var name = RussianForms.LocativeAdjective(school.ShortName);
                var change = Numbers.Round(n) - Numbers.Round(b);
                if (change > 0) up.Add($"{name} (с {Numbers.Format(b)} до {Numbers.Format(n)} %)");
                else if (change < 0)
                {
                    down.Add($"{name} (с {Numbers.Format(b)} до {Numbers.Format(n)} %)");
                    if (n >= threshold) stillHigh.Add($"{name} ({Numbers.Format(n)} %)");
                }
                else same.Add($"{name} ({Numbers.Format(n)} %)");
            }
            var what = $"доля «2» {subject.Dative}";
            if (up.Count > 0) sentences.Add($"Увеличилась {what} в {Join(up)} {Schools(up.Count)}.");
            if (down.Count > 0) sentences.Add($"Уменьшилась {what} в {Join(down)} {Schools(down.Count)}.");
            if (stillHigh.Count > 0) sentences.Add($"При этом {what} остаётся не ниже {Numbers.Format(threshold)} % в {Join(stillHigh)} {Schools(stillHigh.Count)}.");
            if (same.Count > 0) sentences.Add($"Без изменений {what} в {Join(same)} {Schools(same.Count)}.");
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
            var d = index.District(key)?.Share2;
            var r = index.Region(key)?.Share2;
            if (d is { } dv)
            {
                var s = $"Доля «2» {subject.Dative} в {grade} классах района — {Numbers.Format(dv)} %";
                if (r is { } rv)
                {
                    var gap = Numbers.Round(dv) - Numbers.Round(rv);
                    s += gap == 0 ? $", как в крае." : $", {(gap > 0 ? "выше" : "ниже")} краевой ({Numbers.Format(rv)} %) на {Numbers.Format(Math.Abs(gap))} п.\u00A0п.";
                }
                else s += ".";
                sentences.Add(s);
            }
            var high = data.Schools
                .Select(sc => (sc, v: index.School(key, sc.Id)?.Share2))
                .Where(x => x.v >= threshold)
                .OrderByDescending(x => x.v)
                .Select(x => $"{x.sc.ShortName} ({Numbers.Format(x.v!.Value)} %)")
                .ToArray();
            if (high.Length > 0)
                sentences.Add($"Не менее {Numbers.Format(threshold)} % «2» {subject.Dative} получили учащиеся {grade} классов: {string.Join(", ", high)}.");
        }
        return sentences;
    }

    /// <summary>8th-grade ВПР against 9th-grade ОГЭ of the next year: where the share of «2» grew.</summary>
    public static IReadOnlyList<string> VprToOge(DataSet data, ResultIndex index, string subject, int ogeYear)
    {
        var grew = new List<string>();
        var fell = new List<string>();
        foreach (var school in data.Schools)
        {
            var row = Comparisons.VprToOge(index, school.Id, subject, ogeYear);
            if (row.Vpr8 is not { } v || row.Oge9 is not { } o) continue;
            var item = $"{RussianForms.LocativeAdjective(school.ShortName)} (с {Numbers.Format(v)} до {Numbers.Format(o)} %)";
            if (Numbers.Round(o) > Numbers.Round(v)) grew.Add(item);
            else if (Numbers.Round(o) < Numbers.Round(v)) fell.Add(item);
        }
        var dative = data.Catalog.FindSubject(subject)?.Dative ?? subject;
        var list = new List<string>();
        if (grew.Count > 0) list.Add($"На ОГЭ {ogeYear} года {dative} доля «2» выросла по сравнению с ВПР 8 класса в {Join(grew)} {Schools(grew.Count)}.");
        if (fell.Count > 0) list.Add($"Снизилась доля «2» в {Join(fell)} {Schools(fell.Count)}.");
        return list;
    }

    private static string Schools(int n) => n == 1 ? "школе" : "школах";

    /// <summary>«А, Б и В».</summary>
    internal static string Join(IReadOnlyList<string> items) =>
        items.Count <= 1 ? string.Concat(items) : string.Join(", ", items.Take(items.Count - 1)) + " и " + items[^1];
}
