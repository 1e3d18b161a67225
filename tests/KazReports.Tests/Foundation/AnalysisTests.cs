using KazReports.Analysis;
using KazReports.Data.Model;
using KazReports.Diagnostics;
using Xunit;

namespace KazReports.Tests.Foundation;

/// <summary>District rows, comparisons and cohorts: computed from the data, equal to the seed's figures.</summary>
public class AnalysisTests
{
    private static readonly ResultIndex Index = new(Repo.Data);

    private static decimal R2(decimal? v)
    {
        Assert.NotNull(v);
        return Math.Round(v.Value, 2, MidpointRounding.AwayFromZero);
    }

    [Fact]
    public void District_row_vpr_2023_5th_grade_russian_matches_the_seed()
    {
        var row = Index.District(new AssessmentKey(2023, "ВПР", 5, "rus"));
        Assert.NotNull(row);
        Assert.Equal(122, row.Participants);
        Assert.Equal(10, row.SchoolCount);
        Assert.Equal(new WeightedShare(17, 122), row.Fail);   // 17 «2» of 122 pupils
        Assert.Equal(13.93m, R2(row.Share2));
        Assert.Equal(47.54m, R2(row.Share45));
        Assert.Equal(19.67m, R2(row.ShareLowered));
        Assert.Equal(100m * 17 / 122, row.Share2);
    }

    [Fact]
    public void District_row_vpr_2023_5th_grade_math_matches_the_seed()
    {
        var row = Index.District(new AssessmentKey(2023, "ВПР", 5, "math"))!;
        Assert.Equal(121, row.Participants);
        Assert.Equal(8.26m, R2(row.Share2));
        Assert.Equal(47.93m, R2(row.Share45));
        Assert.Equal(17.36m, R2(row.ShareLowered));
        Assert.Equal((10, 58, 21), (row.Fail.Count, row.High.Count, row.Lowered.Count));
    }

    [Fact]
    public void District_rows_leave_out_schools_without_participants()
    {
        // 6th grade 2023: only four schools give participants; the others give shares alone
        var rus = Index.District(new AssessmentKey(2023, "ВПР", 6, "rus"))!;
        Assert.Equal(4, rus.SchoolCount);
        Assert.Equal(46 + 4 + 4 + 8, rus.Participants);
        Assert.Equal(11.29m, R2(rus.Share2));   // 3 + 0 + 0 + 4 = 7 of 62
        var math = Index.District(new AssessmentKey(2023, "ВПР", 6, "math"))!;
        Assert.Equal(64, math.Participants);
        Assert.Equal(10.94m, R2(math.Share2));  // 4 + 1 + 2 + 0 = 7 of 64
        // no district rows where no school gives participants
        Assert.Null(Index.District(new AssessmentKey(2023, "ОГЭ", 9, "math")));
        Assert.Null(Index.District(new AssessmentKey(2022, "ВПР", 5, "rus")));
        Assert.Equal(4, Index.AllDistrictRows.Count());
        Assert.All(Index.AllDistrictRows, r => Assert.Equal(2023, r.Key.Year));
    }

    private static SchoolResult Row(string school, int? participants, int? count2, int? count45 = null, decimal? share2 = null,
        int year = 2023, string proc = "ВПР", int grade = 5, string subject = "rus") =>
        new(new AssessmentKey(year, proc, grade, subject), school, participants, new Measure(count2, share2), new Measure(count45, null),
            Measure.None, null, SourceSpan.None);

    private static readonly AssessmentKey Key = new(2023, "ВПР", 5, "rus");

    [Fact]
    public void DistrictRows_Compute_weights_by_participants()
    {
        var rows = new[]
        {
            Row("a", 10, 1, 5),
            Row("b", 30, 9, 6),
            Row("c", null, null, null, share2: 50m),        // no participants: left out
            Row("d", 20, 2, null),                          // no «4 и 5» count: left out of that measure only
            Row("e", 40, 4, 4, year: 2022),                 // another key
            Row("f", 40, 4, 4, subject: "math"),            // another key
        };
        var r = DistrictRows.Compute(rows, Key)!;
        Assert.Equal(60, r.Participants);
        Assert.Equal(3, r.SchoolCount);
        Assert.Equal(new WeightedShare(12, 60), r.Fail);
        Assert.Equal(20m, r.Share2);
        Assert.Equal(new WeightedShare(11, 40), r.High);
        Assert.Equal(27.5m, r.Share45);
        Assert.Equal(new WeightedShare(0, 0), r.Lowered);
        Assert.Null(r.ShareLowered);
    }

    [Fact]
    public void DistrictRows_Compute_is_null_without_participants()
    {
        Assert.Null(DistrictRows.Compute([Row("a", null, null, share2: 10m), Row("b", null, 3)], Key));
        Assert.Null(DistrictRows.Compute([], Key));
        Assert.Null(DistrictRows.Compute([Row("a", 10, 1, year: 2022)], Key));
    }

    [Fact]
    public void DistrictRows_Compute_leaves_a_school_without_a_count_out_of_that_measure()
    {
        // a school with participants but a share only (no count) does not weigh in «2»
        var rows = new[] { Row("a", 10, null, share2: 30m), Row("b", 10, 1) };
        var r = DistrictRows.Compute(rows, Key)!;
        Assert.Equal(20, r.Participants);
        Assert.Equal(new WeightedShare(1, 10), r.Fail);
        Assert.Equal(10m, r.Share2);
    }

