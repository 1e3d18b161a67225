using System.Text.RegularExpressions;
using KazReports.Cli;
using KazReports.Data.Model;
using KazReports.Tests.Foundation;
using static KazReports.Tests.Reliability.BadInputCatalogTests;

namespace KazReports.Tests.Reliability;

/// <summary>Everything the data says is checked by <c>kaz validate</c>, at the data file's line.</summary>
public sealed class DataCheckTests
{
    private static string Validate(Spoilt s, int expectedExit = 1, bool theme = false)
    {
        var stderr = new StringWriter();
        string[] args = theme ? ["validate", "--data", s.DataDir, "--templates", s.TemplatesDir] : ["validate", "--data", s.DataDir];
        var code = KazCli.Run(args, new StringWriter(), stderr);
        var err = stderr.ToString().ReplaceLineEndings("\n");
        Assert.True(code == expectedExit, $"exit {code}\n{err}");
        return err;
    }

    private static int SchoolLine(Spoilt s, string id) => s.LineOf("data/schools.yaml", $"  - id: {id}");

    private static void BranchOf(Spoilt s, string school, string main) =>
        s.Replace("data/schools.yaml", "branch_of: null", $"branch_of: {main}", after: $"  - id: {school}\n");

    [Fact]
    public void A_branch_of_cycle_is_an_error_at_each_school_of_it()
    {
        using var s = new Spoilt();
        BranchOf(s, "kazachinskaya", "rozhdestvenskaya");
        BranchOf(s, "rozhdestvenskaya", "kazachinskaya");
        var err = Validate(s);
        var file = s.Display("data/schools.yaml");
        Assert.Contains($"{file}({SchoolLine(s, "kazachinskaya")},5): ошибка KR1022: branch_of: филиалы замкнуты в круг " +
                        "(kazachinskaya → rozhdestvenskaya → kazachinskaya): у круга нет головной школы\n", err);
        Assert.Contains($"{file}({SchoolLine(s, "rozhdestvenskaya")},5): ошибка KR1022: branch_of: филиалы замкнуты в круг " +
                        "(rozhdestvenskaya → kazachinskaya → rozhdestvenskaya): у круга нет головной школы\n", err);
    }

    [Fact]
    public void A_branch_of_a_branch_is_an_error()
    {
        using var s = new Spoilt();
        BranchOf(s, "rozhdestvenskaya", "kazachinskaya");
        BranchOf(s, "dudovskaya", "rozhdestvenskaya");
        var err = Validate(s);
        Assert.Contains($"{s.Display("data/schools.yaml")}({SchoolLine(s, "dudovskaya")},5): ошибка KR1022: branch_of: «rozhdestvenskaya» сама филиал " +
                        "школы «kazachinskaya»; филиал указывают филиалом головной школы\n", err);
        Assert.Single(err.Split('\n'), l => l.Contains("KR1022"));
    }

    [Fact]
    public void A_results_file_with_only_its_header_is_a_warning_at_the_header()
    {
        using var s = new Spoilt();
        s.Write(Spoilt.Results, Repo.ResultsHeader + "\n\n");
        var err = Validate(s, expectedExit: 0);
        Assert.Contains($"{s.Display(Spoilt.Results)}(1,1): предупреждение KR1008: в файле только строка заголовка: результатов в нём нет\n", err);

        // A file with one row says nothing of the kind.
        s.Row("2020;ВПР;5;rus;kazanskaya;10;1;;;;;;");
        Assert.DoesNotContain("только строка заголовка", Validate(s, expectedExit: 0), StringComparison.Ordinal);
    }

    private const string ExtraSchool =
        "  - id: {0}\n    name: Муниципальное бюджетное общеобразовательное учреждение Новая основная общеобразовательная школа\n" +
        "    short_name: Новая ООШ\n    type: ООШ\n";

    [Theory]
    [InlineData("con")]
    [InlineData("nul")]
    [InlineData("aux")]
    [InlineData("prn")]
    [InlineData("com1")]
    [InlineData("lpt9")]
    public void A_school_id_that_windows_reserves_is_an_error(string id)
    {
        using var s = new Spoilt();
        var line = s.Append("data/schools.yaml", string.Format(ExtraSchool, id));
        var err = Validate(s);
        Assert.Contains($"{s.Display("data/schools.yaml")}({line},9): ошибка KR1023: код школы «{id}» — имя устройства в Windows " +
                        "(con, nul, aux, prn, com1…com9, lpt1…lpt9): файл письма с таким именем там не создать; выберите другой код\n", err);
    }

    [Fact]
    public void A_school_id_longer_than_64_is_an_error_that_says_the_limit()
    {
        using var s = new Spoilt();
        var line = s.Append("data/schools.yaml", string.Format(ExtraSchool, new string('a', 70)));
        var err = Validate(s);
        Assert.Contains($"{s.Display("data/schools.yaml")}({line},9): ошибка KR1023: код школы длиннее 64 знаков (70): он становится именем файла письма\n", err);
    }

    [Theory]
    [InlineData("CON", "CON_")]
    [InlineData("Lpt1", "Lpt1_")]
    [InlineData("12-ОД", "12-ОД")]
    [InlineData("console", "console")]
    public void Order_numbers_never_become_a_reserved_file_name(string number, string file)
    {
        Assert.Equal(file, Ids.Sanitize(number));
        Assert.False(Ids.IsReservedOnWindows(Ids.Sanitize(number)));
    }

