using System.Diagnostics;
using KazReports.Build;
using KazReports.Data.Loading;
using KazReports.Diagnostics;
using KazReports.Documents;
using KazReports.Validation;

namespace KazReports.Benchmarks;

/// <summary>
/// One worker, letter after letter: milliseconds and allocated kilobytes per letter for each stage
/// (template + markup, DOCX, PDF), after a warm-up. Quicker than BenchmarkDotNet and shaped like the
/// real build: <c>dotnet run -c Release --project bench/KazReports.Benchmarks -- profile DATA [LETTERS]</c>.
/// </summary>
public static class StageProfile
{
    public static int Run(string dataDir, string templatesDir, int count)
    {
        var load = Stopwatch.StartNew();
        var (data, bag) = CheckedData.Load(dataDir);
        if (data is null || bag.HasErrors) { Console.Error.WriteLine(string.Join('\n', bag.Items.Take(5))); return 1; }
        var loadMs = load.Elapsed.TotalMilliseconds;
        var composer = DocumentComposer.Open(data, templatesDir, bag);
        if (composer is null) { Console.Error.WriteLine(string.Join('\n', bag.Items.Take(5))); return 1; }
        var theme = composer.Theme;
        var analyseMs = load.Elapsed.TotalMilliseconds - loadMs;
        var letters = composer.Plan(bag).Where(j => j.Group == "letters").ToArray();
        var renderers = Cli.BuildCommand.Renderers();
        var stages = new[] { "template + markup" }.Concat(renderers.Select(r => r.Format.ToUpperInvariant())).ToArray();
        var ms = new double[stages.Length];
        var kb = new double[stages.Length];
        var bytes = new long[stages.Length];
        var gen0 = GC.CollectionCount(0);
        var gen2 = GC.CollectionCount(2);

        void One(DocumentJob job, bool measure)
        {
            var t = Stopwatch.GetTimestamp();
            var a = GC.GetAllocatedBytesForCurrentThread();
            var document = composer.Compose(job, new DiagnosticBag())
                ?? throw new InvalidOperationException(job.OutputName);
            if (measure) { ms[0] += Stopwatch.GetElapsedTime(t).TotalMilliseconds; kb[0] += (GC.GetAllocatedBytesForCurrentThread() - a) / 1024.0; }
            for (var i = 0; i < renderers.Count; i++)
            {
                using var stream = new MemoryStream();
                t = Stopwatch.GetTimestamp();
                a = GC.GetAllocatedBytesForCurrentThread();
                renderers[i].Render(document, theme, stream);
                if (!measure) continue;
                ms[i + 1] += Stopwatch.GetElapsedTime(t).TotalMilliseconds;
                kb[i + 1] += (GC.GetAllocatedBytesForCurrentThread() - a) / 1024.0;
                bytes[i + 1] += stream.Length;
            }
        }

        var warm = Math.Min(150, letters.Length);
        for (var i = 0; i < warm; i++) One(letters[i], measure: false);
        gen0 = GC.CollectionCount(0); gen2 = GC.CollectionCount(2);
        var retainedBefore = GC.GetTotalMemory(forceFullCollection: true);
        var n = 0;
        var total = Stopwatch.StartNew();
        for (var i = 0; n < count; i = (i + 1) % letters.Length, n++) One(letters[i], measure: true);
        var wall = total.Elapsed.TotalMilliseconds;
        var retainedAfter = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine($"data {dataDir}: {data.Schools.Count} schools, {data.Results.Count} results; load {loadMs:F0} ms, analyse+model {analyseMs:F0} ms");
        Console.WriteLine($"{n} letters on one worker after {warm} warm-up letters; GC gen0 {GC.CollectionCount(0) - gen0}, gen2 {GC.CollectionCount(2) - gen2}");
        Console.WriteLine($"live heap after a full GC: {retainedBefore / 1048576.0:F1} MB before the measured letters, {retainedAfter / 1048576.0:F1} MB after (the bounded caches fill first; growth without end would mean something keeps every letter)");
        Console.WriteLine("| stage              | ms/letter | KB allocated/letter | KB written/letter |");
        Console.WriteLine("|--------------------|-----------|---------------------|-------------------|");
        for (var i = 0; i < stages.Length; i++)
            Console.WriteLine($"| {stages[i],-18} | {ms[i] / n,9:F2} | {kb[i] / n,19:F0} | {bytes[i] / 1024.0 / n,17:F1} |");
        Console.WriteLine($"| {"all",-18} | {wall / n,9:F2} | {kb.Sum() / n,19:F0} | {bytes.Sum() / 1024.0 / n,17:F1} |");
        return 0;
    }
}
