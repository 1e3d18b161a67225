using KazReports.Data.Loading;
using KazReports.Data.Model;
using KazReports.Diagnostics;
using Xunit;
using KazReports.Validation;

namespace KazReports.Tests.Foundation;

/// <summary>The shipped data folder loads whole and right.</summary>
public class LoaderTests
{
    private static DataSet Data => Repo.Data;

    private static SchoolResult Result(int year, string proc, int grade, string subject, string school) =>
        Assert.Single(Data.Results, r => r.Key == new AssessmentKey(year, proc, grade, subject) && r.SchoolId == school);

    [Fact]
    public void Shipped_data_loads_without_errors()
    {
        Assert.Equal(0, Repo.Diagnostics.ErrorCount);
        Assert.NotNull(Data);
        Assert.Equal(10, Data.Schools.Count);
        var csvRows = File.ReadAllLines(Path.Combine(Repo.DataDir, Repo.ResultsCsv)).Skip(1).Count(l => l.Trim().Length > 0);
        Assert.Equal(158, csvRows);
        Assert.Equal(csvRows, Data.Results.Count);
        Assert.Equal(2, Data.Region.Count);
        Assert.Equal(new[] { 2021, 2022, 2023 }, Data.Years);
        Assert.Equal(3, Data.Orders.Count);
        Assert.Single(Data.Roadmaps);
    }

    [Fact]
    public void Shipped_data_has_exactly_the_expected_warnings()
    {
        var file = "data/" + Repo.ResultsCsv;
        var (_, bag) = CheckedData.Load(Repo.DataDir, "data");
        Assert.Equal(0, bag.ErrorCount);
        var got = bag.Sorted().Select(d => (d.Code, d.Span.File, d.Span.Line, d.Span.Column)).ToArray();
        int Line(string prefix) => Repo.LineOf(Repo.ResultsCsv, prefix);
        int Col(string prefix, string column) => Repo.ColumnOf(File.ReadAllLines(Path.Combine(Repo.DataDir, Repo.ResultsCsv))[Line(prefix) - 1], column);
        (string, string, int, int) W(string code, string prefix, string column) => (code, file, Line(prefix), Col(prefix, column));
        var expected = new[]
        {
            W(Codes.ShareUnlikely, "2021;ВПР;4;math;dudovskaya;", "share2"),
            W(Codes.ShareUnlikely, "2022;ВПР;5;rus;momotovskaya;", "share2"),
            W(Codes.ShareNotExact, "2023;ВПР;5;rus;dudovskaya;", "share45"),
            W(Codes.ShareNotExact, "2023;ВПР;6;rus;kazachinskaya;", "share45"),
            W(Codes.ShareNotExact, "2023;ВПР;6;math;kazachinskaya;", "share45"),
            W(Codes.ShareUnlikely, "2023;ВПР;8;math;galaninskaya;", "share2"),
        }.OrderBy(x => x.Item3).ToArray();
        Assert.Equal(expected, got);
        Assert.All(bag.Items, d => Assert.Equal(Severity.Warning, d.Severity));
        Assert.Contains(bag.Items, d => d.ToString() ==
            $"{file}({Line("2021;ВПР;4;math;dudovskaya;")},{Col("2021;ВПР;4;math;dudovskaya;", "share2")}): предупреждение KR1031: " +
            "доля «2» 14,59 % не получается ни в одном классе до 60 учеников: вероятно, опечатка");
        Assert.Contains(bag.Items, d => d.Code == Codes.ShareNotExact &&
            d.Message == "доля «4 и 5» 33,34 % не равна ни одному k/6: ближайшее 2 из 6 = 33,33 %; принято 2 чел.");
    }

    [Fact]
    public void Share_with_participants_becomes_a_count()
    {
        var r = Result(2023, "ВПР", 5, "rus", "kazachinskaya");
        Assert.Equal(58, r.Participants);
        Assert.Equal(3, r.Fail.Count);     // 5,17 % of 58
        Assert.Equal(38, r.High.Count);    // 65,52 % of 58
        Assert.Equal(4, r.Lowered.Count);  // 6,9 % of 58
        Assert.Equal(5.17m, r.Fail.GivenShare);
        Assert.Equal(100m * 3 / 58, r.Share2);
        Assert.Equal("табл. ВПР 5 кл. 2023, табл. по школам, динамика 5 кл.", r.Source);
        Assert.Equal(Repo.LineOf(Repo.ResultsCsv, "2023;ВПР;5;rus;kazachinskaya;"), r.Span.Line);
        Assert.Equal(1, r.Span.Column);
        Assert.Equal(16, r.SchoolSpan.Column);

        // 33,34 % of 6 is accepted as 2 pupils (with a KR1030 warning)
        Assert.Equal(2, Result(2023, "ВПР", 5, "rus", "dudovskaya").High.Count);
        // 66,66 % of 9 is 6 pupils, cut rather than rounded
        Assert.Equal(6, Result(2023, "ВПР", 5, "math", "galaninskaya").High.Count);
    }

