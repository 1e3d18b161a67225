using System.CommandLine;
using KazReports.Build;
using KazReports.Rendering;
using KazReports.Rendering.Docx;
using KazReports.Rendering.Pdf;

namespace KazReports.Cli;

public static class BuildCommand
{
    public static Command Create(Option<string> dataOption, TextWriter stdout, TextWriter stderr)
    {
        var templates = new Option<string>("--templates") { Description = "папка шаблонов", DefaultValueFactory = _ => "templates" };
        var output = new Option<string>("--out") { Description = "папка для документов", DefaultValueFactory = _ => "output" };
        var only = new Option<string[]>("--only")
        {
            Description = "собрать только: " + string.Join("|", DocumentPlan.Groups),
            AllowMultipleArgumentsPerToken = true,
        };
        only.AcceptOnlyFromAmong(DocumentPlan.Groups);
        var school = new Option<string?>("--school") { Description = "письмо только для школы с этим кодом" };
        var format = new Option<string>("--format") { Description = "docx|pdf|all", DefaultValueFactory = _ => "all" };
        format.AcceptOnlyFromAmong("docx", "pdf", "all");
        var markup = new Option<bool>("--markup") { Description = "сохранить и разметку шаблонов (.md) рядом с документами" };
        var jobs = new Option<int?>("--jobs") { Description = "сколько документов собирать одновременно (по умолчанию — по числу ядер)" };
        var timings = new Option<bool>("--timings") { Description = "показать время по этапам" };
        var clean = new Option<bool>("--clean") { Description = "удалить из папки документов файлы, которых данные больше не дают (письмо удалённой школы)" };
        var build = new Command("build", "собрать документы из данных и шаблонов") { dataOption, templates, output, only, school, format, markup, jobs, timings, clean };
        build.SetAction(p => Run(new BuildOptions(
            p.GetValue(dataOption)!, p.GetValue(templates)!, p.GetValue(output)!,
            p.GetValue(only) ?? [], p.GetValue(school),
            p.GetValue(format) switch { "all" => ["docx", "pdf"], var f => [f!] },
            p.GetValue(markup), p.GetValue(jobs), p.GetValue(clean)), p.GetValue(timings), stdout, stderr));
        return build;
    }

    /// <summary>The renderers of every format; a format without a renderer yet is skipped.</summary>
    public static IReadOnlyList<IDocumentRenderer> Renderers() => [new DocxRenderer(), new PdfRenderer()];

    private static int Run(BuildOptions options, bool timings, TextWriter stdout, TextWriter stderr)
    {
        var runner = new BuildRunner(Renderers(), stdout);
        var result = runner.Run(options);
        KazCli.Report(result.Diagnostics, stderr);
        if (result.Diagnostics.HasErrors)
        {
            stderr.WriteLine($"сборка с ошибками: ни один файл в {options.OutDir} не записан и не изменён");
            return result.Diagnostics.Items.Any(d => d.Code == StagedOutput.ConflictCode) ? KazCli.Usage : KazCli.DataErrors;
        }
        stdout.WriteLine($"готово: {result.Written.Count} файлов в {options.OutDir} за {result.Elapsed.TotalSeconds:0.00} с");
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
                stdout.WriteLine($"  {stage}: {time.TotalSeconds:0.00} с");
            stdout.WriteLine($"  сборки мусора: {GC.CollectionCount(0)} (из них полных {GC.CollectionCount(2)}), паузы {GC.GetTotalPauseDuration().TotalSeconds:0.00} с");
        }
        return KazCli.Ok;
    }
}
