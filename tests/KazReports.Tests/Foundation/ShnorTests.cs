using KazReports.Analysis;
using KazReports.Data.Model;
using KazReports.Diagnostics;
using Xunit;

namespace KazReports.Tests.Foundation;

/// <summary>The ШНОР rule of section 3 of the program, on the shipped data and on small synthetic data.</summary>
public class ShnorTests
{
    private static readonly ResultIndex Index = new(Repo.Data);

    private static ShnorReport Report(int year) => ShnorIdentification.Identify(Repo.Data, Index, year);

    private static ShnorDecision Decision(ShnorReport r, string id) => Assert.Single(r.Decisions, d => d.School.Id == id);

    private static readonly string[] Published2023 =
        ["mokrushinskaya", "chelnokovskaya", "momotovskaya", "rozhdestvenskaya", "dudovskaya", "otnoshinskaya", "vorokovskaya", "kazanskaya"];

    [Fact]
    public void Shnor_2023_is_the_published_list()
    {
        var r = Report(2023);
        Assert.Equal(Published2023.Order(), r.Identified.Select(d => d.School.Id).Order());
        Assert.NotNull(r.Published);
        Assert.Equal(2023, r.Published.Year);
        Assert.True(r.MatchesPublished);
        Assert.Empty(r.OnlyComputed);
        Assert.Empty(r.OnlyPublished);
        Assert.Equal(10, r.Decisions.Count);
    }

    [Fact]
    public void Dudovskaya_2023_is_found_by_criterion_2_only()
    {
        var d = Decision(Report(2023), "dudovskaya");
        Assert.True(d.IsShnor);
        Assert.Equal(new[] { "2" }, d.MetCriteria.Select(c => c.Criterion.Id));
        var c1 = Assert.Single(d.Criteria, c => c.Criterion.Id == "1");
        Assert.False(c1.Met);
        Assert.Equal(new[] { 2023 }, c1.Years);
        Assert.Equal(new[] { 2023, 2022 }, Assert.Single(d.Criteria, c => c.Criterion.Id == "2").Years);
        Assert.Equal(
            new[] { (2022, "ВПР", 5, "math", 37.5m), (2022, "ВПР", 5, "rus", 33.33m), (2023, "ОГЭ", 9, "math", 50m) },
            d.Low.Select(l => (l.Key.Year, l.Key.Procedure, l.Key.Grade, l.Key.Subject, l.Share2)).Order());
        Assert.Equal(
            "критерий 2 (хотя бы по одной оценочной процедуре в каждом из двух предыдущих учебных годов были зафиксированы низкие результаты): " +
            "ВПР 2022, 5 класс, математика — 37,5 %; ВПР 2022, 5 класс, русский язык — 33,33 %; ОГЭ 2023, математика — 50 %",
            Assert.Single(ShnorIdentification.Reasons(Repo.Data, d)));
    }

    [Fact]
    public void Rozhdestvenskaya_2023_is_found_by_criterion_1_with_oge_math_and_russian()
    {
        var d = Decision(Report(2023), "rozhdestvenskaya");
        Assert.Equal(new[] { "1" }, d.MetCriteria.Select(c => c.Criterion.Id));
        Assert.Equal(
            new[] { (new AssessmentKey(2023, "ОГЭ", 9, "math"), 50m), (new AssessmentKey(2023, "ОГЭ", 9, "rus"), 33m) },
            d.Low.Select(l => (l.Key, l.Share2)).OrderBy(x => x.Key.Subject, StringComparer.Ordinal));
        Assert.Equal(
            "критерий 1 (не менее чем по двум оценочным процедурам в предыдущем учебном году были зафиксированы низкие результаты): " +
            "ОГЭ 2023, математика — 50 %; ОГЭ 2023, русский язык — 33 %",
            Assert.Single(ShnorIdentification.Reasons(Repo.Data, d)));
    }

    [Fact]
    public void Kazachinskaya_and_galaninskaya_are_not_found_in_2023()
    {
        var r = Report(2023);
        var kaz = Decision(r, "kazachinskaya");
        Assert.False(kaz.IsShnor);
        Assert.Empty(kaz.Low);
        // only the ЕГЭ that no school has is missing for it
        Assert.NotEmpty(kaz.Missing);
        Assert.All(kaz.Missing, k => Assert.Contains(k, r.MissingForAll));
        var gal = Decision(r, "galaninskaya");
        Assert.False(gal.IsShnor);
        Assert.False(gal.Undetermined);
        Assert.Empty(gal.Low);
    }

