using DocumentFormat.OpenXml.Packaging;
using KazReports.Analysis;
using KazReports.Cli;
using KazReports.Data.Loading;
using KazReports.Validation;

namespace KazReports.Tests.Composition;

/// <summary>
/// Documents declared in templates/documents.yaml: a department adds one (a template and an entry)
/// and the tool as built builds it; a bad entry is a located error.
/// </summary>
public sealed class DeclaredDocumentTests
{
    private const string OgeTemplate = """
        # Справка по результатам ОГЭ {{ year }} года

        Справка составлена по данным {{ district.name_genitive }}.
        {{~ for c in conclusions.math ~}}

        {{ c | esc }}
        {{~ end ~}}
        {{~ for c in conclusions.rus ~}}

        {{ c | esc }}
        {{~ end ~}}
        """;

    private const string OgeEntry = """

          - id: spravka-oge-{year}
            group: oge
            template: spravka-oge.sbn
            model: report
            title: Справка по результатам ОГЭ {year} года
            subject: Справка
            date: "{letters.date}"
            formats: [docx]
            conclusions:
              math: { kind: vpr-to-oge, subject: math }
              rus: { kind: vpr-to-oge, subject: rus }

          - id: cards/{school.id}
            group: cards
            template: card.sbn
            each: schools
            title: "Карточка: {school.short_name}"
            formats: [docx]
        """;

    private static (int Exit, string Stdout, string Stderr) Kaz(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = KazCli.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private static string TemplatesWith(string entries, params (string Name, string Text)[] files)
    {
        var templates = Repo.Copy(Repo.Templates, "declared");
        File.AppendAllText(Path.Combine(templates, "documents.yaml"), entries);
        foreach (var (name, text) in files) File.WriteAllText(Path.Combine(templates, name), text);
        return templates;
    }

    [Fact]
    public void A_document_declared_with_a_new_template_is_built_without_recompiling()
    {
        var templates = TemplatesWith(OgeEntry, ("spravka-oge.sbn", OgeTemplate),
            ("card.sbn", "# {{ school.short_name | esc }}\n\nКарточка школы, {{ year }} год.\n"));
        var output = Repo.TempDir("declared-out");

        var (exit, stdout, stderr) = Kaz("build", "--data", Repo.Data, "--templates", templates, "--out", output, "--only", "oge", "cards");

        Assert.True(exit == 0, stderr);
        var (data, _) = CheckedData.Load(Repo.Data);
        var year = data!.Letters!.Year;
        var file = Path.Combine(output, $"spravka-oge-{year}.docx");
        Assert.True(File.Exists(file), stdout);
        Assert.False(File.Exists(Path.ChangeExtension(file, ".pdf")), "formats: [docx] writes no PDF");
        using var doc = WordprocessingDocument.Open(file, false);
        var text = doc.MainDocumentPart!.Document.Body!.InnerText.Replace('\u00A0', ' ');
        Assert.Contains($"Справка по результатам ОГЭ {year} года", text);
        Assert.Equal($"Справка по результатам ОГЭ {year} года", doc.PackageProperties.Title);
        var index = new ResultIndex(data);
        var expected = Conclusions.VprToOge(data, index, "math", year).Concat(Conclusions.VprToOge(data, index, "rus", year)).ToArray();
        Assert.NotEmpty(expected);
        foreach (var sentence in expected) Assert.Contains(sentence.Replace('\u00A0', ' '), text);

        var cards = Directory.GetFiles(Path.Combine(output, "cards"), "*.docx").Select(Path.GetFileNameWithoutExtension).Order().ToArray();
        var open = data.Schools.Where(s => s.Closed is null || s.Closed >= year).Select(s => s.Id).Order().ToArray();
        Assert.Equal(open, cards);
        Assert.False(Directory.Exists(Path.Combine(output, "letters")), "--only picks the declared groups");
    }

    [Theory]
    [InlineData("  - id: x\n    group: x\n    template: letter.sbn\n    each: pupils\n    title: X\n", "each: «pupils» неизвестно")]
    [InlineData("  - id: x\n    group: x\n    template: letter.sbn\n    model: letter\n    title: X\n", "model: «letter» делается только для each: schools")]
    [InlineData("  - id: x/{scool.id}\n    group: x\n    template: letter.sbn\n    each: schools\n    title: X\n", "значения «scool» нет")]
    [InlineData("  - id: x/{school.id\n    group: x\n    template: letter.sbn\n    title: X\n", "нет закрывающей «}»")]
    [InlineData("  - id: x\n    group: x\n    template: letter.sbn\n", "нет обязательного поля «title»")]
    [InlineData("  - id: x\n    group: x\n    template: letter.sbn\n    title: X\n    colour: red\n", "неизвестное поле «colour»")]
    [InlineData("  - id: passport\n    group: x\n    template: passport.sbn\n    title: X\n", "документ «passport» объявлен дважды")]
    [InlineData("  - id: x\n    group: x\n    template: letter.sbn\n    title: X\n    conclusions:\n      a: { kind: trend, grade: 5 }\n", "вид «trend» неизвестен")]
    public void A_bad_declaration_is_an_error_with_its_line(string entry, string message)
    {
        var templates = TemplatesWith("\n" + entry);
        var line = File.ReadAllLines(Path.Combine(templates, "documents.yaml")).Length - entry.Count(c => c == '\n') + 1;

        var (exit, _, stderr) = Kaz("build", "--data", Repo.Data, "--templates", templates, "--out", Repo.TempDir("declared-bad"));

        Assert.Equal(KazCli.DataErrors, exit);
        Assert.Contains(message, stderr);
        Assert.Matches($@"documents\.yaml\(({line}|{line + 1}|{line + 2}|{line + 3}|{line + 4}|{line + 5}),\d+\): ошибка KR\d+", stderr);
    }

    [Fact]
    public void A_declared_template_that_is_missing_is_named_with_the_entry_that_names_it()
    {
        var templates = TemplatesWith("\n  - id: x\n    group: x\n    template: nowhere.sbn\n    title: X\n");

        var (exit, _, stderr) = Kaz("build", "--data", Repo.Data, "--templates", templates, "--out", Repo.TempDir("declared-missing"));

        Assert.Equal(KazCli.DataErrors, exit);
        Assert.Matches(@"nowhere\.sbn: ошибка KR2004: шаблон не найден \(его называет .*documents\.yaml\(\d+,\d+\)\)", stderr);
    }

    [Fact]
    public void Only_accepts_the_declared_groups()
    {
        var (exit, _, stderr) = Kaz("build", "--templates", Repo.Templates, "--only", "nothing");

        Assert.Equal(KazCli.Usage, exit);
        Assert.Contains("«nothing» — нет такой группы документов; есть passport, plan, program, roadmap, vpr, letters, orders", stderr);
    }
}
