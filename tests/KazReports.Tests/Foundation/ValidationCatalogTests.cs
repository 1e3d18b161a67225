using KazReports.Diagnostics;
using Xunit;

namespace KazReports.Tests.Foundation;

/// <summary>
/// The validation catalogue: for each class of error, a data folder with one bad thing in it, the
/// exact code, file, line and column, and the CLI's <c>validate</c> exiting 1 with that diagnostic.
/// </summary>
public class ValidationCatalogTests
{
    /// <summary>A results file with one row; the error of <paramref name="code"/> is on line 2 at <paramref name="column"/>.</summary>
    private static Diagnostic ExpectRowError(string row, string code, string column, string? message = null)
    {
        using var t = new TempData();
        var rel = t.AddResults(row);
        var (_, bag) = t.Load();
        int? col = column switch { "row" => 1, "any" => null, _ => Repo.ColumnOf(row, column) };
        var d = DiagnosticAssert.At(bag, code, t.Display(rel), 2, col);
        Assert.Equal(Severity.Error, d.Severity);
        if (message is not null) Assert.Equal(message, d.Message);
        DiagnosticAssert.CliReports(t, d);
        return d;
    }

    // ---- results rows ----

    [Fact]
    public void Unknown_school_is_KR1010_at_the_school_cell() =>
        ExpectRowError("2024;ВПР;5;rus;nosuch;10;1;;;;;;", Codes.UnknownSchool, "school",
            "неизвестный код школы «nosuch» (нет в schools.yaml)");

    [Fact]
    public void Duplicate_measurement_is_KR1011_pointing_at_the_first()
    {
        var row = "2023;ВПР;5;rus;kazachinskaya;58;;5,17;;65,52;;6,9;повтор";
        var d = ExpectRowError(row, Codes.DuplicateMeasurement, "row");
        var first = Repo.LineOf(Repo.ResultsCsv, "2023;ВПР;5;rus;kazachinskaya;");
        Assert.EndsWith($"{Repo.ResultsCsv}({first},1)", d.Message);
        Assert.StartsWith("повтор измерения: ВПР 2023, 5 класс, русский язык, Казачинская СОШ уже есть в ", d.Message);
    }

    [Fact]
    public void Duplicate_measurement_written_with_subject_name_is_KR1011_too() =>
        ExpectRowError("2023;ВПР;5;Русский язык;kazachinskaya;58;3;;;;;;", Codes.DuplicateMeasurement, "row");

    [Fact]
    public void Share_above_100_is_KR1012() =>
        ExpectRowError("2024;ВПР;5;rus;kazachinskaya;10;;122;;;;;", Codes.ShareOutOfRange, "share2", "доля «2» 122 % больше 100 %");

    [Fact]
    public void Negative_share_is_KR1012() =>
        ExpectRowError("2024;ВПР;5;rus;kazachinskaya;10;;;;-5;;;", Codes.ShareOutOfRange, "share45", "доля «4 и 5» -5 % меньше 0 %");

    [Fact]
    public void Share_no_whole_number_of_participants_gives_is_KR1013() =>
        ExpectRowError("2024;ВПР;5;rus;kazachinskaya;9;;50;;;;;", Codes.ShareImpossible, "share2",
            "доля «2» 50 % не получается ни при каком целом числе из 9 участников (4,5 чел.; ближайшее 5 из 9 = 55,56 %)");

    [Fact]
    public void Lowered_share_impossible_for_participants_is_KR1013() =>
        ExpectRowError("2024;ВПР;5;rus;kazachinskaya;7;;;;;;50;", Codes.ShareImpossible, "share_lowered");

    [Fact]
    public void Count_above_participants_is_KR1014() =>
        ExpectRowError("2024;ВПР;5;rus;kazachinskaya;10;12;;;;;;", Codes.CountAboveParticipants, "count2",
            "число «2» 12 больше числа участников 10");