    [Fact]
    public void Oosh_is_not_expected_to_have_ege()
    {
        var r = Report(2023);
        foreach (var id in new[] { "chelnokovskaya", "galaninskaya", "kazanskaya" })
        {
            var d = Decision(r, id);
            Assert.DoesNotContain(d.Missing, k => k.Procedure.StartsWith("ЕГЭ", StringComparison.Ordinal));
        }
        Assert.Contains(Decision(r, "kazachinskaya").Missing, k => k == new AssessmentKey(2023, "ЕГЭ", 11, "rus"));
    }

    [Fact]
    public void Missing_for_all_is_said_once()
    {
        var r = Report(2023);
        Assert.Contains(new AssessmentKey(2023, "ЕГЭ", 11, "rus"), r.MissingForAll);
        Assert.Contains(new AssessmentKey(2023, "ЕГЭ-база", 11, "math"), r.MissingForAll);
        Assert.Contains(new AssessmentKey(2022, "ВПР", 6, "math"), r.MissingForAll);
        Assert.Contains(new AssessmentKey(2022, "ОГЭ", 9, "rus"), r.MissingForAll);
        Assert.DoesNotContain(new AssessmentKey(2023, "ВПР", 5, "rus"), r.MissingForAll);
        Assert.DoesNotContain(new AssessmentKey(2022, "ВПР", 5, "rus"), r.MissingForAll);
        Assert.Equal(10, r.MissingForAll.Count);
    }

    [Fact]
    public void Shnor_2022_lists_the_published_schools_it_cannot_compute_as_undetermined()
    {
        var r = Report(2022);
        Assert.Equal(new[] { "dudovskaya", "mokrushinskaya" }, r.Identified.Select(d => d.School.Id).Order());
        Assert.All(r.Identified, d => Assert.Equal(new[] { "1" }, d.MetCriteria.Select(c => c.Criterion.Id)));
        Assert.Equal(2022, r.Published!.Year);
        Assert.False(r.MatchesPublished);
        Assert.Empty(r.OnlyComputed);
        Assert.Equal(
            new[] { "chelnokovskaya", "galaninskaya", "kazachinskaya", "kazanskaya", "otnoshinskaya", "rozhdestvenskaya", "vorokovskaya" },
            r.OnlyPublished.Select(d => d.School.Id).Order());
        Assert.All(r.OnlyPublished, d => Assert.True(d.Undetermined, d.School.Id + " should be undetermined"));
        Assert.All(r.OnlyPublished, d => Assert.NotEmpty(d.Missing));
        var otn = Decision(r, "otnoshinskaya");
        Assert.Contains(new AssessmentKey(2022, "ВПР", 5, "math"), otn.Missing);
        Assert.Contains(new AssessmentKey(2022, "ВПР", 5, "rus"), otn.Missing);
        // momotovskaya: not published for 2022, not found
        Assert.False(Decision(r, "momotovskaya").IsShnor);
    }

    // ---- synthetic data ----

    private static readonly ShnorRule Rule = new(30m,
        [
            new ShnorProcedure("ВПР", "math", [5], SourceSpan.None),
            new ShnorProcedure("ОГЭ", "rus", [], SourceSpan.None),
            new ShnorProcedure("ЕГЭ", "rus", [], SourceSpan.None),
        ],
        [
            new ShnorCriterion("1", "две низкие процедуры в последнем году", 1, 2, SourceSpan.None),
            new ShnorCriterion("2", "по одной в каждом из двух лет", 2, 1, SourceSpan.None),
        ],
        SourceSpan.None);

    private static School S(string id, string type = "СОШ", int? closed = null) =>
        new(id, "Школа " + id, id + " " + type, "МБОУ", type, null, null, null, null, closed, null, SourceSpan.None);

    private static readonly Dictionary<string, (string Proc, int Grade, string Subject)> Procs = new()
    {
        ["vpr"] = ("ВПР", 5, "math"),
        ["oge"] = ("ОГЭ", 9, "rus"),
        ["ege"] = ("ЕГЭ", 11, "rus"),
    };

    /// <summary>A share given alone, without participants.</summary>
    private static SchoolResult Share(string school, int year, string proc, decimal share2)
    {
        var (p, g, s) = Procs[proc];
        return new SchoolResult(new AssessmentKey(year, p, g, s), school, null, new Measure(null, share2), Measure.None, Measure.None, null, SourceSpan.None);
    }

    /// <summary>A count of participants.</summary>
    private static SchoolResult Count(string school, int year, string proc, int count2, int participants)
    {
        var (p, g, s) = Procs[proc];
        return new SchoolResult(new AssessmentKey(year, p, g, s), school, participants, new Measure(count2, null), Measure.None, Measure.None, null, SourceSpan.None);
    }

