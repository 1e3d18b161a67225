using KazReports.Data.Model;

namespace KazReports.Analysis;

/// <summary>A school's share of «2» against the district and the region, and against last year.</summary>
public sealed record SchoolComparison(
    AssessmentKey Key,
    string SchoolId,
    SchoolResult Result,
    decimal? District2,
    decimal? Region2,
    decimal? PreviousYear2,
    decimal? Cohort2)
{
    public decimal? Share2 => Result.Share2;

    /// <summary>Percentage points above (+) or below (−) the district.</summary>
    public decimal? VsDistrict => Share2 - District2;

    public decimal? VsRegion => Share2 - Region2;

    /// <summary>The change against the same grade a year earlier (another cohort).</summary>
    public decimal? YearChange => Share2 - PreviousYear2;

    /// <summary>The change against the same pupils a year earlier (grade − 1).</summary>
    public decimal? CohortChange => Share2 - Cohort2;
}

/// <summary>One step of a cohort's path: the same pupils in successive years.</summary>
public sealed record CohortPoint(int Year, int Grade, decimal? Share2);

public sealed record CohortSeries(string SchoolId, string Subject, IReadOnlyList<CohortPoint> Points)
{
    public bool HasData => Points.Any(p => p.Share2 is not null);
}

/// <summary>8th-grade ВПР of one year against 9th-grade ОГЭ of the next, for one school.</summary>
public sealed record VprOgeRow(string SchoolId, string Subject, decimal? Vpr8, decimal? Oge9);

public static class Comparisons
{
    public static SchoolComparison Compare(ResultIndex index, SchoolResult r)
    {
        var prev = r.Key with { Year = r.Year - 1 };
        var cohort = new AssessmentKey(r.Year - 1, r.Procedure, r.Grade - 1, r.Subject);
        return new SchoolComparison(
            r.Key, r.SchoolId, r,
            index.District(r.Key)?.Share2,
            index.Region(r.Key)?.Share2,
            index.School(prev, r.SchoolId)?.Share2,
            index.School(cohort, r.SchoolId)?.Share2);
    }

    /// <summary>
    /// The path of the pupils who wrote <paramref name="grade"/> in <paramref name="year"/>, going
    /// back <paramref name="steps"/> years: 6th 2023 ← 5th 2022 ← 4th 2021.
    /// </summary>
    public static CohortSeries Cohort(ResultIndex index, string schoolId, string procedure, string subject, int year, int grade, int steps)
    {
        var points = new List<CohortPoint>();
        for (var i = steps; i >= 0; i--)
        {
            var key = new AssessmentKey(year - i, procedure, grade - i, subject);
            points.Add(new CohortPoint(key.Year, key.Grade, index.School(key, schoolId)?.Share2));
        }
        return new CohortSeries(schoolId, subject, points);
    }

    /// <summary>The district's cohort path, each point a weighted district share.</summary>
    public static IReadOnlyList<CohortPoint> DistrictCohort(ResultIndex index, string procedure, string subject, int year, int grade, int steps) =>
        Enumerable.Range(0, steps + 1).Reverse()
            .Select(i => new AssessmentKey(year - i, procedure, grade - i, subject))
            .Select(k => new CohortPoint(k.Year, k.Grade, index.District(k)?.Share2))
            .ToArray();

    public static VprOgeRow VprToOge(ResultIndex index, string schoolId, string subject, int ogeYear, string vpr = "ВПР", string oge = "ОГЭ") =>
        new(schoolId, subject,
            index.School(new AssessmentKey(ogeYear - 1, vpr, 8, subject), schoolId)?.Share2,
            index.School(new AssessmentKey(ogeYear, oge, 9, subject), schoolId)?.Share2);
}
