using KazReports.Cli;
using static KazReports.Tests.Reliability.BadInputCatalogTests;

namespace KazReports.Tests.Reliability;

/// <summary>
/// Data text that still breaks a document (here: on copies of the templates with one escape
/// removed) is traced to the data: the message names the template line and the data file, line
/// and field the text came from. One case per class of meaningful characters.
/// </summary>
public sealed class DataTraceTests
{
    private const string Blocks = "letterhead, order-header, stamp, appendix, addressee, signature, executor, table, chart, center, right, left, noindent, title, small, keep, contents, subject, salutation, order-word, clauses";

    public static TheoryData<string, string, string, string, string, string, string> Cases() => new()
    {
        // class, template, escaped → unescaped, data file, data line → spoilt, --only, the whole message
        {
            "templates/order.sbn", "{{ order.preamble | esc }}", "{{ order.preamble }}",
            "data/orders/order-18.yaml", "preamble: В целях", "preamble: >-\n  ::: опасный блок\n  В целях",
            "orders|templates/order.sbn(10,4): ошибка KR2005: неизвестный блок «::: опасный»; известны: " + Blocks + "; текст из data/orders/order-18.yaml(8,11), поле preamble"
        },
        {
            "templates/partials/plan-rows.sbn", "{{ a.text | cell }}", "{{ a.text | string.replace \"\\n\" \"<br>\" }}",
            "data/plan.yaml", "activity: Разработка муниципальной программы", "activity: Разработка | сверка программы",
            "plan|templates/partials/plan-rows.sbn(9,1): ошибка KR2005: в строке таблицы 6 столбцов, а в таблице 5 (проверьте число ячеек и cols/rows); текст из data/plan.yaml(8,19), поле activity"
        },
        {
            "templates/partials/grade-chart.sbn", "{{ q s.short_name }}", "{{ s.short_name }}",
            "data/schools.yaml", "short_name: Мокрушинская СОШ", "short_name: \"{{ Мокрушинская СОШ\"",
            "vpr|templates/partials/grade-chart.sbn(21,1): ошибка KR2005: диаграмма: описание не YAML: знак «#», «{» или «[» в значении внутри списка [...] или словаря {...}: возьмите значение в кавычки; текст из data/schools.yaml(111,17), поле short_name"
        },
        {
            "templates/partials/grade-chart.sbn", "{{ q s.short_name }}", "{{ s.short_name }}",
            "data/schools.yaml", "short_name: Мокрушинская СОШ", "short_name: \"**Мокрушинская** СОШ\"",
            "vpr|templates/partials/grade-chart.sbn(21,1): ошибка KR2005: диаграмма: описание не YAML: список [...] не закрыт: ожидалась «,» или «]»; текст из data/schools.yaml(111,17), поле short_name"
        },
        {
            "templates/partials/grade-chart.sbn", "{{ q s.short_name }}", "{{ s.short_name }}",
            "data/schools.yaml", "short_name: Мокрушинская СОШ", "short_name: \"Мокрушинская # СОШ\"",
            "vpr|templates/partials/grade-chart.sbn(21,1): ошибка KR2005: диаграмма: описание не YAML: знак «#», «{» или «[» в значении внутри списка [...] или словаря {...}: возьмите значение в кавычки; текст из data/schools.yaml(111,17), поле short_name"
        },
        {
            "templates/partials/grade-chart.sbn", "{{ q s.short_name }}", "{{ s.short_name }}",
            "data/schools.yaml", "short_name: Мокрушинская СОШ", "short_name: \"Мокрушинская: СОШ\"",
            "vpr|templates/partials/grade-chart.sbn(21,1): ошибка KR2005: диаграмма: в ряду «Русский язык» 11 значений, а категорий 10; текст из data/schools.yaml(111,17), поле short_name"
        },
        {
            // A list marker: a multi-line text of the shipped plan («- фестиваль…») in a table row without the cell escape.
            "templates/partials/plan-rows.sbn", "{{ a.text | cell }}", "{{ a.text }}",
            "data/plan.yaml", "title: План", "title: План",
            "plan|templates/partials/plan-rows.sbn(9,1): ошибка KR2005: в строке таблицы 2 столбца, а в таблице 5 (проверьте число ячеек и cols/rows); текст из data/plan.yaml(99,19), поле activity"
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_data_text_that_breaks_the_markup_is_named_with_its_file_line_and_field(
        string template, string escaped, string unescaped, string dataFile, string original, string spoilt, string expected)
    {
        using var s = new Spoilt();
        s.Replace(template, escaped, unescaped);
        s.Replace(dataFile, original, spoilt);
        var only = expected[..expected.IndexOf('|', StringComparison.Ordinal)];
        var message = expected[(only.Length + 1)..];
        var stderr = new StringWriter();
        var code = KazCli.Run(["build", "--data", s.DataDir, "--templates", s.TemplatesDir, "--out", s.OutDir, "--only", only, "--format", "docx"], new StringWriter(), stderr);
        Assert.Equal(1, code);
        var lines = stderr.ToString().ReplaceLineEndings("\n")
            .Replace(s.DataDir.Replace('\\', '/'), "data", StringComparison.Ordinal)
            .Replace(s.TemplatesDir.Replace('\\', '/'), "templates", StringComparison.Ordinal).Split('\n');
        // The same error met twice (a partial included for two grades) is one line with its repeat count.
        Assert.True(lines.Any(l => l == message || l.StartsWith(message + " (повторяется ещё ", StringComparison.Ordinal)), string.Join("\n", lines.Where(l => l.Contains("ошибка", StringComparison.Ordinal))));
        Assert.False(Directory.Exists(s.OutDir) && Directory.EnumerateFiles(s.OutDir, "*.docx", SearchOption.AllDirectories).Any());
    }

    [Fact]
    public void An_error_in_a_partial_every_letter_includes_is_one_line_with_its_repeat_count()
    {
        using var s = new Spoilt();
        string[] args = ["build", "--data", s.DataDir, "--templates", s.TemplatesDir, "--out", s.OutDir, "--only", "letters", "--format", "docx"];
        Assert.Equal(0, KazCli.Run(args, new StringWriter(), new StringWriter()));
        var letters = Directory.GetFiles(Path.Combine(s.OutDir, "letters"), "*.docx").Length;
        Assert.True(letters >= 5, $"{letters} letters");

        var letterhead = s.PathOf("templates/partials/letterhead.sbn");
        File.AppendAllText(letterhead, "{{ undefined_thing }}\n");
        var line = File.ReadAllLines(letterhead).Length;
        var stderr = new StringWriter();
        Assert.Equal(1, KazCli.Run(args, new StringWriter(), stderr));
        var errors = stderr.ToString().ReplaceLineEndings("\n").Split('\n').Where(l => l.Contains(": ошибка ", StringComparison.Ordinal)).ToList();
        var times = (letters - 1) % 10 is 2 or 3 or 4 && (letters - 1) % 100 is < 12 or > 14 ? "раза" : "раз";
        Assert.Equal([$"{s.Display("templates/partials/letterhead.sbn")}({line},4): ошибка KR2002: переменная или функция «undefined_thing» не найдена (повторяется ещё {letters - 1} {times})"], errors);
        Assert.Contains("\nошибок: 1, предупреждений: ", stderr.ToString().ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }
}
