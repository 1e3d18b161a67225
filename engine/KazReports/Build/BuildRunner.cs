using System.Diagnostics;
using KazReports.Analysis;
using KazReports.Data.Loading;
using KazReports.Diagnostics;
using KazReports.Documents;
using KazReports.Rendering;
using KazReports.Templates;
using KazReports.Templates.Markup;

namespace KazReports.Build;

/// <summary>What a build did, for the summary line and for tests.</summary>
/// <see cref="Stale"/>: files in the output folder no document of the data produces (removed with <c>--clean</c>).
public sealed record BuildResult(IReadOnlyList<string> Written, DiagnosticBag Diagnostics, TimeSpan Elapsed, StageTimings? Timings = null,
    IReadOnlyList<string>? Stale = null);

/// <summary>
/// The whole pipeline: data -> analysis -> templates -> document model -> renderers -> files.
/// All or nothing: documents are staged and moved into the output folder only when every one
/// succeeded (<see cref="StagedOutput"/>); a build with any error leaves the folder as it was.
/// </summary>
public sealed class BuildRunner(IReadOnlyList<IDocumentRenderer> renderers, TextWriter? progress = null)
{
    /// <summary>Up to this many letters are also printed as one file; a region of thousands prints per school.</summary>
    public const int MaxCombinedLetters = 300;

    public const string CombinedLettersName = "letters-all";

    /// <summary>A renderer failed unexpectedly (a bug, not a user mistake).</summary>
    public const string InternalErrorCode = "KR4002";

