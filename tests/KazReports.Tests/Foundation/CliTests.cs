using System.Text.Json;
using Xunit;

namespace KazReports.Tests.Foundation;

/// <summary>The <c>kaz</c> command run in-process: exit codes, stdout and stderr.</summary>
public class CliTests
{
    private static readonly string Data = Repo.DataDir;

    [Fact]
    public void Validate_on_the_shipped_data_exits_0_with_a_summary()
    {
        var (code, stdout, stderr) = Repo.Cli("validate", "--data", Data);
        Assert.Equal(0, code);
        Assert.Equal("данные в порядке: школ 10, строк результатов 158, строк края 2, приказов 3, дорожных карт 1", stdout.Trim());
        Assert.Contains("ошибок: 0, предупреждений: 6", stderr);
    }

    [Fact]
    public void Analyze_2023_text()
    {
        var (code, stdout, stderr) = Repo.Cli("analyze", "--year", "2023", "--data", Data);
        Assert.Equal(0, code);
        Assert.Contains("Районные показатели 2023 года (взвешены по числу участников):", stdout);
        Assert.Contains("ВПР 2023, 5 класс, русский язык: участников 122 (10 шк.), «2» 13,93 %, «4 и 5» 47,54 %, понизили 19,67 %", stdout);
        Assert.Contains("ВПР 2023, 5 класс, математика: участников 121 (10 шк.), «2» 8,26 %, «4 и 5» 47,93 %, понизили 17,36 %", stdout);
        Assert.Contains("ШНОР 2023 (по результатам 2023 и 2022 гг., порог 30 %):", stdout);
        Assert.Contains("Совпадает с опубликованным списком 2023 года (8 шк.).", stdout);
        foreach (var name in new[] { "МБОУ Мокрушинская СОШ", "Челноковская ООШ", "МБОУ Момотовская СОШ", "МБОУ Рождественская СОШ",
                     "МБОУ Дудовская СОШ", "МБОУ Отношинская СОШ", "МБОУ Вороковская СОШ", "МБОУ Казанская ООШ" })
            Assert.Contains("\n  " + name + "\n", stdout.Replace("\r\n", "\n"));
        Assert.DoesNotContain("\n  МБОУ Галанинская ООШ\n", stdout.Replace("\r\n", "\n"));
        Assert.Contains("предупреждений: 6", stderr);
    }

    [Fact]
    public void Analyze_2022_text_lists_published_schools_with_missing_data()
    {
        var (code, stdout, _) = Repo.Cli("analyze", "--year", "2022", "--data", Data);
        Assert.Equal(0, code);
        Assert.Contains("Расхождения с опубликованным списком 2022 года:", stdout);
        Assert.Contains("есть в опубликованном, не выявлена по данным: МБОУ Казачинская СОШ (данных недостаточно)", stdout);
        Assert.Contains("есть в опубликованном, не выявлена по данным: МБОУ Галанинская ООШ (данных недостаточно)", stdout);
        Assert.Equal(7, stdout.Split('\n').Count(l => l.Contains("есть в опубликованном, не выявлена по данным:") && l.TrimEnd().EndsWith("(данных недостаточно)")));
        Assert.DoesNotContain("выявлена, но нет в опубликованном", stdout);
        Assert.Contains("МБОУ Отношинская СОШ: нет данных — ВПР 2022, 5 класс, математика; ВПР 2022, 5 класс, русский язык", stdout);
    }

