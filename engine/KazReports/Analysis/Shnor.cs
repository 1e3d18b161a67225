using KazReports.Data.Model;
using KazReports.Text;

namespace KazReports.Analysis;

/// <summary>A procedure of a school in one year that met the low-result threshold.</summary>
public sealed record LowProcedure(AssessmentKey Key, decimal Share2, SchoolResult Result);

/// <summary>How one criterion of the rule went for one school.</summary>
public sealed record CriterionOutcome(ShnorCriterion Criterion, bool Met, bool MetIfMissingWereLow, IReadOnlyList<int> Years);

/// <summary>The decision about one school for one list year, with everything that led to it.</summary>
public sealed record ShnorDecision(
    School School,
    int Year,
    IReadOnlyList<CriterionOutcome> Criteria,
    IReadOnlyList<LowProcedure> Low,
    IReadOnlyList<AssessmentKey> Missing)
{
    public bool IsShnor => Criteria.Any(c => c.Met);

    /// <summary>Not found, but the missing data could have changed that.</summary>
    public bool Undetermined => !IsShnor && Criteria.Any(c => c.MetIfMissingWereLow);

    public IEnumerable<CriterionOutcome> MetCriteria => Criteria.Where(c => c.Met);
}

/// <summary>The whole identification for one list year, compared with the published list.</summary>
public sealed record ShnorReport(
    int Year,
    ShnorRule Rule,
    IReadOnlyList<ShnorDecision> Decisions,
    PublishedShnorList? Published,
    IReadOnlyList<AssessmentKey> MissingForAll)
{
    public IReadOnlyList<ShnorDecision> Identified => Decisions.Where(d => d.IsShnor).ToArray();

    /// <summary>Found by the rule but absent from the published list.</summary>
    public IReadOnlyList<ShnorDecision> OnlyComputed =>
        Published is null ? [] : Identified.Where(d => !Published.SchoolIds.Contains(d.School.Id)).ToArray();

    /// <summary>In the published list but not found by the rule on the data we have.</summary>
    public IReadOnlyList<ShnorDecision> OnlyPublished =>
        Published is null ? [] : Decisions.Where(d => !d.IsShnor && Published.SchoolIds.Contains(d.School.Id)).ToArray();

    public bool MatchesPublished => Published is not null && OnlyComputed.Count == 0 && OnlyPublished.Count == 0;

    private Dictionary<string, ShnorDecision>? _bySchool;

    /// <summary>The decision about one school, looked up in constant time.</summary>
    public ShnorDecision? Decision(string schoolId)
    {
        _bySchool ??= Decisions.ToDictionary(d => d.School.Id, StringComparer.Ordinal);
        return _bySchool.GetValueOrDefault(schoolId);
    }
}

/// <summary>
/// The ШНОР rule of section 3 of the program: a procedure is low when at least the threshold share
/// got «2» or did not pass the minimum; a school is ШНОР when, for some criterion, each of its last
/// N years of results has at least M low procedures. The list for year Y reads results of Y, Y−1, …
/// </summary>
public static class ShnorIdentification
{
    public static ShnorReport Identify(DataSet data, ResultIndex index, int year)
    {
        var rule = data.Shnor;
        var years = Enumerable.Range(0, rule.YearsNeeded).Select(i => year - i).ToArray();
        var plan = new Plan(data, rule, year);
        var decisions = data.Schools.Where(s => s.Closed is null || s.Closed >= year).Select(s => Decide(index, plan, s)).ToArray();

        // Procedures no school has data for in a year: said once for the district, not per school.
        var missingForAll = years
            .SelectMany(y => Procedures(data, rule, y, 11))
            .Where(k => !index.Keys.Contains(k))
            .ToArray();

        var published = data.PublishedShnor.FirstOrDefault(p => p.Year == year);
        return new ShnorReport(year, rule, decisions, published, missingForAll);
    }

    public static ShnorDecision Decide(DataSet data, ResultIndex index, ShnorRule rule, School school, int year) =>
        Decide(index, new Plan(data, rule, year), school);

    /// <summary>What the rule looks at for a list year, worked out once for all schools.</summary>
    private sealed class Plan(DataSet data, ShnorRule rule, int year)
    {
        private readonly Dictionary<int, AssessmentKey[][]> _keys = [];