    private static DataSet Synthetic(IReadOnlyList<School> schools, IReadOnlyList<SchoolResult> results, IReadOnlyList<PublishedShnorList>? published = null)
    {
        var catalog = new Catalog(
            [
                new Procedure("ВПР", "ВПР", "всероссийские проверочные работы", "получили «2»", null, SourceSpan.None),
                new Procedure("ОГЭ", "ОГЭ", "основной государственный экзамен", "не преодолели минимальный порог", 9, SourceSpan.None),
                new Procedure("ЕГЭ", "ЕГЭ", "единый государственный экзамен", "не преодолели минимальный порог", 11, SourceSpan.None),
            ],
            [
                new Subject("rus", "Русский язык", "по русскому языку", SourceSpan.None),
                new Subject("math", "Математика", "по математике", SourceSpan.None),
            ]);
        var district = new DistrictInfo(new District("Район", "Района", "Край"),
            new Department("Администрация", "Отдел", "Адрес", "с. Село", "1", null, "a@b.c", null, null, "Отдел"),
            new Person("И.О. Фамилия", "Начальник", ["Начальник"]), SourceSpan.None);
        return new DataSet(Root: "/synthetic", District: district, Program: null, Catalog: catalog, Schools: schools, Results: results,
            Region: [], Shnor: Rule, PublishedShnor: published ?? [], Plan: null, Roadmaps: [], Orders: [], Letters: null,
            Recommendations: [], Settings: Settings.Default);
    }

    private static ShnorDecision Decide(DataSet data, string id, int year = 2023) =>
        ShnorIdentification.Decide(data, new ResultIndex(data), Rule, data.School(id), year);

    private static readonly SchoolResult[] Calm2022Of =
    [
        Share("x", 2022, "vpr", 0), Share("x", 2022, "oge", 0), Share("x", 2022, "ege", 0),
    ];

    private static IEnumerable<SchoolResult> Calm2022(string id) => Calm2022Of.Select(r => r with { SchoolId = id });

    [Fact]
    public void Criterion_1_two_low_procedures_in_the_last_year()
    {
        var data = Synthetic([S("a")], [Share("a", 2023, "vpr", 40), Count("a", 2023, "oge", 5, 10), Count("a", 2023, "ege", 0, 10), .. Calm2022("a")]);
        var d = Decide(data, "a");
        Assert.True(d.IsShnor);
        Assert.False(d.Undetermined);
        Assert.Equal(new[] { "1" }, d.MetCriteria.Select(c => c.Criterion.Id));
        Assert.Equal(new[] { ("ВПР", 40m), ("ОГЭ", 50m) }, d.Low.Select(l => (l.Key.Procedure, l.Share2)).Order());
        Assert.Empty(d.Missing);
        Assert.Equal(
            "критерий 1 (две низкие процедуры в последнем году): ВПР 2023, 5 класс, математика — 40 %; ОГЭ 2023, русский язык — 50 %",
            Assert.Single(ShnorIdentification.Reasons(data, d)));
    }

    [Fact]
    public void Criterion_2_one_low_procedure_in_each_of_two_years()
    {
        var data = Synthetic([S("b")],
        [
            Share("b", 2023, "vpr", 35), Share("b", 2023, "oge", 10), Share("b", 2023, "ege", 0),
            Share("b", 2022, "vpr", 0), Share("b", 2022, "oge", 31), Share("b", 2022, "ege", 0),
        ]);
        var d = Decide(data, "b");
        Assert.True(d.IsShnor);
        Assert.Equal(new[] { "2" }, d.MetCriteria.Select(c => c.Criterion.Id));
        Assert.Equal(
            "критерий 2 (по одной в каждом из двух лет): ОГЭ 2022, русский язык — 31 %; ВПР 2023, 5 класс, математика — 35 %",
            Assert.Single(ShnorIdentification.Reasons(data, d)));
    }

    [Fact]
    public void Both_criteria_give_two_reasons()
    {
        var data = Synthetic([S("a")],
        [
            Share("a", 2023, "vpr", 90), Share("a", 2023, "oge", 90), Share("a", 2023, "ege", 0),
            Share("a", 2022, "vpr", 0), Share("a", 2022, "oge", 0), Share("a", 2022, "ege", 60),
        ]);
        var d = Decide(data, "a");
        Assert.Equal(new[] { "1", "2" }, d.MetCriteria.Select(c => c.Criterion.Id));
        var reasons = ShnorIdentification.Reasons(data, d);
        Assert.Equal(2, reasons.Count);
        Assert.DoesNotContain("2022", reasons[0]);   // criterion 1 looks at 2023 only
        Assert.Contains("ЕГЭ 2022, русский язык — 60 %", reasons[1]);
    }

