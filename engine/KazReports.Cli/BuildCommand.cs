using System.CommandLine;
using KazReports.Build;
using KazReports.Rendering;
using KazReports.Rendering.Docx;
using KazReports.Rendering.Html;
using KazReports.Rendering.Pdf;
using KazReports.Templates.Declarations;

namespace KazReports.Cli;

public static class BuildCommand
{
    /// <summary>The most documents built at once (<c>--jobs</c>).</summary>
    public const int MaxJobs = 256;

    public static Command Create(Option<string> dataOption, TextWriter stdout, TextWriter stderr)
    {
        var templates = new Option<string>("--templates") { HelpName = "папка", Description = "папка шаблонов", DefaultValueFactory = _ => "templates" };
        var output = new Option<string>("--out") { HelpName = "папка", Description = "папка для документов", DefaultValueFactory = _ => "output" };
        var only = new Option<string[]>("--only")
        {
            HelpName = "группа",
            Description = "собрать только эти группы документов (group в templates/documents.yaml: passport, letters, …)",
            AllowMultipleArgumentsPerToken = true,
        };
        var school = new Option<string?>("--school") { HelpName = "код", Description = "письмо только для школы с этим кодом" };
        var format = new Option<string>("--format") { HelpName = "формат", Description = "в каких форматах собрать: docx, pdf, html или all (все)", DefaultValueFactory = _ => "all" };
        format.AcceptOnlyFromAmong("docx", "pdf", "html", "all");
        var markup = new Option<bool>("--markup") { Description = "сохранить и разметку шаблонов (.md) рядом с документами" };
        var jobs = new Option<int?>("--jobs") { HelpName = "число", Description = "сколько документов собирать одновременно (по умолчанию — по числу ядер)" };
        var timings = new Option<bool>("--timings") { Description = "показать время по этапам" };
        var watch = new Option<bool>("--watch") { Description = "после сборки следить за data/ и templates/ и пересобирать затронутые документы (Ctrl+C — выход)" };
        var clean = new Option<bool>("--clean") { Description = "удалить из папки документов файлы, которых данные больше не дают (письмо удалённой школы)" };
        var build = new Command("build", "собрать документы из данных и шаблонов") { dataOption, templates, output, only, school, format, markup, jobs, timings, watch, clean };
        build.SetAction(p =>
        {
            var options = new BuildOptions(
                p.GetValue(dataOption)!, p.GetValue(templates)!, p.GetValue(output)!,
                p.GetValue(only) ?? [], p.GetValue(school),
                p.GetValue(format) switch { "all" => ["docx", "pdf", "html"], var f => [f!] },
                p.GetValue(markup), p.GetValue(jobs), Clean: p.GetValue(clean));
            if (options.Parallelism is < 1 or > MaxJobs)
            {
                stderr.WriteLine($"kaz: --jobs: «{options.Parallelism}» — нужно число от 1 до {MaxJobs}");
                return KazCli.Usage;
            }
            return p.GetValue(watch) ? WatchCommand.Run(options, stdout, stderr) : Run(options, p.GetValue(timings), stdout, stderr);
        });
        return build;
    }

    /// <summary>The <c>--only</c> groups that templates/documents.yaml does not declare (a broken file is reported by the build itself).</summary>
    private static (string[] Unknown, string[] Known) UnknownGroups(BuildOptions options)
    {
        var bag = new Diagnostics.DiagnosticBag();
        var declared = options.Only.Count == 0 ? []
            : DeclarationReader.Load(Path.Combine(options.TemplatesDir, DeclarationReader.FileName), DeclarationReader.FileName, bag);
        if (bag.HasErrors) return ([], []);
        var known = declared.Select(d => d.Group).Distinct(StringComparer.Ordinal).ToArray();
        return (options.Only.Where(g => !known.Contains(g, StringComparer.Ordinal)).ToArray(), known);
    }

    /// <summary>The renderers of every format; a format without a renderer yet is skipped.</summary>
    public static IReadOnlyList<IDocumentRenderer> Renderers() => [new DocxRenderer(), new PdfRenderer(), new HtmlRenderer()];

    /// <summary>Runs one build (the output folder's <c>index.html</c> is staged with the documents).</summary>
    public static BuildResult Execute(BuildOptions options, TextWriter? progress) => new BuildRunner(Renderers(), progress).Run(options);

    /// <summary>The memos of rendering (entries, hits) and the native objects kept for the process.</summary>
    private static void CacheReport(TextWriter stdout)
    {
        stdout.WriteLine("кэши отрисовки (записей / предел поколения, попадания):");
        foreach (var c in RenderCaches.Counts())
        {
            var lookups = c.Hits + c.Misses;
            var share = lookups == 0 ? "обращений не было" : $"{(100.0 * c.Hits / lookups).ToString("0.0", KazReports.Text.Numbers.Russian)} % из {lookups}";
            stdout.WriteLine($"  {c.Name}: {c.Entries} / {c.Capacity}, {share}");
        }
        foreach (var (name, count, limit) in RenderCaches.Resources())
            stdout.WriteLine(limit > 0 ? $"  {name}: {count} (не больше {limit}, на всё время работы)" : $"  {name}: {count} (на всё время работы)");
    }

    private static int Run(BuildOptions options, bool timings, TextWriter stdout, TextWriter stderr)
    {
        if (UnknownGroups(options) is { Unknown.Length: > 0 } groups)
        {
            stderr.WriteLine($"kaz: --only: «{string.Join("», «", groups.Unknown)}» — нет такой группы документов; есть {string.Join(", ", groups.Known)}");
            return KazCli.Usage;
        }
        var result = Execute(options, stdout);
        KazCli.Report(result.Diagnostics, stderr);
        if (result.Diagnostics.HasErrors)
        {
            stderr.WriteLine($"сборка с ошибками: ни один файл в {options.OutDir} не записан и не изменён");
            return result.Diagnostics.Items.Any(d => d.Code is StagedOutput.ConflictCode or BuildRunner.UnknownSchoolCode) ? KazCli.Usage : KazCli.DataErrors;
        }
        stdout.WriteLine($"готово: {KazReports.Text.RussianForms.Count(result.Written.Count, "файл", "файла", "файлов")} в {options.OutDir} за {KazReports.Text.Numbers.Seconds(result.Elapsed)}");
        if (result.Stale is { Count: > 0 } stale)
        {
            var shown = stale.Take(20).Select(f => "  " + f).ToList();
            if (stale.Count > 20) shown.Add($"  … и ещё {stale.Count - 20}");
            stdout.WriteLine(options.Clean
                ? $"удалены файлы, которых данные больше не дают ({stale.Count}):"
                : $"в папке есть файлы, которых эта сборка не дала бы ({stale.Count}); удалить их: kaz build --clean");
            foreach (var line in shown) stdout.WriteLine(line);
        }
        if (timings && result.Timings is { } t)
        {
            stdout.WriteLine("время по этапам (сумма по всем потокам):");
            foreach (var (stage, time) in t.All)
                stdout.WriteLine($"  {stage}: {KazReports.Text.Numbers.Seconds(time)}");
            stdout.WriteLine($"  сборки мусора: {GC.CollectionCount(0)} (из них полных {GC.CollectionCount(2)}), паузы {KazReports.Text.Numbers.Seconds(GC.GetTotalPauseDuration())}");
            CacheReport(stdout);
        }
        return KazCli.Ok;
    }
}