    [Fact]
    public void Share_without_participants_is_kept_as_given()
    {
        var r = Result(2021, "ВПР", 4, "rus", "kazachinskaya");
        Assert.Null(r.Participants);
        Assert.Null(r.Fail.Count);
        Assert.Equal(20.75m, r.Fail.GivenShare);
        Assert.Equal(20.75m, r.Share2);
        Assert.Null(r.Share45);
        Assert.False(r.High.HasValue);
        // «0» is a value, not «no data»
        var zero = Result(2021, "ВПР", 4, "rus", "momotovskaya");
        Assert.Equal(0m, zero.Share2);
        Assert.True(zero.Fail.HasValue);
    }

    [Fact]
    public void Exams_and_region_rows_load()
    {
        Assert.Equal(6.9m, Result(2022, "ВПР", 8, "math", "kazachinskaya").Share2);
        Assert.Equal(12m, Result(2023, "ОГЭ", 9, "math", "kazachinskaya").Share2);
        var region = Assert.Single(Data.Region, r => r.Key == new AssessmentKey(2023, "ВПР", 5, "rus"));
        Assert.Equal(14.46m, region.Share2);
        Assert.Equal(43.15m, region.Share45);
        Assert.Equal(30.42m, region.ShareLowered);
        var math = Assert.Single(Data.Region, r => r.Key == new AssessmentKey(2023, "ВПР", 5, "math"));
        Assert.Equal(10.70m, math.Share2);
    }

    [Fact]
    public void Schools_registry_loads()
    {
        var kaz = Data.School("kazachinskaya");
        Assert.Equal("Казачинская СОШ", kaz.ShortName);
        Assert.Equal("МБОУ Казачинская СОШ", kaz.OfficialShortName);
        Assert.Equal("Казачинской СОШ", kaz.Locative);
        Assert.Equal(11, kaz.TopGrade);
        var chel = Data.School("chelnokovskaya");
        Assert.Equal("mokrushinskaya", chel.BranchOf);
        Assert.Null(chel.OrgForm);
        Assert.Equal("Челноковская ООШ", chel.OfficialShortName);
        Assert.Equal("ООШ", chel.Type);
        Assert.Equal(9, chel.TopGrade);
        Assert.Equal("ООШ", Data.School("galaninskaya").Type);
        Assert.Equal("ООШ", Data.School("kazanskaya").Type);
        Assert.All(Data.Schools, s => Assert.Null(s.Closed));
        Assert.Null(Data.FindSchool("nosuch"));
    }

    [Fact]
    public void Catalog_rule_and_published_lists_load()
    {
        Assert.Equal(9, Data.Catalog.Procedure("ОГЭ").Grade);
        Assert.Equal(11, Data.Catalog.Procedure("ЕГЭ-база").Grade);
        Assert.Null(Data.Catalog.Procedure("ВПР").Grade);
        Assert.Equal("rus", Data.Catalog.FindSubject("Русский язык")!.Id);
        Assert.Equal("по математике", Data.Catalog.Subject("math").Dative);

        Assert.Equal(30m, Data.Shnor.Threshold);
        Assert.Equal(7, Data.Shnor.Procedures.Count);
        Assert.Equal(new[] { 5, 6 }, Data.Shnor.Procedures[0].Grades);
        Assert.Equal(new[] { "1", "2" }, Data.Shnor.Criteria.Select(c => c.Id));
        Assert.Equal((1, 2), (Data.Shnor.Criteria[0].Years, Data.Shnor.Criteria[0].MinLowPerYear));
        Assert.Equal((2, 1), (Data.Shnor.Criteria[1].Years, Data.Shnor.Criteria[1].MinLowPerYear));
        Assert.Equal(2, Data.Shnor.YearsNeeded);

        var p2023 = Assert.Single(Data.PublishedShnor, p => p.Year == 2023);
        Assert.Equal(new[] { "mokrushinskaya", "chelnokovskaya", "momotovskaya", "rozhdestvenskaya", "dudovskaya", "otnoshinskaya", "vorokovskaya", "kazanskaya" },
            p2023.SchoolIds);
        Assert.Equal(9, Assert.Single(Data.PublishedShnor, p => p.Year == 2022).SchoolIds.Count);
        Assert.Equal(60, Data.Settings.MaxClassSize);
        Assert.Equal(0.1m, Data.Settings.ImpossibleSharePupils);
    }