    public BuildResult Run(BuildOptions options)
    {
        var watch = Stopwatch.StartNew();
        var written = new List<string>();
        // The output folder is checked first: a refused folder is said before anything is read.
        var outputBag = new DiagnosticBag();
        using var output = StagedOutput.Open(options.OutDir, options.DataDir, options.TemplatesDir, outputBag);
        if (output is null) return new BuildResult(written, outputBag, watch.Elapsed);
        var (data, bag) = DataLoader.Load(options.DataDir);
        if (data is null || bag.HasErrors) return new BuildResult(written, bag, watch.Elapsed);

        var templates = TemplateSet.Open(options.TemplatesDir);
        var theme = ThemeLoader.Load(Path.Combine(options.TemplatesDir, "theme.yaml"), templates.DisplayPath("theme.yaml"), bag);
        Validation.ThemeValidator.Check(Path.Combine(options.TemplatesDir, "theme.yaml"), templates.DisplayPath("theme.yaml"), bag);
        if (bag.HasErrors) return new BuildResult(written, bag, watch.Elapsed);

        var index = new ResultIndex(data);
        var year = data.Letters?.Year ?? data.Years.LastOrDefault();
        var shnor = ShnorIdentification.Identify(data, index, year);
        var model = new ModelBuilder(data, index);
        var plan = DocumentPlan.Create(model, shnor);
        var jobs = plan
            .Where(j => options.Only.Count == 0 || options.Only.Contains(j.Group))
            .Where(j => options.School is null || j.SchoolId is null || j.SchoolId == options.School)
            .Where(j => options.School is null || j.Group == "letters" || options.Only.Count > 0)
            .ToArray();
        var limits = new TemplateLimits(LoopLimit: Math.Max(10_000, data.Results.Count * 4 + data.Schools.Count * 50));
        var baseModel = model.Base();
        var timings = new StageTimings();
        // The letters are also printed as one file, kept in memory only while they are few.
        var combine = options.School is null && jobs.Count(j => j.Group == "letters") is > 1 and <= MaxCombinedLetters;
        var letters = new System.Collections.Concurrent.ConcurrentDictionary<int, Document>();
        var order = jobs.Select((j, i) => (j, i)).ToDictionary(x => x.j, x => x.i);
        var done = new System.Collections.Concurrent.ConcurrentBag<string>();
        var formats = renderers.Count(r => options.Formats.Contains(r.Format));
        var reporter = new BuildProgress(progress, jobs.Length * formats);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism ?? Environment.ProcessorCount };
        // Documents are independent: each is composed, rendered and written by one worker and then
        // dropped, so memory stays flat however many schools there are.
        Parallel.ForEach(jobs, parallel, (job, loop) =>
        {
            if (output.DiskFull) { loop.Stop(); return; }
            var t0 = Stopwatch.GetTimestamp();
            var document = Compose(templates, job, baseModel, theme, limits, bag, out var markup);
            timings.Add("шаблон и разметка", t0);
            if (options.WriteMarkup && markup is not null)
            {
                try
                {
                    output.Write(job.OutputName + ".md", s => s.Write(System.Text.Encoding.UTF8.GetBytes(markup)));
                }
                catch (IOException e) when (output.ReportDiskFull(e, bag))
                {
                    loop.Stop();
                    return;
                }
            }
            if (document is null) return;
            if (combine && job.Group == "letters") letters[order[job]] = document;
            foreach (var renderer in renderers.Where(r => options.Formats.Contains(r.Format)))
            {
                var path = Path.Combine(options.OutDir, job.OutputName + "." + renderer.Format);
                var t1 = Stopwatch.GetTimestamp();
                try
                {
                    path = output.Write(job.OutputName + "." + renderer.Format, s => renderer.Render(document, theme, s));
                }
                catch (IOException e) when (output.ReportDiskFull(e, bag))
                {
                    loop.Stop();
                    return;
                }
                catch (LayoutException e)
                {
                    bag.Error(LayoutException.Code, e.Span, $"{renderer.Format.ToUpperInvariant()}: {e.Reason}");
                    continue;
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    // A bug in a renderer: the document is not written, the others go on, the run fails.
                    bag.Add(new Diagnostic(Severity.Error, InternalErrorCode, new Diagnostics.SourceSpan(output.Shown(job.OutputName + "." + renderer.Format), 0, 0),
                        $"{renderer.Format.ToUpperInvariant()}: внутренняя ошибка программы, документ не записан (сообщите разработчикам; подробности: --verbose)", e.ToString()));
                    continue;
                }
                timings.Add(renderer.Format.ToUpperInvariant(), t1);
                done.Add(path);
                reporter.Written(job.OutputName + "." + renderer.Format);
            }
        });
        written.AddRange(done.Order(StringComparer.Ordinal));
        if (combine && !letters.IsEmpty && !bag.HasErrors)
        {
            foreach (var renderer in renderers.OfType<ICombiningRenderer>().Where(r => options.Formats.Contains(r.Format)))
            {
                var name = CombinedLettersName + "." + renderer.Format;
                var docs = letters.OrderBy(kv => kv.Key).Select(kv => kv.Value).ToArray();
                try
                {
                    written.Add(output.Write(name, s => renderer.RenderMany(docs, theme, s, $"Адресные рекомендации школам ({docs.Length})")));
                }
                catch (IOException e) when (output.ReportDiskFull(e, bag))
                {
                    break;
                }
                progress?.WriteLine($"  {name} (все письма для печати)");
            }
        }
        // Nothing reaches the output folder unless every document succeeded.
        if (bag.HasErrors) return new BuildResult([], bag, watch.Elapsed, timings);
        written = [.. output.Commit(bag)];
        var expected = plan.SelectMany(j => new[] { ".md" }.Concat(renderers.Select(r => "." + r.Format)).Select(ext => j.OutputName + ext))
            .Concat(renderers.Select(r => CombinedLettersName + "." + r.Format))
            .ToHashSet(StringComparer.Ordinal);
        var stale = output.Stale(expected);
        if (options.Clean) output.Remove(stale, bag);
        return new BuildResult(written, bag, watch.Elapsed, timings, stale);
    }

    /// <summary>Renders one job's template and reads its markup into a document; null on errors.</summary>
    public static Document? Compose(TemplateSet templates, DocumentJob job, Scriban.Runtime.ScriptObject baseModel, Theme theme,
        TemplateLimits limits, DiagnosticBag bag, out string? markup)
    {
        var local = new DiagnosticBag();
        // The shared model is a layer below the document's variables, not copied into each document.
        var rendered = templates.Render(job.Template, [baseModel, job.Variables()], limits, local);
        markup = rendered?.Text;
        Document? document = null;
        if (rendered is not null) document = MarkupParser.Parse(rendered, theme, job.Info, local);
        bag.AddRange(local.Items);
        return local.HasErrors ? null : document;
    }
}
