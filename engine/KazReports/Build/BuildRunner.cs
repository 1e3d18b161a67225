using System.Diagnostics;
using KazReports.Diagnostics;
using KazReports.Documents;
using KazReports.Rendering;
using KazReports.Templates.Declarations;
using KazReports.Validation;

namespace KazReports.Build;

/// <summary>What a build did, for the summary line and for tests.</summary>
/// <see cref="Stale"/>: files in the output folder no document of the data produces (removed with <c>--clean</c>).
public sealed record BuildResult(IReadOnlyList<string> Written, DiagnosticBag Diagnostics, TimeSpan Elapsed, StageTimings? Timings = null,
    IReadOnlyList<string>? Stale = null)
{
    /// <summary>Every document the data calls for (before --only, --school and the filter): the HTML index lists them.</summary>
    public IReadOnlyList<DocumentJob> Planned { get; init; } = [];
}

/// <summary>
/// The whole pipeline: data -> analysis -> templates -> document model -> renderers -> files.
/// All or nothing: documents are staged and moved into the output folder only when every one
/// succeeded (<see cref="StagedOutput"/>); a build with any error leaves the folder as it was.
/// </summary>
public sealed class BuildRunner(IReadOnlyList<IDocumentRenderer> renderers, TextWriter? progress = null)
{
    /// <summary>A renderer failed unexpectedly (a bug, not a user mistake).</summary>
    public const string InternalErrorCode = "KR4002";

    /// <summary><c>--school</c> names no school of the data (a usage mistake: exit 2).</summary>
    public const string UnknownSchoolCode = "KR4006";

