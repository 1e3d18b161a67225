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
public sealed record BuildResult(IReadOnlyList<string> Written, DiagnosticBag Diagnostics, TimeSpan Elapsed, StageTimings? Timings = null)
{
    /// <summary>Every document the data calls for (before --only, --school and the filter): the HTML index lists them.</summary>
    public IReadOnlyList<DocumentJob> Planned { get; init; } = [];
}

/// <summary>
/// The whole pipeline: data -> analysis -> templates -> document model -> renderers -> files.
/// A document with errors is not written; files already in the output folder stay as they were.
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
        var (data, bag) = DataLoader.Load(options.DataDir);
        var written = new List<string>();
        if (data is null || bag.HasErrors) return new BuildResult(written, bag, watch.Elapsed);

        var templates = TemplateSet.Open(options.TemplatesDir);
        var theme = ThemeLoader.Load(Path.Combine(options.TemplatesDir, "theme.yaml"), templates.DisplayPath("theme.yaml"), bag);
        if (bag.HasErrors) return new BuildResult(written, bag, watch.Elapsed);

        Directory.CreateDirectory(options.OutDir);
        using var buildLock = OutputLock.TryAcquire(options.OutDir, bag);
        if (buildLock is null) return new BuildResult(written, bag, watch.Elapsed);

        var index = new ResultIndex(data);
        var year = data.Letters?.Year ?? data.Years.LastOrDefault();
        var shnor = ShnorIdentification.Identify(data, index, year);
        var model = new ModelBuilder(data, index);
        var planned = DocumentPlan.Create(model, shnor);
        var jobs = planned
            .Where(j => options.Filter is null || options.Filter(j))
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
        Parallel.ForEach(jobs, parallel, job =>
        {
            var t0 = Stopwatch.GetTimestamp();
            var document = Compose(templates, job, baseModel, theme, limits, bag, out var markup);
            timings.Add("шаблон и разметка", t0);
            if (options.WriteMarkup && markup is not null)
            {
                var mdPath = Path.Combine(options.OutDir, job.OutputName + ".md");
                AtomicFile.Write(mdPath, s => s.Write(System.Text.Encoding.UTF8.GetBytes(markup)));
            }
            if (document is null) return;
            if (combine && job.Group == "letters") letters[order[job]] = document;
            foreach (var renderer in renderers.Where(r => options.Formats.Contains(r.Format)))
            {
                var path = Path.Combine(options.OutDir, job.OutputName + "." + renderer.Format);
                var t1 = Stopwatch.GetTimestamp();
                try
                {
                    AtomicFile.Write(path, s => renderer.Render(document, theme, s));
                }
                catch (LayoutException e)
                {
                    bag.Error(LayoutException.Code, e.Span, $"{renderer.Format.ToUpperInvariant()}: {e.Reason}");
                    continue;
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    // A bug in a renderer: the document is not written, the others go on, the run fails.
                    bag.Error(InternalErrorCode, new Diagnostics.SourceSpan(path, 0, 0),
                        $"{renderer.Format.ToUpperInvariant()}: внутренняя ошибка, документ не записан ({e.GetType().Name}: {e.Message})");
                    continue;
                }
                timings.Add(renderer.Format.ToUpperInvariant(), t1);
                done.Add(path);
                reporter.Written(Path.GetRelativePath(options.OutDir, path));
            }
        });
        written.AddRange(done.Order(StringComparer.Ordinal));
        if (combine && !letters.IsEmpty)
        {
            foreach (var renderer in renderers.OfType<ICombiningRenderer>().Where(r => options.Formats.Contains(r.Format)))
            {
                var path = Path.Combine(options.OutDir, CombinedLettersName + "." + renderer.Format);
                var docs = letters.OrderBy(kv => kv.Key).Select(kv => kv.Value).ToArray();
                AtomicFile.Write(path, s => renderer.RenderMany(docs, theme, s, $"Адресные рекомендации школам ({docs.Length})"));
                written.Add(path);
                progress?.WriteLine($"  {Path.GetRelativePath(options.OutDir, path)} (все письма для печати)");
            }
        }
        return new BuildResult(written, bag, watch.Elapsed, timings) { Planned = planned };
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