    [Fact]
    public void Letters_for_a_year_without_results_is_an_error_at_the_year()
    {
        using var s = new Spoilt();
        s.Replace("data/letters.yaml", "year: 2023", "year: 2031");
        var err = Validate(s);
        Assert.Contains($"{s.Display("data/letters.yaml")}({s.LineOf("data/letters.yaml", "year:")},7): ошибка KR1028: " +
                        "письма за 2031 год, а результатов этого года нет (есть: 2021, 2022, 2023)\n", err);
    }

    [Fact]
    public void Results_after_the_letters_year_are_a_warning_at_their_first_row()
    {
        using var s = new Spoilt();
        s.Row("2024;ВПР;5;rus;kazachinskaya;10;1;;;;;;");
        var err = Validate(s, expectedExit: 0);
        Assert.Contains($"{s.Display(Spoilt.Results)}(2,1): предупреждение KR1028: результаты 2024 года позже года писем (2023, letters.yaml): в письма они не попадут\n", err);
    }

    [Fact]
    public void An_order_for_a_shnor_year_without_results_is_an_error_at_the_year()
    {
        using var s = new Spoilt();
        const string order = "data/orders/shnor-support-2024.yaml";
        s.Replace(order, "shnor_year: 2023", "shnor_year: 2030");
        var err = Validate(s);
        Assert.Matches(new Regex($@"{Regex.Escape(s.Display(order))}\({s.LineOf(order, "shnor_year:")},13\): ошибка KR1028: приказ № [^:]+: ШНОР по результатам 2030 года, " +
                                 @"а результатов этого года нет \(есть: 2021, 2022, 2023\)\n"), err);
    }

    public static TheoryData<string, string, string> ThemeValues() => new()
    {
        { "  body: 14 ", "  body: 200 ", "fonts.body: размер шрифта 200 пт вне 4–72 пт" },
        { "  table: 12 ", "  table: 0 ", "fonts.table: размер шрифта 0 пт вне 4–72 пт" },
        { "left: 20 }", "left: 150 }", "page.margins_mm.left: поле страницы 150 мм вне 0–80 мм" },
        { "  line_spacing: 1.0 ", "  line_spacing: 12 ", "paragraph.line_spacing: межстрочный интервал 12 вне 0,5–4" },
        { "header_shading: E7E6E6", "header_shading: серый", "table.header_shading: цвет «серый» не в виде RRGGBB (шесть шестнадцатеричных цифр, например 2F5597)" },
        { "7F7F7F", "7F7F7G", "charts.colors: цвет «7F7F7G» не в виде RRGGBB (шесть шестнадцатеричных цифр, например 2F5597)" },
        { "stamp_width_mm: 80", "stamp_width_mm: 500", "blocks.stamp_width_mm: ширина 500 мм вне 10–180 мм" },
    };

    [Theory]
    [MemberData(nameof(ThemeValues))]
    public void A_theme_value_out_of_range_is_an_error_at_its_line(string old, string @new, string message)
    {
        using var s = new Spoilt();
        s.Replace("templates/theme.yaml", old, @new);
        var err = Validate(s, theme: true);
        var line = File.ReadAllLines(s.PathOf("templates/theme.yaml")).Select((l, i) => (l, i)).First(x => x.l.Contains(@new.Trim())).i + 1;
        var col = File.ReadAllLines(s.PathOf("templates/theme.yaml"))[line - 1].IndexOf(@new.Trim().TrimEnd('}').Trim().Split(' ')[^1], StringComparison.Ordinal) + 1;
        Assert.Contains($"{s.Display("templates/theme.yaml")}({line},{col}): ошибка KR2006: {message}\n", err);
    }

    [Fact]
    public void An_empty_schools_yaml_is_the_one_error_and_its_follow_on_errors_are_counted_in_one_line()
    {
        using var s = new Spoilt();
        s.Write("data/schools.yaml", "");
        var err = Validate(s);
        var lines = err.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.Contains("KR1030") && !l.Contains("KR1031")).ToArray();
        Assert.Equal($"{s.Display("data/schools.yaml")}(1,1): ошибка KR1008: файл пуст", lines[0]);
        Assert.Matches(@"^предупреждение KR1038: не проверены ссылки на коды школ: \d{3} \(в файлах: 3\), пока schools.yaml не прочитан — сначала исправьте ошибку в schools.yaml$", lines[1]);
        Assert.StartsWith("ошибок: 1, ", lines[2]);
        Assert.Equal(3, lines.Length);
    }

    [Fact]
    public void A_broken_catalog_is_the_one_error_and_unknown_procedures_and_subjects_are_counted()
    {
        using var s = new Spoilt();
        s.Write("data/catalog.yaml", "procedures: [\n");
        var err = Validate(s);
        var lines = err.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.Contains("KR1030") && !l.Contains("KR1031")).ToArray();
        Assert.StartsWith($"{s.Display("data/catalog.yaml")}(2,1): ошибка KR1002: синтаксическая ошибка YAML: ", lines[0]);
        Assert.Matches(@"^предупреждение KR1038: не проверены названия процедур и предметов: \d+ \(в файлах: \d\), пока catalog.yaml не прочитан", lines[1]);
        Assert.Equal(3, lines.Length);
    }
}