    [Fact]
    public void Count_and_share_that_disagree_are_KR1015() =>
        ExpectRowError("2024;ВПР;5;rus;kazachinskaya;10;2;50;;;;;", Codes.CountShareDisagree, "share2",
            "доля «2» 50 % не равна 2 из 10 (20 %)");

    [Fact]
    public void Count_and_share_that_agree_are_fine()
    {
        using var t = new TempData();
        t.AddResults("2024;ВПР;5;rus;kazachinskaya;3;1;33,33;2;66,67;;;", "2024;ВПР;5;math;kazachinskaya;3;1;33,3;2;66,66;;;");
        var (data, bag) = t.Load();
        Assert.Equal(0, bag.ErrorCount);
        Assert.Equal(2, data!.Results.Count(r => r.Year == 2024));
    }

    [Fact]
    public void Count_and_a_cut_share_that_agree_are_fine()
    {
        // 2 of 3 = 66,666…: «66,6» and «66» are that figure cut, as ShareCheck.Produces accepts them
        // when the share is given alone; next to the count they must be accepted too.
        using var t = new TempData();
        t.AddResults("2024;ВПР;5;rus;kazachinskaya;3;2;66,6;;;;;", "2024;ВПР;5;math;kazachinskaya;3;2;66;;;;;");
        var (data, bag) = t.Load();
        Assert.True(ShareAlone(66.6m, 1, 3) && ShareAlone(66m, 0, 3));
        Assert.False(bag.HasErrors, string.Join("\n", bag.Items.Where(d => d.IsError)));
        Assert.Equal(2, data!.Results.Count(r => r.Year == 2024));
    }

    private static bool ShareAlone(decimal share, int decimals, int participants) =>
        KazReports.Data.Model.ShareCheck.Produces(2, participants, share, decimals);

    [Fact]
    public void Fail_and_high_counts_above_100_percent_are_KR1016() =>
        ExpectRowError("2024;ВПР;5;rus;kazachinskaya;10;6;;5;;;;", Codes.SharesSumAbove100, "any",
            "доли «2» (60 %) и «4 и 5» (50 %) вместе больше 100 %");

    [Fact]
    public void Fail_and_high_shares_above_100_percent_are_KR1016() =>
        ExpectRowError("2024;ВПР;5;rus;kazachinskaya;;;60;;50;;;", Codes.SharesSumAbove100, "share45");

    [Fact]
    public void Unknown_procedure_is_KR1017() =>
        ExpectRowError("2024;ВПРР;5;rus;kazachinskaya;10;1;;;;;;", Codes.UnknownProcedure, "procedure",
            "неизвестная процедура «ВПРР»; известны: ВПР, ОГЭ, ЕГЭ, ЕГЭ-база, ЕГЭ-профиль, КДР");

    [Fact]
    public void Unknown_subject_is_KR1018() =>
        ExpectRowError("2024;ВПР;5;physics;kazachinskaya;10;1;;;;;;", Codes.UnknownSubject, "subject",
            "неизвестный предмет «physics»; известны: rus, math");

    [Fact]
    public void Grade_12_is_KR1019() =>
        ExpectRowError("2024;ВПР;12;rus;kazachinskaya;10;1;;;;;;", Codes.BadGrade, "grade", "класс 12 вне 1–11");

    [Fact]
    public void Grade_above_the_school_type_is_a_KR1019_warning()
    {
        using var t = new TempData();
        var rel = t.AddResults("2024;ЕГЭ;11;rus;galaninskaya;10;1;;;;;;");
        var (_, bag) = t.Load();
        Assert.Equal(0, bag.ErrorCount);
        var d = Assert.Single(bag.Items, d => d.Code == Codes.BadGrade);
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Equal((t.Display(rel), 2, 1), (d.Span.File, d.Span.Line, d.Span.Column));
        Assert.Equal("результат 11 класса у школы типа ООШ «Галанинская ООШ»", d.Message);
    }

    [Fact]
    public void Year_out_of_range_is_KR1028() =>
        ExpectRowError("1999;ВПР;5;rus;kazachinskaya;10;1;;;;;;", Codes.BadYear, "year");