        public ShnorRule Rule => rule;

        public int Year => year;

        /// <summary>The years each criterion looks at (shared by every school's outcome).</summary>
        public int[][] CriterionYears { get; } = rule.Criteria.Select(c => Enumerable.Range(0, c.Years).Select(i => year - i).ToArray()).ToArray();

        /// <summary>Per year back (0 = the list year), the keys expected from a school teaching up to <paramref name="topGrade"/>.</summary>
        public AssessmentKey[][] Keys(int topGrade)
        {
            if (!_keys.TryGetValue(topGrade, out var keys))
            {
                keys = Enumerable.Range(0, rule.YearsNeeded).Select(i => Procedures(data, rule, year - i, topGrade).ToArray()).ToArray();
                _keys[topGrade] = keys;
            }
            return keys;
        }
    }

    private static ShnorDecision Decide(ResultIndex index, Plan plan, School school)
    {
        var rule = plan.Rule;
        var year = plan.Year;
        List<LowProcedure>? low = null;
        List<AssessmentKey>? missing = null;
        var keys = plan.Keys(school.TopGrade);
        var lowPerYear = new int[keys.Length];
        var missingPerYear = new int[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            foreach (var key in keys[i])
            {
                // A grade the school does not have (schools.yaml grades) is neither missing nor low.
                if (!school.Teaches(key.Grade)) continue;
                if (index.School(key, school.Id) is not { } r || r.Share2 is not { } share)
                {
                    (missing ??= []).Add(key);
                    missingPerYear[i]++;
                    continue;
                }
                if (share >= rule.Threshold)
                {
                    (low ??= []).Add(new LowProcedure(key, share, r));
                    lowPerYear[i]++;
                }
            }
        }
        var outcomes = new CriterionOutcome[rule.Criteria.Count];
        for (var c = 0; c < outcomes.Length; c++)
        {
            var criterion = rule.Criteria[c];
            var ys = plan.CriterionYears[c];
            var met = ys.All(y => lowPerYear[year - y] >= criterion.MinLowPerYear);
            var possible = ys.All(y => lowPerYear[year - y] + missingPerYear[year - y] >= criterion.MinLowPerYear);
            outcomes[c] = new CriterionOutcome(criterion, met, possible, ys);
        }
        return new ShnorDecision(school, year, outcomes, low?.ToArray() ?? [], missing?.ToArray() ?? []);
    }

    /// <summary>The assessment keys the rule looks at in a year, for a school teaching up to <paramref name="topGrade"/>.</summary>
    private static IEnumerable<AssessmentKey> Procedures(DataSet data, ShnorRule rule, int year, int topGrade)
    {
        foreach (var p in rule.Procedures)
        {
            var grades = p.Grades.Count > 0 ? p.Grades : data.Catalog.FindProcedure(p.Procedure)?.Grade is { } g ? [g] : [];
            foreach (var grade in grades.Where(g => g <= topGrade))
                yield return new AssessmentKey(year, p.Procedure, grade, p.Subject);
        }
    }

    /// <summary>Russian reasons, one per met criterion: which procedures, which years, which criterion.</summary>
    public static IReadOnlyList<string> Reasons(DataSet data, ShnorDecision d)
    {
        var list = new List<string>();
        foreach (var c in d.MetCriteria)
        {
            var procs = d.Low.Where(l => c.Years.Contains(l.Key.Year))
                .OrderBy(l => l.Key.Year).ThenBy(l => l.Key.Procedure, StringComparer.Ordinal).ThenBy(l => l.Key.Grade).ThenBy(l => l.Key.Subject, StringComparer.Ordinal)
                .Select(l => $"{Describe(data, l.Key)} — {Numbers.Format(l.Share2)} %");
            list.Add($"критерий {c.Criterion.Id} ({c.Criterion.Text}): {string.Join("; ", procs)}");
        }
        return list;
    }

    /// <summary>«ВПР 2023, 5 класс, русский язык» or «ОГЭ 2023, математика».</summary>
    public static string Describe(DataSet data, AssessmentKey key) => data.Catalog.Describe(key);
}
