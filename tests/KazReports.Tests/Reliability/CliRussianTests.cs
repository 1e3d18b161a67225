using System.Text.RegularExpressions;
using KazReports.Cli;

namespace KazReports.Tests.Reliability;

/// <summary>
/// Every text of the command line is Russian: help of every command, the version, and the parse
/// errors of every kind of option (a whole message each, exit 2).
/// </summary>
public sealed class CliRussianTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = KazCli.Run(args, stdout, stderr);
        return (code, stdout.ToString().ReplaceLineEndings("\n"), stderr.ToString().ReplaceLineEndings("\n"));
    }

    /// <summary>Latin words the help may hold: names of commands, options, formats, files and keys.</summary>
    private static readonly HashSet<string> Names = new(StringComparer.Ordinal)
    {
        "kaz", "KazReports", "validate", "analyze", "build", "generate", "help", "version", "verbose", "data", "templates", "out",
        "year", "json", "only", "school", "format", "markup", "jobs", "timings", "watch", "clean", "schools", "seed", "from",
        "docx", "pdf", "html", "all", "md", "output", "yaml", "theme", "documents", "group", "passport", "letters", "JSON", "Ctrl",
    };

    private static IEnumerable<string> EnglishWords(string text) =>
        Regex.Matches(text, "[A-Za-z]{2,}").Select(m => m.Value).Where(w => !Names.Contains(w));

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("validate", "--help")]
    [InlineData("analyze", "-?")]
    [InlineData("build", "--help")]
    [InlineData("generate", "--help")]
    public void Help_is_russian_for_every_command(params string[] args)
    {
        var (code, output, err) = Run(args);
        Assert.Equal(0, code);
        Assert.Equal("", err);
        Assert.Contains("Использование:\n", output);
        Assert.Contains("  -?, -h, /?, /h, --help  показать эту справку\n", output);
        Assert.Empty(EnglishWords(output));
    }

    [Fact]
    public void Build_help_states_placeholders_and_defaults_in_russian()
    {
        var (_, output, _) = Run("build", "--help");
        Assert.StartsWith("kaz build: собрать документы из данных и шаблонов\n\nИспользование:\n  kaz build [параметры]\n\nПараметры:\n", output);
        Assert.Contains("  --data <папка>          папка с данными (по умолчанию: data)\n", output);
        Assert.Contains("  --format <формат>       в каких форматах собрать: docx, pdf, html или all (все) (по умолчанию: all)\n", output);
        Assert.Contains("  --verbose               показывать и исходный текст ошибок библиотек и системы\n", output);
        Assert.DoesNotContain("default", output);
    }

    [Fact]
    public void Help_of_a_command_with_a_required_option_is_help_not_an_error()
    {
        var (code, output, err) = Run("generate", "--help");
        Assert.Equal(0, code);
        Assert.Equal("", err);
        Assert.Contains("  --out <папка>           папка для данных (обязательный)\n", output);
    }

    [Fact]
    public void Root_help_lists_the_commands_and_the_version_option()
    {
        var (_, output, _) = Run("--help");
        Assert.Contains("Команды:\n  validate  проверить данные и показать все ошибки и предупреждения\n", output);
        Assert.Contains("  --version               показать версию программы\n", output);
        Assert.EndsWith("Справка по команде: kaz <команда> --help\n", output);
    }

    [Fact]
    public void Version_prints_the_version_only()
    {
        var (code, output, err) = Run("--version");
        Assert.Equal(0, code);
        Assert.Equal("", err);
        Assert.Matches(@"^\d+\.\d+\.\d+(\+[0-9a-f]+)?\n$", output);
    }

    public static TheoryData<string[], string> UsageErrors() => new()
    {
        { [], "kaz: не указана команда: validate, analyze, build или generate (справка: kaz --help)" },
        { ["frob"], "kaz: «frob» — нет такой команды; есть validate, analyze, build, generate" },
        { ["biuld"], "kaz: «biuld» — нет такой команды; есть validate, analyze, build, generate; возможно, имелось в виду build" },
        { ["build", "--frmat", "docx"], "kaz: «--frmat» — неизвестный параметр команды kaz build; возможно, имелось в виду --format" },
        { ["build", "-x"], "kaz: «-x» — неизвестный параметр команды kaz build" },
        { ["validate", "--dat", "x"], "kaz: «--dat» — неизвестный параметр команды kaz validate; возможно, имелось в виду --data" },
        { ["build", "extra"], "kaz: «extra» — лишний аргумент: команда kaz build принимает только параметры (--…)" },
        { ["build", "@args.txt"], "kaz: «@args.txt» — лишний аргумент: команда kaz build принимает только параметры (--…)" },
        { ["build", "--markup", "maybe"], "kaz: «maybe» — лишний аргумент: команда kaz build принимает только параметры (--…)" },
        { ["build", "--jobs", "x"], "kaz: --jobs: «x» — не целое число" },
        { ["build", "--jobs", "99999999999"], "kaz: --jobs: «99999999999» — слишком большое число" },
        { ["generate", "--out", "x", "--schools", "1,5"], "kaz: --schools: «1,5» — не целое число" },
        { ["analyze", "--year", "abc"], "kaz: --year: «abc» — не целое число" },
        { ["build", "--format", "xyz"], "kaz: --format: «xyz» — недопустимое значение; допустимы: docx, pdf, html, all" },
        { ["build", "--jobs"], "kaz: не указано значение параметра --jobs" },
        { ["build", "--out"], "kaz: не указано значение параметра --out" },
        { ["generate"], "kaz: не указан обязательный параметр --out" },
        { ["analyze", "--year", "2023", "--year", "2024"], "kaz: параметр --year указан 2 раза, а допускается один раз" },
        { ["--version", "build"], "kaz: параметр --version указывается один, без других" },
        { ["build", "--jobs", "0"], "kaz: --jobs: «0» — нужно число от 1 до 256" },
        { ["generate", "--schools", "0", "--out", "x"], "kaz: --schools от 1 до 200000" },
        { ["generate", "--schools", "3", "--out", "/etc/hostname"], "kaz: --out: «/etc/hostname» — это файл, а не папка: укажите папку для данных" },
        { ["build", "--jobs", "-3", "--watch"], "kaz: --jobs: «-3» — нужно число от 1 до 256" },
    };

    [Theory]
    [MemberData(nameof(UsageErrors))]
    public void A_usage_error_is_one_russian_line_and_exit_2(string[] args, string expected)
    {
        var (code, output, err) = Run(args);
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Equal(expected + (expected.Contains("от 1 до", StringComparison.Ordinal) || expected.Contains("это файл", StringComparison.Ordinal) ? "\n" : "\nkaz: справка: kaz --help\n"), err);
    }

    [Fact]
    public void An_unknown_school_is_a_usage_error_and_builds_nothing()
    {
        var output = Composition.Repo.TempDir("unknown-school");
        var (code, _, err) = Run("build", "--data", Composition.Repo.Data, "--templates", Composition.Repo.Templates, "--out", output, "--school", "nope", "--format", "docx");
        Assert.Equal(2, code);
        Assert.Contains("--school: ошибка KR4006: «nope» — нет школы с таким кодом в данных (коды школ: chelnokovskaya, dudovskaya, galaninskaya, kazachinskaya, kazanskaya…)\n", err);
        Assert.Empty(Directory.EnumerateFileSystemEntries(output));
    }

    [Fact]
    public void Every_message_of_system_commandline_has_a_russian_wording()
    {
        // The English templates System.CommandLine 3 can produce (its resource names), worded by us.
        string[] english =
        [
            "Cannot parse argument 'a' as expected type 'System.Int32'.",
            "Cannot parse argument 'a' for command 'build' as expected type 'System.Int32'.",
            "Required argument 'x' missing for command: 'build'.",
            "Directory does not exist: 'x'.", "File does not exist: 'x'.", "File or directory does not exist: 'x'.",
            "Character not allowed in a file name: '?'.", "Character not allowed in a path: '?'.",
            "Option '--out' expects a single argument but 2 were provided.", "Required argument missing for option: '--out'.",
            "Required command was not provided.", "Option '--out' is required.",
            "'biuld' was not matched. Did you mean one of the following?\nbuild",
            "Argument 'x' not recognized. Must be one of:\n\t'docx'", "Unrecognized command or argument 'x'.",
            "--version option cannot be combined with other arguments.",
        ];
        foreach (var message in english)
        {
            var russian = ParseMessages.Russian(message, "--format");
            Assert.DoesNotContain("ошибка в командной строке", russian);
            Assert.True(Regex.IsMatch(russian, "[а-я]"), russian);
        }
    }
}