    [Fact]
    public void Negative_participants_is_KR1027() =>
        ExpectRowError("2024;ВПР;5;rus;kazachinskaya;-3;1;;;;;;", Codes.NegativeNumber, "participants");

    [Fact]
    public void Zero_participants_is_KR1006() =>
        ExpectRowError("2024;ВПР;5;rus;kazachinskaya;0;;;;;;;", Codes.BadNumber, "participants");

    [Fact]
    public void Fractional_count_is_KR1006() =>
        ExpectRowError("2024;ВПР;5;rus;kazachinskaya;10;1,5;;;;;;", Codes.BadNumber, "count2", "поле «count2»: «1,5» не целое число");

    [Fact]
    public void Result_after_the_school_closed_is_KR1020()
    {
        using var t = new TempData();
        t.ReplaceAfter("schools.yaml", "  - id: kazanskaya", "closed: null", "closed: 2022");
        var (data, bag) = t.Load();
        Assert.Equal(2022, data!.School("kazanskaya").Closed);
        var lines = File.ReadAllLines(t.PathOf(Repo.ResultsCsv));
        var after = Enumerable.Range(1, lines.Length).Where(i => lines[i - 1].StartsWith("2023;", StringComparison.Ordinal) &&
                                                                 lines[i - 1].Split(';')[4] == "kazanskaya").ToArray();
        Assert.Equal(8, after.Length);
        var errors = bag.Items.Where(d => d.IsError).ToArray();
        Assert.All(errors, e => Assert.Equal(Codes.ClosedSchool, e.Code));
        Assert.Equal(after, errors.Select(e => e.Span.Line).Order());
        var d = DiagnosticAssert.At(bag, Codes.ClosedSchool, t.Display(Repo.ResultsCsv), after[0], 1);
        Assert.Equal("результат 2023 года у школы «Казанская ООШ», закрытой в 2022 году", d.Message);
        DiagnosticAssert.CliReports(t, d);
    }

    // ---- the school registry ----

    private const string ExtraSchool =
        "  - id: {0}\n" +
        "    name: Муниципальное бюджетное общеобразовательное учреждение Новая основная общеобразовательная школа\n" +
        "    short_name: Новая ООШ\n" +
        "    type: ООШ\n" +
        "    branch_of: {1}\n";

    [Fact]
    public void Duplicate_school_id_is_KR1021()
    {
        using var t = new TempData();
        var line = t.Append("schools.yaml", string.Format(ExtraSchool, "kazanskaya", "null"));
        var (_, bag) = t.Load();
        var d = DiagnosticAssert.At(bag, Codes.DuplicateId, t.Display("schools.yaml"), line, 5);
        Assert.Equal($"код школы «kazanskaya» уже занят ({t.Display("schools.yaml")}({Repo.LineOf("schools.yaml", "  - id: kazanskaya")},5))", d.Message);
        DiagnosticAssert.CliReports(t, d);
    }

    [Fact]
    public void Unknown_branch_of_is_KR1022()
    {
        using var t = new TempData();
        var line = t.Append("schools.yaml", string.Format(ExtraSchool, "novaya", "nowhere"));
        var (_, bag) = t.Load();
        var d = DiagnosticAssert.At(bag, Codes.UnknownReference, t.Display("schools.yaml"), line, 5);
        Assert.Equal("branch_of: неизвестная школа «nowhere»", d.Message);
        DiagnosticAssert.CliReports(t, d);
    }

    [Fact]
    public void School_id_with_a_slash_is_KR1023()
    {
        using var t = new TempData();
        var line = t.Append("schools.yaml", string.Format(ExtraSchool, "evil/school", "null"));
        var (_, bag) = t.Load();
        var d = DiagnosticAssert.At(bag, Codes.BadId, t.Display("schools.yaml"), line, 9);
        Assert.Contains("«evil/school»", d.Message);
        DiagnosticAssert.CliReports(t, d);
    }

