using KazReports.Cli;
using static KazReports.Tests.Reliability.BadInputCatalogTests;

namespace KazReports.Tests.Reliability;

/// <summary>
/// Every message the user sees is Russian, those of System.CommandLine, YamlDotNet, Scriban and the
/// file system included; the English original only with <c>--verbose</c>.
/// </summary>
public sealed class RussianMessageTests
{
    private static (int Code, string Err) Run(params string[] args)
    {
        var stderr = new StringWriter();
        var code = KazCli.Run(args, new StringWriter(), stderr);
        return (code, stderr.ToString().ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData(new[] { "analyze", "--year", "abc" }, "kaz: --year: «abc» — не целое число\n")]
    [InlineData(new[] { "build", "--out", "a", "--out", "b" }, "kaz: параметр --out указан 2 раза, а допускается один раз\n")]
    [InlineData(new[] { "generate" }, "kaz: не указан обязательный параметр --out\n")]
    [InlineData(new[] { "build", "--jobs" }, "kaz: не указано значение параметра --jobs\n")]
    [InlineData(new[] { "bild" }, "kaz: «bild» — нет такой команды; есть validate, analyze, build, generate; возможно, имелось в виду build\n")]
    public void Usage_errors_are_russian_and_exit_2(string[] args, string expected)
    {
        var (code, err) = Run(args);
        Assert.Equal(2, code);
        Assert.Contains(expected, err);
        Assert.DoesNotContain("Cannot", err);
    }

    [Fact]
    public void Verbose_adds_the_english_original_of_a_usage_error()
    {
        var (code, err) = Run("analyze", "--year", "abc", "--verbose");
        Assert.Equal(2, code);
        Assert.StartsWith("kaz: --year: «abc» — не целое число (Cannot parse argument 'abc' for option '--year'", err);
    }

    public static TheoryData<string, string, int, int> YamlErrors() => new()
    {
        { "title: \"open\n", "кавычка открыта и не закрыта до конца файла", 1, 8 },
        { "title: a: b\n", "«: » внутри значения: возьмите значение в кавычки", 1, 9 },
        { "title: [a, b\n", "список [...] не закрыт: ожидалась «,» или «]»", 2, 1 },
        { "title: x\ntitle: y\n", "поле «title» повторяется", 2, 1 },
        { "title: *nope\n", "ссылка «*nope» на метку «&nope», которой нет (звёздочку в начале текста возьмите в кавычки)", 1, 1 },
        { "title: @x\n", "значение не может начинаться с этого знака (@, `, %, табуляция): возьмите значение в кавычки", 1, 8 },
        { "title: x\nsections:\n\t- a\n", "табуляция в отступе: в YAML отступы делаются только пробелами", 3, 1 },
    };

    [Theory]
    [MemberData(nameof(YamlErrors))]
    public void Yaml_syntax_errors_are_russian_at_their_place_with_the_original_under_verbose(string yaml, string message, int line, int column)
    {
        using var s = new Spoilt();
        s.Write("data/plan.yaml", yaml);
        var (code, err) = Run("validate", "--data", s.DataDir);
        Assert.Equal(1, code);
        Assert.Contains($"{s.Display("data/plan.yaml")}({line},{column}): ошибка KR1002: синтаксическая ошибка YAML: {message}\n", err);
        Assert.DoesNotContain("While ", err);
        var (_, verbose) = Run("validate", "--data", s.DataDir, "--verbose");
        var at = verbose.IndexOf($"синтаксическая ошибка YAML: {message}\n", StringComparison.Ordinal);
        Assert.True(at >= 0, verbose);
        if (!message.StartsWith("табуляция", StringComparison.Ordinal))
            Assert.Matches("^    [A-Z]", verbose[(verbose.IndexOf('\n', at) + 1)..]);
    }

    public static TheoryData<string, string> TemplateErrors() => new()
    {
        { "{{ if x }}\n", "(1,11): ошибка KR2001: синтаксическая ошибка шаблона: блок «if» не закрыт: нет {{ end }}" },
        { "{{ end }}\n", "(1,6): ошибка KR2001: синтаксическая ошибка шаблона: лишний {{ end }}: нет открытого блока" },
        { "{{ x = }}\n", "(1,8): ошибка KR2001: синтаксическая ошибка шаблона: ожидалось выражение, а стоит «}}»" },
        { "{{ \"abc }}\n", "(1,11): ошибка KR2001: синтаксическая ошибка шаблона: строка в кавычках не закрыта" },
        { "{{ else }}\n", "(1,4): ошибка KR2001: синтаксическая ошибка шаблона: else без if" },
        { "{{ \"a\" * \"b\" }}\n", "(1,4): ошибка KR2002: операция «*» не применима к этим значениям" },
        { "{{ 1..10000000 | array.size }}\n", "(1,5): ошибка KR2002: диапазон длиннее предела в 10000 элементов" },
        { "{{ " + new string('(', 300) + "1" + new string(')', 300) + " }}\n", "(1,252): ошибка KR2001: синтаксическая ошибка шаблона: вложенность выражений превысила предел в 250 уровней" },
    };

    [Theory]
    [MemberData(nameof(TemplateErrors))]
    public void Scriban_errors_are_russian(string template, string expected)
    {
        using var s = new Spoilt();
        s.Write("templates/plan.sbn", template);
        var (code, err) = Run("build", "--data", s.DataDir, "--templates", s.TemplatesDir, "--out", s.OutDir, "--only", "plan", "--format", "docx");
        Assert.Equal(1, code);
        Assert.Contains(s.Display("templates/plan.sbn") + expected + "\n", err);
        Assert.DoesNotContain("Error while", err);
        Assert.DoesNotContain("Expecting", err);
    }

    [Fact]
    public void A_file_system_error_is_russian_with_the_original_under_verbose()
    {
        var root = Composition.Repo.TempDir("fs-error");
        File.WriteAllText(Path.Combine(root, "file"), "x");
        var output = Path.Combine(root, "file", "sub", "deeper");
        var (code, err) = Run("build", "--out", output, "--data", Composition.Repo.Data, "--templates", Composition.Repo.Templates, "--verbose");
        Assert.Equal(1, code);
        Assert.Contains($"{output}: ошибка KR4003: не удалось создать папку для документов: часть пути — не папка ({Path.Combine(root, "file")}: это файл)\n", err);
    }
}