    [Fact]
    public void Analyze_2023_json()
    {
        var (code, stdout, _) = Repo.Cli("analyze", "--year", "2023", "--json", "--data", Data);
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(stdout);
        var root = doc.RootElement;
        Assert.Equal(2023, root.GetProperty("year").GetInt32());
        Assert.Equal(30m, root.GetProperty("threshold").GetDecimal());

        var shnor = root.GetProperty("shnor").EnumerateArray().ToArray();
        Assert.Equal(8, shnor.Length);
        foreach (var s in shnor)
        {
            Assert.False(string.IsNullOrEmpty(s.GetProperty("id").GetString()));
            Assert.False(string.IsNullOrEmpty(s.GetProperty("name").GetString()));
            Assert.NotEmpty(s.GetProperty("criteria").EnumerateArray());
            Assert.NotEmpty(s.GetProperty("reasons").EnumerateArray());
            Assert.All(s.GetProperty("reasons").EnumerateArray(), r => Assert.StartsWith("критерий ", r.GetString()));
            Assert.NotEmpty(s.GetProperty("lowProcedures").EnumerateArray());
        }
        Assert.Equal(new[] { "chelnokovskaya", "dudovskaya", "kazanskaya", "mokrushinskaya", "momotovskaya", "otnoshinskaya", "rozhdestvenskaya", "vorokovskaya" },
            shnor.Select(s => s.GetProperty("id").GetString()).Order(StringComparer.Ordinal));
        var dud = shnor.Single(s => s.GetProperty("id").GetString() == "dudovskaya");
        Assert.Equal("МБОУ Дудовская СОШ", dud.GetProperty("name").GetString());
        Assert.Equal(new[] { "2" }, dud.GetProperty("criteria").EnumerateArray().Select(c => c.GetString()));
        var roz = shnor.Single(s => s.GetProperty("id").GetString() == "rozhdestvenskaya");
        Assert.Equal(new[] { "1" }, roz.GetProperty("criteria").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(new[] { ("ОГЭ", 9, "math", 50m), ("ОГЭ", 9, "rus", 33m) },
            roz.GetProperty("lowProcedures").EnumerateArray()
                .Select(l => (l.GetProperty("procedure").GetString()!, l.GetProperty("grade").GetInt32(), l.GetProperty("subject").GetString()!,
                    l.GetProperty("share2").GetDecimal()))
                .OrderBy(x => x.Item3, StringComparer.Ordinal));

        var published = root.GetProperty("published");
        Assert.True(published.GetProperty("matches").GetBoolean());
        Assert.Empty(published.GetProperty("onlyComputed").EnumerateArray());
        Assert.Empty(published.GetProperty("onlyPublished").EnumerateArray());

        var undetermined = root.GetProperty("undetermined").EnumerateArray().ToArray();
        Assert.Equal("kazachinskaya", Assert.Single(undetermined).GetProperty("id").GetString());

        var district = root.GetProperty("district").EnumerateArray().ToArray();
        Assert.Equal(4, district.Length);
        foreach (var d in district)
        {
            foreach (var p in new[] { "year", "procedure", "grade", "subject", "participants", "share2", "share45", "shareLowered" })
                Assert.True(d.TryGetProperty(p, out _), "district row without " + p);
            Assert.Equal(2023, d.GetProperty("year").GetInt32());
        }
        var rus5 = district.Single(d => d.GetProperty("procedure").GetString() == "ВПР" && d.GetProperty("grade").GetInt32() == 5 &&
                                        d.GetProperty("subject").GetString() == "rus");
        Assert.Equal(122, rus5.GetProperty("participants").GetInt32());
        Assert.Equal(13.93m, rus5.GetProperty("share2").GetDecimal());
        Assert.Equal(47.54m, rus5.GetProperty("share45").GetDecimal());
        Assert.Equal(19.67m, rus5.GetProperty("shareLowered").GetDecimal());
        var math5 = district.Single(d => d.GetProperty("grade").GetInt32() == 5 && d.GetProperty("subject").GetString() == "math");
        Assert.Equal((121, 8.26m, 47.93m, 17.36m), (math5.GetProperty("participants").GetInt32(), math5.GetProperty("share2").GetDecimal(),
            math5.GetProperty("share45").GetDecimal(), math5.GetProperty("shareLowered").GetDecimal()));
    }

    [Fact]
    public void Analyze_without_year_takes_the_last_one()
    {
        var (code, stdout, _) = Repo.Cli("analyze", "--json", "--data", Data);
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(stdout);
        Assert.Equal(2023, doc.RootElement.GetProperty("year").GetInt32());
    }

    [Fact]
    public void Analyze_year_without_results_exits_2()
    {
        var (code, stdout, stderr) = Repo.Cli("analyze", "--year", "1999", "--data", Data);
        Assert.Equal(2, code);
        Assert.Contains("в данных нет результатов 1999 года; есть: 2021, 2022, 2023", stderr);
        Assert.DoesNotContain("ШНОР", stdout);
    }

    [Theory]
    [InlineData("validate --bogus")]
    [InlineData("analyze --year abc")]
    [InlineData("analyze --unknown-option")]
    [InlineData("frobnicate")]
    public void Bad_usage_exits_2(string args)
    {
        var (code, _, stderr) = Repo.Cli([.. args.Split(' '), "--data", Data]);
        Assert.Equal(2, code);
        Assert.Contains("kaz: ", stderr);
    }

    [Fact]
    public void Analyze_with_a_broken_data_dir_exits_1()
    {
        using var t = new TempData();
        var rel = t.AddResults("2024;ВПР;5;rus;nosuch;10;1;;;;;;");
        var (code, stdout, stderr) = t.Cli("analyze", "--year", "2023");
        Assert.Equal(1, code);
        Assert.Contains($"{t.Display(rel)}(2,16): ошибка KR1010: неизвестный код школы «nosuch»", stderr);
        Assert.Contains("ошибок: 1,", stderr);
        Assert.Equal("", stdout);
        Assert.Equal(1, t.Cli("analyze", "--json").Code);
    }

    [Fact]
    public void Missing_data_dir_exits_1()
    {
        var dir = Path.Combine(Path.GetTempPath(), "kaz-foundation-none-" + Guid.NewGuid().ToString("N"));
        var (code, _, stderr) = Repo.Cli("validate", "--data", dir);
        Assert.Equal(1, code);
        Assert.Contains($"{dir}: ошибка KR1001: папка с данными не найдена", stderr);
        Assert.Equal(1, Repo.Cli("analyze", "--data", dir).Code);
    }
}