    [Theory]
    [InlineData("../evil")]
    [InlineData("Kazanskaya")]
    [InlineData("школа")]
    [InlineData("-lead")]
    public void Other_bad_school_ids_are_KR1023(string id)
    {
        using var t = new TempData();
        var line = t.Append("schools.yaml", string.Format(ExtraSchool, "\"" + id + "\"", "null"));
        var (_, bag) = t.Load();
        DiagnosticAssert.At(bag, Codes.BadId, t.Display("schools.yaml"), line, 9);
    }

    [Fact]
    public void School_without_name_is_KR1003()
    {
        using var t = new TempData();
        t.ReplaceAfter("schools.yaml", "  - id: kazanskaya",
            "    name: Муниципальное бюджетное общеобразовательное учреждение Казанская основная общеобразовательная школа\n", "");
        var (_, bag) = t.Load();
        var line = Repo.LineOf("schools.yaml", "  - id: kazanskaya", t.Dir);
        var d = DiagnosticAssert.At(bag, Codes.RequiredField, t.Display("schools.yaml"), line, 5);
        Assert.Equal("нет обязательного поля «name»", d.Message);
        DiagnosticAssert.CliReports(t, d);
    }

    [Fact]
    public void Unknown_yaml_field_is_KR1005_at_its_key()
    {
        using var t = new TempData();
        t.ReplaceAfter("schools.yaml", "  - id: kazanskaya", "    short_name: Казанская ООШ\n", "    short_name: Казанская ООШ\n    colour: red\n");
        var (_, bag) = t.Load();
        var line = Repo.LineOf("schools.yaml", "    colour: red", t.Dir);
        var d = DiagnosticAssert.At(bag, Codes.UnknownField, t.Display("schools.yaml"), line, 5);
        Assert.Equal("неизвестное поле «colour»", d.Message);
        DiagnosticAssert.CliReports(t, d);
    }

    [Fact]
    public void Unknown_school_in_the_published_list_is_KR1010()
    {
        using var t = new TempData();
        t.ReplaceAfter("shnor-published.yaml", "  - year: 2023", "      - kazanskaya ", "      - kazanskiy ");
        var (_, bag) = t.Load();
        // At the misspelt item of the list, not at the list.
        var line = Repo.LineOf("shnor-published.yaml", "      - kazanskiy ", t.Dir);
        var d = DiagnosticAssert.At(bag, Codes.UnknownSchool, t.Display("shnor-published.yaml"), line, 9);
        Assert.Contains("«kazanskiy»", d.Message);
        DiagnosticAssert.CliReports(t, d);
    }

    // ---- numbers, dates, columns ----

    [Fact]
    public void Share_with_a_percent_sign_is_KR1006_with_a_hint()
    {
        var d = ExpectRowError("2024;ВПР;5;rus;kazachinskaya;10;;5,17%;;;;;", Codes.BadNumber, "share2");
        Assert.Equal("поле «share2»: «5,17%» не число: уберите знак «%»: доли пишутся числом процентов", d.Message);
    }

    [Fact]
    public void Dash_for_no_data_is_KR1006_with_a_hint()
    {
        var d = ExpectRowError("2024;ВПР;5;rus;kazachinskaya;10;;;;—;;;", Codes.BadNumber, "share45");
        Assert.Contains("«—»", d.Message);
        Assert.Contains("пустая ячейка означает «нет данных»: оставьте её пустой", d.Message);
    }

    [Fact]
    public void Thousands_separator_is_KR1006_with_a_hint()
    {
        var d = ExpectRowError("2024;ВПР;5;rus;kazachinskaya;1 234;;;;;;;", Codes.BadNumber, "participants");
        Assert.Contains("уберите разделители тысяч", d.Message);
    }

    [Fact]
    public void Impossible_date_in_an_order_is_KR1007()
    {
        using var t = new TempData();
        t.Replace("orders/order-18.yaml", "date: 2024-01-29\n", "date: 31.02.2024\n");
        var (_, bag) = t.Load();
        var line = Repo.LineOf("orders/order-18.yaml", "date: 31.02.2024", t.Dir);
        var d = DiagnosticAssert.At(bag, Codes.BadDate, t.Display("orders/order-18.yaml"), line, 7);
        Assert.Equal("поле «date»: «31.02.2024» не дата (пишите 2024-01-29 или 29.01.2024)", d.Message);
        DiagnosticAssert.CliReports(t, d);
    }

