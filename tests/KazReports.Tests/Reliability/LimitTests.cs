using KazReports.Parsing;
using KazReports.Cli;
using KazReports.Data.Loading;
using static KazReports.Tests.Reliability.BadInputCatalogTests;

namespace KazReports.Tests.Reliability;

/// <summary>
/// Limits: deep nesting must not overflow the stack (that kills the process: no catch helps), and
/// sizes and row counts are bounded; each refusal says the limit.
/// </summary>
public sealed class LimitTests
{
    private static (int Code, string Err) Run(Spoilt s, string command)
    {
        string[] args = command == "validate"
            ? ["validate", "--data", s.DataDir]
            : ["build", "--data", s.DataDir, "--templates", s.TemplatesDir, "--out", s.OutDir, "--only", "plan", "--format", "docx"];
        var stderr = new StringWriter();
        var code = KazCli.Run(args, new StringWriter(), stderr);
        return (code, stderr.ToString().ReplaceLineEndings("\n"));
    }

    private static readonly string Deep = new('[', 100_000);

    [Fact]
    public void A_data_file_of_100000_nested_brackets_is_a_located_error()
    {
        using var s = new Spoilt();
        s.Write("data/letters.yaml", "year: " + Deep + "\n");
        var (code, err) = Run(s, "validate");
        Assert.Equal(1, code);
        // The root mapping is the first level, the 64th «[» (column 70) the 65th.
        Assert.Contains($"{s.Display("data/letters.yaml")}(1,70): ошибка KR1002: синтаксическая ошибка YAML: вложенность списков и словарей глубже {SafeYaml.MaxDepth} уровней\n", err);
    }

    [Fact]
    public void Nesting_at_the_limit_is_read()
    {
        var yaml = "a: " + new string('[', SafeYaml.MaxDepth - 1) + new string(']', SafeYaml.MaxDepth - 1) + "\n";
        Assert.NotNull(SafeYaml.Load(new StringReader(yaml)));
        Assert.Throws<YamlDotNet.Core.YamlException>(() => SafeYaml.Load(new StringReader("a: [" + yaml[3..])));
    }

    [Fact]
    public void A_deeply_nested_chart_spec_is_a_template_error()
    {
        using var s = new Spoilt();
        s.Write("templates/plan.sbn", "Текст\n\n::: chart\ntitle: x\ncategories: " + string.Concat(Enumerable.Repeat("{a: ", 100_000)) + "\n:::\n");
        var (code, err) = Run(s, "build");
        Assert.Equal(1, code);
        Assert.Contains($"{s.Display("templates/plan.sbn")}(3,1): ошибка KR2005: диаграмма: описание не YAML: вложенность списков и словарей глубже 64 уровней\n", err);
    }

    [Fact]
    public void A_deeply_nested_front_matter_is_a_template_error()
    {
        using var s = new Spoilt();
        s.Write("templates/plan.sbn", "---\ntitle: " + string.Concat(Enumerable.Repeat("{a: ", 100_000)) + "\n---\nТекст\n");
        var (code, err) = Run(s, "build");
        Assert.Equal(1, code);
        Assert.Contains($"{s.Display("templates/plan.sbn")}(1,1): ошибка KR2005: заголовок документа (---) не YAML: вложенность списков и словарей глубже 64 уровней\n", err);
    }

    [Fact]
    public void Markup_of_100000_nested_brackets_or_quotes_is_a_template_error()
    {
        using var s = new Spoilt();
        s.Write("templates/plan.sbn", "Текст\n" + Deep + "\n");
        var (code, err) = Run(s, "build");
        Assert.Equal(1, code);
        Assert.Contains("ошибка KR2003: разметка вложена слишком глубоко (скобки, выделения, ссылки): документ не разобран\n", err);

        s.Write("templates/plan.sbn", "Текст\n" + new string('>', 100_000) + " x\n");
        (code, err) = Run(s, "build");
        Assert.Equal(1, code);
        Assert.Contains($"{s.Display("templates/plan.sbn")}(2,1): ошибка KR2003: разметка вложена глубже 32 уровней (списки, цитаты «>», отступы)\n", err);
    }

    [Fact]
    public void A_list_nested_3000_levels_is_refused_at_the_first_line_too_deep_not_parsed_for_minutes()
    {
        using var s = new Spoilt();
        s.Write("templates/plan.sbn", string.Concat(Enumerable.Range(0, 3000).Select(i => new string(' ', 2 * i) + "- x\n")));
        var (code, err) = Run(s, "build");
        Assert.Equal(1, code);
        Assert.Contains($"{s.Display("templates/plan.sbn")}(34,1): ошибка KR2003: разметка вложена глубже 32 уровней", err);
    }

    [Fact]
    public void Result_rows_above_the_limit_are_refused_with_the_limit()
    {
        using var s = new Spoilt();
        var shipped = Foundation.Repo.Data.Results.Count;
        s.Write(Spoilt.Results, Foundation.Repo.ResultsHeader + "\n" +
                                "2024;ВПР;5;rus;kazachinskaya;10;1;;;;;;\n2024;ВПР;5;math;kazachinskaya;10;1;;;;;;\n2024;ВПР;6;rus;kazachinskaya;10;1;;;;;;\n");
        ResultsLoader.RowLimitOverride.Value = shipped + 2;
        try
        {
            var (code, err) = Run(s, "validate");
            Assert.Equal(1, code);
            Assert.Contains($"{s.Display(Spoilt.Results)}(4,1): ошибка KR1037: строк результатов больше предела в {shipped + 2}: дальше файл не прочитан\n", err);
        }
        finally
        {
            ResultsLoader.RowLimitOverride.Value = null;
        }
    }
}