    [Fact]
    public void Threshold_is_inclusive()
    {
        var data = Synthetic([S("e"), S("f")],
        [
            Count("e", 2023, "vpr", 3, 10), Share("e", 2023, "oge", 30), Share("e", 2023, "ege", 0), .. Calm2022("e"),
            Share("f", 2023, "vpr", 29.99m), Count("f", 2023, "oge", 29, 100), Share("f", 2023, "ege", 0), .. Calm2022("f"),
        ]);
        Assert.True(Decide(data, "e").IsShnor);
        Assert.Equal(2, Decide(data, "e").Low.Count);
        var f = Decide(data, "f");
        Assert.False(f.IsShnor);
        Assert.False(f.Undetermined);
        Assert.Empty(f.Low);
    }

    [Fact]
    public void Missing_data_is_undetermined_not_calm()
    {
        // one low procedure and the ЕГЭ missing: the ЕГЭ could have been the second low one
        var data = Synthetic([S("c")], [Share("c", 2023, "vpr", 10), Share("c", 2023, "oge", 40), .. Calm2022("c")]);
        var d = Decide(data, "c");
        Assert.False(d.IsShnor);
        Assert.True(d.Undetermined);
        Assert.Equal(new[] { new AssessmentKey(2023, "ЕГЭ", 11, "rus") }, d.Missing);
        var c1 = Assert.Single(d.Criteria, c => c.Criterion.Id == "1");
        Assert.False(c1.Met);
        Assert.True(c1.MetIfMissingWereLow);
    }

    [Fact]
    public void School_without_any_result_is_undetermined()
    {
        var data = Synthetic([S("z"), S("a")], [Share("a", 2023, "vpr", 0)]);
        var d = Decide(data, "z");
        Assert.False(d.IsShnor);
        Assert.True(d.Undetermined);
        Assert.Equal(6, d.Missing.Count);
    }

    [Fact]
    public void Oosh_is_not_expected_to_have_ege_in_synthetic_data()
    {
        var data = Synthetic([S("d", "ООШ")],
        [
            Share("d", 2023, "vpr", 10), Share("d", 2023, "oge", 40),
            Share("d", 2022, "vpr", 0), Share("d", 2022, "oge", 0),
        ]);
        var d = Decide(data, "d");
        Assert.False(d.IsShnor);
        Assert.False(d.Undetermined);
        Assert.Empty(d.Missing);
        Assert.Single(d.Low);
    }

    [Fact]
    public void Share_without_a_value_counts_as_missing()
    {
        // a row with participants but no «2» figure is no data for the rule
        var data = Synthetic([S("g")],
        [
            new SchoolResult(new AssessmentKey(2023, "ВПР", 5, "math"), "g", 10, Measure.None, new Measure(5, null), Measure.None, null, SourceSpan.None),
            Share("g", 2023, "oge", 50), Share("g", 2023, "ege", 0), .. Calm2022("g"),
        ]);
        var d = Decide(data, "g");
        Assert.Contains(new AssessmentKey(2023, "ВПР", 5, "math"), d.Missing);
        Assert.True(d.Undetermined);
    }

    [Fact]
    public void Identify_compares_with_the_published_list_and_skips_closed_schools()
    {
        var schools = new[] { S("a"), S("b"), S("c"), S("old", closed: 2022) };
        var data = Synthetic(schools,
        [
            Share("a", 2023, "vpr", 40), Share("a", 2023, "oge", 50), Share("a", 2023, "ege", 0), .. Calm2022("a"),
            Share("b", 2023, "vpr", 0), Share("b", 2023, "oge", 0), Share("b", 2023, "ege", 0), .. Calm2022("b"),
            Share("c", 2023, "vpr", 10), Share("c", 2023, "oge", 40), .. Calm2022("c"),
            Share("old", 2022, "vpr", 90), Share("old", 2022, "oge", 90),
        ],
        [new PublishedShnorList(2023, "test", ["b", "c"], SourceSpan.None)]);
        var r = ShnorIdentification.Identify(data, new ResultIndex(data), 2023);
        Assert.Equal(new[] { "a", "b", "c" }, r.Decisions.Select(d => d.School.Id));
        Assert.Equal(new[] { "a" }, r.Identified.Select(d => d.School.Id));
        Assert.Equal(new[] { "a" }, r.OnlyComputed.Select(d => d.School.Id));
        Assert.Equal(new[] { "b", "c" }, r.OnlyPublished.Select(d => d.School.Id));
        Assert.False(r.OnlyPublished[0].Undetermined);
        Assert.True(r.OnlyPublished[1].Undetermined);
        Assert.False(r.MatchesPublished);
        Assert.Empty(r.MissingForAll);

        var r2022 = ShnorIdentification.Identify(data, new ResultIndex(data), 2022);
        Assert.Contains(r2022.Decisions, d => d.School.Id == "old");
        Assert.Null(r2022.Published);
        Assert.False(r2022.MatchesPublished);
        Assert.Contains(new AssessmentKey(2021, "ВПР", 5, "math"), r2022.MissingForAll);
    }
}