    [Fact]
    public void Russian_date_in_an_order_is_accepted()
    {
        using var t = new TempData();
        t.Replace("orders/order-18.yaml", "date: 2024-01-29\n", "date: 29.01.2024\n");
        var (data, bag) = t.Load();
        Assert.Equal(0, bag.ErrorCount);
        Assert.Equal(new DateOnly(2024, 1, 29), data!.Orders.Single(o => o.Number == "18").Date);
    }

    [Fact]
    public void Csv_without_the_year_column_is_KR1003()
    {
        using var t = new TempData();
        t.Write("results/zz-test.csv", "procedure;grade;subject;school;participants;count2\nВПР;5;rus;kazachinskaya;10;1\n");
        var (_, bag) = t.Load();
        var d = DiagnosticAssert.At(bag, Codes.RequiredField, t.Display("results/zz-test.csv"), 1, 1);
        Assert.Equal("нет обязательного столбца «year»", d.Message);
        DiagnosticAssert.CliReports(t, d);
    }

    [Fact]
    public void Empty_required_cell_is_KR1003() =>
        ExpectRowError("2024;ВПР;5;rus;;10;1;;;;;;", Codes.RequiredField, "school", "пустое обязательное поле «school»");

    [Fact]
    public void Unknown_csv_column_is_KR1005_at_its_header_cell()
    {
        using var t = new TempData();
        const string header = "year;procedure;grade;subject;school;participants;count2;comment";
        t.Write("results/zz-test.csv", header + "\n2024;ВПР;5;rus;kazachinskaya;10;1;x\n");
        var (_, bag) = t.Load();
        var d = DiagnosticAssert.At(bag, Codes.UnknownField, t.Display("results/zz-test.csv"), 1, Repo.ColumnOf(header, 7));
        Assert.StartsWith("неизвестный столбец «comment»; допустимы: year, procedure", d.Message);
        DiagnosticAssert.CliReports(t, d);
    }

    [Fact]
    public void Header_with_another_separator_is_KR1005_with_a_hint()
    {
        using var t = new TempData();
        t.Write("results/zz-test.csv", "year|procedure|grade\n2024|ВПР|5\n");
        var (_, bag) = t.Load();
        Assert.Contains(bag.Items, d => d.Code == Codes.UnknownField && d.Span.Line == 1);
        using var t2 = new TempData();
        t2.Write("results/zz-test.csv", "\"year,procedure\";grade\n");
        var d2 = Assert.Single(t2.Load().Bag.Items, d => d.Code == Codes.UnknownField);
        Assert.Contains("(другой разделитель столбцов?)", d2.Message);
    }

    // ---- files and syntax ----

    [Fact]
    public void Yaml_syntax_error_is_KR1002_with_its_line()
    {
        using var t = new TempData();
        t.Write("shnor.yaml",
            "threshold: 30\n" +
            "procedures:\n" +
            "  - procedure: ВПР\n" +
            "   subject: math\n" +
            "criteria: []\n");
        var (_, bag) = t.Load();
        var d = DiagnosticAssert.At(bag, Codes.YamlSyntax, t.Display("shnor.yaml"), 4);
        Assert.StartsWith("синтаксическая ошибка YAML: ", d.Message);
        Assert.DoesNotContain("Line:", d.Message);
        DiagnosticAssert.CliReports(t, d);
    }

    [Fact]
    public void Unclosed_flow_mapping_is_KR1002()
    {
        using var t = new TempData();
        t.Replace("shnor.yaml", "  - { procedure: ВПР, subject: math, grades: [5, 6] }\n", "  - { procedure: ВПР, subject: math, grades: [5, 6]\n");
        var (_, bag) = t.Load();
        var d = Assert.Single(bag.Items, d => d.IsError);
        Assert.Equal(Codes.YamlSyntax, d.Code);
        Assert.Equal(t.Display("shnor.yaml"), d.Span.File);
        Assert.True(d.Span.Line >= Repo.LineOf("shnor.yaml", "  - { procedure: ВПР, subject: math,", t.Dir), d.ToString());
        DiagnosticAssert.CliReports(t, d);
    }

