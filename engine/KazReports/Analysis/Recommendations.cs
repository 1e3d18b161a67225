using KazReports.Data.Model;
using KazReports.Text;

namespace KazReports.Analysis;

/// <summary>A recommendation chosen for a school, with the roadmap activities that serve it.</summary>
public sealed record Recommendation(RecommendationRule Rule, string Text, IReadOnlyList<Activity> Activities);

/// <summary>Applies the rules of data/recommendations.yaml to one school's results.</summary>
public static class Recommendations
{
    public static IReadOnlyList<Recommendation> For(DataSet data, ResultIndex index, ShnorDecision decision, int year)
    {
        var list = new List<Recommendation>();
        var school = decision.School;
        var activities = data.Roadmaps.SelectMany(r => r.AllActivities).Where(a => Involves(a, school)).ToArray();
        var named = new HashSet<Activity>(ReferenceEqualityComparer.Instance);   // each activity is named once per letter
        var current = index.ForSchool(school.Id).Where(r => r.Year == year && r.Share2 is not null)
            .OrderBy(r => r.Procedure, StringComparer.Ordinal).ThenBy(r => r.Grade).ThenBy(r => r.Subject, StringComparer.Ordinal).ToArray();
        foreach (var rule in data.Recommendations)
        {
            var acts = activities.Where(a => rule.ActivityIds.Contains(a.Id ?? "") || a.Tags.Intersect(rule.ActivityTags).Any()).ToArray();
            void Add(IReadOnlyDictionary<string, string> values) =>
                list.Add(new Recommendation(rule, Fill(rule.Text, values), acts.Where(named.Add).ToArray()));
            switch (rule.When)
            {
                case "low_procedure":
                    // One recommendation for all low procedures of the year: the letter lists them once.
                    var low = decision.Low.Where(l => l.Key.Year == year).ToArray();
                    if (low.Length > 0)
                    {
                        var subjects = low.Select(l => l.Key.Subject).Distinct()
                            .Select(id => data.Catalog.FindSubject(id)?.Dative ?? id).ToArray();
                        Add(new Dictionary<string, string>
                        {
                            ["procedure"] = string.Join("; ", low.Select(l => $"{ShnorIdentification.Describe(data, l.Key)} — {Numbers.Format(l.Share2)} %")),
                            ["share"] = string.Join(", ", low.Select(l => Numbers.Format(l.Share2))),
                            ["subject"] = subjects.Length == 1 ? subjects[0] : string.Join(" и ", subjects.Select((x, i) => i == 0 ? x : x.Replace("по ", "", StringComparison.Ordinal))),
                            ["district"] = "",
                        });
                    }
                    break;
                case "shnor" when decision.IsShnor:
                    Add(new Dictionary<string, string>());
                    break;
                case "cohort_worse":
                    foreach (var r in current)
                    {
                        var c = Comparisons.Compare(index, r);
                        var before = index.School(new AssessmentKey(r.Year - 1, r.Procedure, r.Grade - 1, r.Subject), school.Id);
                        if (Plausibility.Unlikely(r, data.Settings) || Plausibility.Unlikely(before, data.Settings)) continue;
                        if (c.CohortChange is { } d && d >= rule.MinGap && c.Cohort2 is { } from)
                        {
                            var v = new Dictionary<string, string>(Values(data, r.Key, r.Share2!.Value, index))
                            {
                                ["from"] = Numbers.Format(from),
                                ["to"] = Numbers.Format(r.Share2!.Value),
                            };
                            Add(v);
                        }
                    }
                    break;
                case "above_district":
                    foreach (var r in current)
                    {
                        var c = Comparisons.Compare(index, r);
                        // Only against a district value of every school: a part of the district is not «районная».
                        if (index.District(r.Key) is not { Complete: true } || Plausibility.Unlikely(r, data.Settings)) continue;
                        if (c.VsDistrict is { } gap && gap >= rule.MinGap && decision.Low.All(l => l.Key != r.Key))
                            Add(Values(data, r.Key, r.Share2!.Value, index));
                    }
                    break;
                case "missing_data":
                    // Only what other schools did report: a procedure nobody has is a gap of the data, not of the school.
                    var missing = decision.Missing.Where(k => k.Year == year && index.Keys.Contains(k)).ToArray();
                    if (missing.Length > 0)
                        Add(new Dictionary<string, string> { ["procedure"] = string.Join("; ", missing.Select(k => ShnorIdentification.Describe(data, k))) });
                    break;
                case "no_low" when decision.Low.All(l => l.Key.Year != year):
                    Add(new Dictionary<string, string>());
                    break;
            }
        }
        return list;
    }

    /// <summary>
    /// Whether a letter may ask the school to take part in the activity: it names the school, or its
    /// responsible party includes schools («руководители ОУ», «общеобразовательные организации»);
    /// the department's own activities are not the school's work.
    /// </summary>
    public static bool Involves(Activity a, School school)
    {
        if (a.Schools.Count > 0) return a.Schools.Contains(school.Id);
        var words = (a.Responsible ?? "").Split([' ', ',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries);
        return words.Any(w => w is "ОУ" or "ОО" or "ОУ." or "ОО." || w.StartsWith("школ", StringComparison.OrdinalIgnoreCase) ||
            w.StartsWith("общеобразовательн", StringComparison.OrdinalIgnoreCase) || w.StartsWith("директор", StringComparison.OrdinalIgnoreCase));
    }

    private static IReadOnlyDictionary<string, string> Values(DataSet data, AssessmentKey key, decimal share, ResultIndex index) =>
        new Dictionary<string, string>
        {
            ["procedure"] = ShnorIdentification.Describe(data, key),
            ["share"] = Numbers.Format(share),
            ["subject"] = data.Catalog.FindSubject(key.Subject)?.Dative ?? key.Subject,
            ["district"] = Numbers.Format(index.District(key)?.Share2),
        };

    private static string Fill(string text, IReadOnlyDictionary<string, string> values)
    {
        foreach (var (k, v) in values) text = text.Replace("{" + k + "}", v, StringComparison.Ordinal);
        return text;
    }
}