    [Fact]
    public void Orders_and_district_load()
    {
        Assert.Equal("Казачинский район", Data.District.District.Name);
        Assert.Equal("Л.А. Федюненко", Data.District.Head.Name);
        Assert.Equal(4, Data.District.Head.PositionLines.Count);
        var o18 = Assert.Single(Data.Orders, o => o.Number == "18");
        Assert.Equal(new DateOnly(2024, 1, 29), o18.Date);
        Assert.Equal("plain", o18.Kind);
        Assert.Equal(4, o18.Items.Count);
        Assert.Equal("order-18", o18.FileName);
        Assert.Equal(new DateOnly(2024, 2, 5), Data.Letters!.Date);
    }

    [Fact]
    public void DataSet_copied_with_other_schools_finds_the_new_schools()
    {
        // DataSet caches its school lookup in a field; a `with` copy must not answer from the old list.
        Assert.NotNull(Data.FindSchool("kazachinskaya"));
        var other = new School("novaya", "Новая школа", "Новая ООШ", null, "ООШ", null, null, null, null, null, null, SourceSpan.None);
        var copy = Data with { Schools = [other] };
        Assert.Same(other, copy.FindSchool("novaya"));
        Assert.Null(copy.FindSchool("kazachinskaya"));
    }

    [Fact]
    public void Procedure_and_subject_may_be_written_by_name()
    {
        using var t = new TempData();
        t.AddResults("2024;впр;5;Русский язык;kazachinskaya;10;2;;;;;;");
        var (data, bag) = t.Load();
        Assert.Equal(0, bag.ErrorCount);
        var r = Assert.Single(data!.Results, r => r.Year == 2024);
        Assert.Equal(new AssessmentKey(2024, "ВПР", 5, "rus"), r.Key);
        Assert.Equal(2, r.Fail.Count);
        Assert.Equal(20m, r.Share2);
    }

    [Fact]
    public void Settings_change_the_tolerance_of_impossible_shares()
    {
        using var t = new TempData();
        // 52 % of 9 = 4,68 pupils: 0,32 of a pupil from 5, an error by default, accepted (as 5) with a tolerance of 0,4
        t.AddResults("2024;ВПР;5;rus;kazachinskaya;9;;52;;;;;");
        Assert.Contains(t.Load().Bag.Items, d => d.Code == Codes.ShareImpossible);
        t.Write("settings.yaml", "validation:\n  max_class_size: 60\n  impossible_share_pupils: 0.4\n");
        var (data, bag) = t.Load();
        Assert.Equal(0, bag.ErrorCount);
        Assert.Equal(0.4m, data!.Settings.ImpossibleSharePupils);
        Assert.Equal(5, data.Results.Single(r => r.Year == 2024).Fail.Count);
        Assert.Contains(bag.Items, d => d.Code == Codes.ShareNotExact && d.Span.File == t.Display("results/zz-test.csv"));
    }

    [Fact]
    public void Missing_data_folder_is_KR1001()
    {
        var dir = Path.Combine(Path.GetTempPath(), "kaz-foundation-missing-" + Guid.NewGuid().ToString("N"));
        var (data, bag) = CheckedData.Load(dir);
        Assert.Null(data);
        var d = Assert.Single(bag.Items);
        Assert.Equal(Codes.FileMissing, d.Code);
        Assert.Equal(dir, d.Span.File);
    }

    [Fact]
    public void Results_folder_without_tables_is_KR1001()
    {
        using var t = new TempData();
        t.Delete(Repo.ResultsCsv);
        var (_, bag) = t.Load();
        var d = DiagnosticAssert.At(bag, Codes.FileMissing, t.Display("results"), 0);
        Assert.Contains("нет файлов результатов", d.Message);
    }
}