    [Fact]
    public void Duplicate_yaml_key_is_an_error_not_a_crash()
    {
        using var t = new TempData();
        t.Replace("shnor.yaml", "threshold: 30\n", "threshold: 30\nthreshold: 40\n");
        var (_, bag) = t.Load();
        var d = Assert.Single(bag.Items, d => d.IsError);
        Assert.Equal(t.Display("shnor.yaml"), d.Span.File);
        Assert.Equal(Repo.LineOf("shnor.yaml", "threshold: 40", t.Dir), d.Span.Line);
        DiagnosticAssert.CliReports(t, d);
    }

    [Fact]
    public void Wrong_yaml_type_is_KR1004()
    {
        using var t = new TempData();
        t.Replace("shnor.yaml", "criteria:\n", "criteria: нет\nunused:\n");
        var (_, bag) = t.Load();
        Assert.Contains(bag.Items, d => d.Code == Codes.WrongType && d.Span.File == t.Display("shnor.yaml") &&
                                        d.Span.Line == Repo.LineOf("shnor.yaml", "criteria: нет", t.Dir) && d.Span.Column == 11);
    }

    [Fact]
    public void Missing_required_file_is_KR1001()
    {
        using var t = new TempData();
        t.Delete("shnor.yaml");
        var (_, bag) = t.Load();
        var d = DiagnosticAssert.At(bag, Codes.FileMissing, t.Display("shnor.yaml"), 0);
        Assert.Equal($"{t.Display("shnor.yaml")}: ошибка KR1001: файл не найден", d.ToString());
        DiagnosticAssert.CliReports(t, d);
    }

    [Fact]
    public void Missing_district_file_is_KR1001_and_no_data()
    {
        using var t = new TempData();
        t.Delete("district.yaml");
        var (data, bag) = t.Load();
        Assert.Null(data);
        var d = DiagnosticAssert.At(bag, Codes.FileMissing, t.Display("district.yaml"), 0);
        DiagnosticAssert.CliReports(t, d);
    }

    [Fact]
    public void Optional_files_may_be_missing()
    {
        using var t = new TempData();
        t.Delete("settings.yaml");
        t.Delete("shnor-published.yaml");
        t.Delete("letters.yaml");
        var (data, bag) = t.Load();
        Assert.Equal(0, bag.ErrorCount);
        Assert.Empty(data!.PublishedShnor);
        Assert.Null(data.Letters);
        Assert.Equal(60, data.Settings.MaxClassSize);
    }

    [Fact]
    public void Shnor_procedure_that_names_no_grade_is_not_silently_ignored()
    {
        // ВПР has no fixed grade in catalog.yaml: without «grades» the rule entry matches no
        // assessment at all, and the rule silently ignores every ВПР result in Russian. Either the
        // entry is an error (at its line), or it takes the ВПР results into account (all grades).
        using var t = new TempData();
        t.Replace("shnor.yaml", "  - { procedure: ВПР, subject: rus, grades: [5, 6] }\n", "  - { procedure: ВПР, subject: rus }\n");
        var (data, bag) = t.Load();
        var line = Repo.LineOf("shnor.yaml", "  - { procedure: ВПР, subject: rus }", t.Dir);
        if (bag.Items.Any(d => d.IsError && d.Span.File == t.Display("shnor.yaml") && d.Span.Line == line)) return;
        Assert.False(bag.HasErrors, string.Join("\n", bag.Items.Where(d => d.IsError)));
        var momotovskaya = KazReports.Analysis.ShnorIdentification.Identify(data!, new KazReports.Analysis.ResultIndex(data!), 2023)
            .Decisions.Single(d => d.School.Id == "momotovskaya");
        Assert.Contains(momotovskaya.Low, l => l.Key.Procedure == "ВПР" && l.Key.Subject == "rus");
    }