    public BuildResult Run(BuildOptions options)
    {
        var watch = Stopwatch.StartNew();
        var written = new List<string>();
        // The output folder is checked first: a refused folder is said before anything is read.
        var outputBag = new DiagnosticBag();
        using var output = StagedOutput.Open(options.OutDir, options.DataDir, options.TemplatesDir, outputBag);
        if (output is null) return new BuildResult(written, outputBag, watch.Elapsed);
        var (data, bag) = CheckedData.Load(options.DataDir);
        if (data is null || bag.HasErrors) return new BuildResult(written, bag, watch.Elapsed);

        var composer = DocumentComposer.Open(data, options.TemplatesDir, bag);
        if (composer is null) return new BuildResult(written, bag, watch.Elapsed);
        var theme = composer.Theme;

        var planned = composer.Plan(bag);
        if (options.School is { } asked && !planned.Any(j => j.SchoolId == asked))
        {
            // «--school nope» would build nothing and say «готово»: a usage mistake, said as one.
            var ids = planned.Select(j => j.SchoolId).OfType<string>().Distinct().Order(StringComparer.Ordinal).Take(5).ToArray();
            bag.Error(UnknownSchoolCode, new Diagnostics.SourceSpan("--school", 0, 0),
                $"«{asked}» — нет школы с таким кодом в данных" + (ids.Length > 0 ? $" (коды школ: {string.Join(", ", ids)}…)" : ""));
            return new BuildResult(written, bag, watch.Elapsed) { Planned = planned };
        }
        var jobs = planned.Where(j => (options.Filter is null || options.Filter(j)) && Selected(j, options)).ToArray();
        var timings = new StageTimings();
        // Documents also printed as one file (letters-all), kept in memory only while they are few.
        var combined = jobs.Select(j => j.Declaration?.Combined).OfType<CombinedDeclaration>().Distinct()
            .Where(c => Combines(c, jobs, options)).ToHashSet();
        var toCombine = new System.Collections.Concurrent.ConcurrentDictionary<int, Document>();
        var order = jobs.Select((j, i) => (j, i)).ToDictionary(x => x.j, x => x.i);
        var done = new System.Collections.Concurrent.ConcurrentBag<string>();
        var reporter = new BuildProgress(progress, jobs.Sum(j => renderers.Count(r => Writes(j, r.Format, options))));
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism ?? Environment.ProcessorCount };
        // Documents are independent: each is composed, rendered and written by one worker and then
        // dropped, so memory stays flat however many schools there are.
        Parallel.ForEach(jobs, parallel, (job, loop) =>
        {
            if (output.DiskFull) { loop.Stop(); return; }
            var t0 = Stopwatch.GetTimestamp();
            var document = composer.Compose(job, bag, out var markup);
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
            if (job.Declaration?.Combined is { } c && combined.Contains(c)) toCombine[order[job]] = document;
            foreach (var renderer in renderers.Where(r => Writes(job, r.Format, options)))
            {
                var path = Path.Combine(options.OutDir, job.OutputName + "." + renderer.Format);
                var t1 = Stopwatch.GetTimestamp();
                if (renderer is Rendering.Pdf.PdfRenderer) Rendering.Pdf.Fonts.MissingGlyphs.Report(document, theme, bag);
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
        foreach (var c in bag.HasErrors ? [] : combined)
        {
            var docs = jobs.Where(j => j.Declaration?.Combined == c).Select(j => toCombine.TryGetValue(order[j], out var d) ? d : null)
                .OfType<Document>().ToArray();
            if (docs.Length == 0) continue;
            foreach (var renderer in renderers.OfType<ICombiningRenderer>().Where(r => options.Formats.Contains(r.Format)))
            {
                var name = c.Id + "." + renderer.Format;
                var title = c.Title.Format(n => n == "count" ? docs.Length : null);
                try
                {
                    written.Add(output.Write(name, s => renderer.RenderMany(docs, theme, s, title)));
                }
                catch (IOException e) when (output.ReportDiskFull(e, bag))
                {
                    break;
                }
                progress?.WriteLine($"  {name} ({c.Note})");
            }
        }
        // The index is staged with the documents it lists: a failure there changes nothing either.
        if (!bag.HasErrors && SiteIndex.Wanted(options, planned))
        {
            try
            {
                SiteIndex.Stage(output, planned, theme, output.WillExist);
            }
            catch (IOException e) when (output.ReportDiskFull(e, bag))
            {
            }
        }
        // Nothing reaches the output folder unless every document succeeded.
        if (bag.HasErrors) return new BuildResult([], bag, watch.Elapsed, timings) { Planned = planned };
        written = [.. output.Commit(bag)];
        var combinedIds = planned.Select(j => j.Declaration?.Combined).OfType<CombinedDeclaration>().Select(c => c.Id).Distinct();
        var expected = planned.SelectMany(j => new[] { ".md" }.Concat(renderers.Select(r => "." + r.Format)).Select(ext => j.OutputName + ext))
            .Concat(combinedIds.SelectMany(id => renderers.Select(r => id + "." + r.Format)))
            .Append(Rendering.Html.IndexPage.FileName)
            .ToHashSet(StringComparer.Ordinal);
        var stale = output.Stale(expected);
        if (options.Clean) output.Remove(stale, bag);
        return new BuildResult(written, bag, watch.Elapsed, timings, stale) { Planned = planned };
    }

    /// <summary>The documents <c>--only</c> and <c>--school</c> ask for: all three rules hold.</summary>
    public static bool Selected(DocumentJob job, BuildOptions options) =>
        InAskedGroups(job, options) && OfAskedSchool(job, options) && SchoolAloneMeansItsDocuments(job, options);

    /// <summary><c>--only</c> keeps the named groups (none named: every group).</summary>
    private static bool InAskedGroups(DocumentJob job, BuildOptions options) =>
        options.Only.Count == 0 || options.Only.Contains(job.Group);

    /// <summary><c>--school</c> keeps, of the documents made for schools, that school's.</summary>
    private static bool OfAskedSchool(DocumentJob job, BuildOptions options) =>
        options.School is null || job.SchoolId is null || job.SchoolId == options.School;

    /// <summary><c>--school</c> without <c>--only</c> builds only documents made for schools (its letter, not the district's documents).</summary>
    private static bool SchoolAloneMeansItsDocuments(DocumentJob job, BuildOptions options) =>
        options.School is null || options.Only.Count > 0 || job.SchoolId is not null;

    /// <summary>A job is written in each asked format its declaration allows.</summary>
    private static bool Writes(DocumentJob job, string format, BuildOptions options) =>
        options.Formats.Contains(format) && (job.Declaration?.WritesFormat(format) ?? true);

    /// <summary>Documents are also printed as one file when the whole set is built and they are 2 to <c>max</c>.</summary>
    private static bool Combines(CombinedDeclaration c, IEnumerable<DocumentJob> jobs, BuildOptions options) =>
        options.School is null && jobs.Count(j => j.Declaration?.Combined == c) is var n && n > 1 && n <= c.Max;
}