    [Fact]
    public void DistrictRows_ComputeAll_is_ordered_and_complete()
    {
        var rows = new[]
        {
            Row("a", 10, 1, subject: "rus", grade: 6),
            Row("a", 10, 2, subject: "math", grade: 6),
            Row("a", 10, 3, subject: "rus", grade: 5, year: 2022),
            Row("a", null, null, share2: 3m, grade: 7),
            Row("a", 10, 4, proc: "ОГЭ", grade: 9, subject: "rus"),
        };
        var all = DistrictRows.ComputeAll(rows);
        Assert.Equal(new[]
        {
            new AssessmentKey(2022, "ВПР", 5, "rus"),
            new AssessmentKey(2023, "ВПР", 6, "math"),
            new AssessmentKey(2023, "ВПР", 6, "rus"),
            new AssessmentKey(2023, "ОГЭ", 9, "rus"),
        }, all.Select(r => r.Key));
    }

    [Fact]
    public void Comparison_of_a_school_with_district_and_region()
    {
        var r = Index.School(new AssessmentKey(2023, "ВПР", 5, "rus"), "kazachinskaya")!.Value;
        var c = Comparisons.Compare(Index, r);
        Assert.Equal(5.17m, R2(c.Share2));
        Assert.Equal(13.93m, R2(c.District2));
        Assert.Equal(14.46m, c.Region2);
        Assert.Equal(18.75m, c.PreviousYear2);   // 5th grade 2022: another cohort
        Assert.Equal(3.45m, c.Cohort2);          // 4th grade 2022: the same pupils
        Assert.Equal(-8.76m, R2(c.VsDistrict));
        Assert.Equal(-9.29m, R2(c.VsRegion));
        Assert.Equal(-13.58m, R2(c.YearChange));
        Assert.Equal(1.72m, R2(c.CohortChange));
    }

    [Fact]
    public void Comparison_without_region_or_history_gives_nulls()
    {
        var r = Index.School(new AssessmentKey(2023, "ОГЭ", 9, "math"), "kazachinskaya")!.Value;
        var c = Comparisons.Compare(Index, r);
        Assert.Equal(12m, c.Share2);
        Assert.Null(c.District2);
        Assert.Null(c.Region2);
        Assert.Null(c.PreviousYear2);
        Assert.Null(c.Cohort2);
        Assert.Null(c.VsDistrict);
    }

    [Fact]
    public void Cohort_of_mokrushinskaya_russian_6th_grade_2023()
    {
        var s = Comparisons.Cohort(Index, "mokrushinskaya", "ВПР", "rus", 2023, 6, 2);
        Assert.Equal("mokrushinskaya", s.SchoolId);
        Assert.True(s.HasData);
        Assert.Equal(new[] { (2021, 4), (2022, 5), (2023, 6) }, s.Points.Select(p => (p.Year, p.Grade)));
        Assert.Equal(new decimal?[] { 28.57m, 83.33m, 75m }, s.Points.Select(p => p.Share2));
    }

    [Fact]
    public void Cohort_without_data_has_no_data()
    {
        var s = Comparisons.Cohort(Index, "otnoshinskaya", "ВПР", "rus", 2022, 5, 1);
        Assert.Equal(new decimal?[] { null, null }, s.Points.Select(p => p.Share2));
        Assert.False(s.HasData);
    }

    [Fact]
    public void District_cohort_uses_weighted_rows()
    {
        var points = Comparisons.DistrictCohort(Index, "ВПР", "rus", 2023, 6, 2);
        Assert.Equal(new[] { (2021, 4), (2022, 5), (2023, 6) }, points.Select(p => (p.Year, p.Grade)));
        Assert.Null(points[0].Share2);
        Assert.Null(points[1].Share2);
        Assert.Equal(11.29m, R2(points[2].Share2));
    }

    [Fact]
    public void Vpr_8th_grade_against_oge()
    {
        var k = Comparisons.VprToOge(Index, "kazachinskaya", "math", 2023);
        Assert.Equal((6.9m, 12m), (k.Vpr8!.Value, k.Oge9!.Value));
        var m = Comparisons.VprToOge(Index, "mokrushinskaya", "math", 2023);
        Assert.Equal((70m, 36m), (m.Vpr8!.Value, m.Oge9!.Value));
        var none = Comparisons.VprToOge(Index, "kazachinskaya", "rus", 2023);
        Assert.Null(none.Vpr8);
        Assert.Equal(13m, none.Oge9);
    }

    [Fact]
    public void Index_finds_school_rows()
    {
        Assert.Equal(10, Index.ForSchool("kazachinskaya").Count(r => r.Year == 2023));
        Assert.Empty(Index.ForSchool("nosuch"));
        Assert.Null(Index.School(new AssessmentKey(2023, "ВПР", 5, "rus"), "nosuch"));
        Assert.Contains(new AssessmentKey(2021, "ВПР", 4, "math"), Index.Keys);
        Assert.DoesNotContain(new AssessmentKey(2023, "ЕГЭ", 11, "rus"), Index.Keys);
    }
}