    [Theory]
    [InlineData("max_class_size: 0", "max_class_size")]
    [InlineData("max_class_size: -5", "max_class_size")]
    [InlineData("impossible_share_pupils: -1", "impossible_share_pupils")]
    [InlineData("impossible_share_pupils: 3", "impossible_share_pupils")]
    public void Settings_out_of_range_are_KR1029(string setting, string key)
    {
        using var t = new TempData();
        t.Write("settings.yaml", "validation:\n  " + setting + "\n");
        var (_, bag) = t.Load();
        var d = DiagnosticAssert.At(bag, Codes.BadSetting, t.Display("settings.yaml"), 2);
        Assert.Contains(key, d.Message);
    }

    // ---- region rows ----

    [Fact]
    public void Duplicate_region_row_is_KR1011()
    {
        using var t = new TempData();
        var line = t.Append("region.csv", "2023;ВПР;5;rus;14,46;43,15;30,42;повтор\n");
        var (_, bag) = t.Load();
        var d = DiagnosticAssert.At(bag, Codes.DuplicateMeasurement, t.Display("region.csv"), line, 1);
        DiagnosticAssert.CliReports(t, d);
    }

    [Fact]
    public void Region_shares_above_100_are_KR1016()
    {
        using var t = new TempData();
        var row = "2023;ВПР;6;rus;60;50;;";
        var line = t.Append("region.csv", row + "\n");
        var (_, bag) = t.Load();
        var d = DiagnosticAssert.At(bag, Codes.SharesSumAbove100, t.Display("region.csv"), line, Repo.ColumnOf(row, 5));
        DiagnosticAssert.CliReports(t, d);
    }

    // ---- warnings ----

    [Fact]
    public void Shipped_data_warnings_KR1030_and_KR1031_are_printed_with_exit_0()
    {
        var (code, stdout, stderr) = Repo.Cli("validate", "--data", Repo.DataDir);
        Assert.Equal(0, code);
        var file = Repo.DataDir + "/" + Repo.ResultsCsv;
        var l1031 = Repo.LineOf(Repo.ResultsCsv, "2021;ВПР;4;math;dudovskaya;");
        var l1030 = Repo.LineOf(Repo.ResultsCsv, "2023;ВПР;5;rus;dudovskaya;");
        Assert.Contains($"{file}({l1031},30): предупреждение KR1031: доля «2» 14,59 % не получается ни в одном классе до 60 учеников", stderr);
        Assert.Contains($"{file}({l1030},33): предупреждение KR1030: доля «4 и 5» 33,34 % не равна ни одному k/6", stderr);
        Assert.Equal(3, stderr.Split('\n').Count(l => l.Contains(": предупреждение KR1031: ")));
        Assert.Equal(3, stderr.Split('\n').Count(l => l.Contains(": предупреждение KR1030: ")));
        Assert.DoesNotContain("ошибка KR", stderr);
        Assert.Contains("ошибок: 0, предупреждений: 6", stderr);
        Assert.Contains("данные в порядке", stdout);
    }

    [Fact]
    public void Unlikely_share_without_participants_is_a_KR1031_warning_only()
    {
        using var t = new TempData();
        var row = "2024;ВПР;5;rus;kazachinskaya;;;14,59;;;;;";
        var rel = t.AddResults(row);
        var (data, bag) = t.Load();
        Assert.Equal(0, bag.ErrorCount);
        // (2024 is also after the letters' year: that is a KR1028 warning of its own.)
        var d = Assert.Single(bag.Items, d => d.Span.File == t.Display(rel) && d.Code != Codes.BadYear);
        Assert.Equal((Codes.ShareUnlikely, Severity.Warning, 2, Repo.ColumnOf(row, "share2")), (d.Code, d.Severity, d.Span.Line, d.Span.Column));
        Assert.Equal(14.59m, data!.Results.Single(r => r.Year == 2024).Share2);
    }
}
