using System.Globalization;
using KazReports.Diagnostics;
using KazReports.Documents;
using KazReports.Rendering;
using KazReports.Rendering.Charts;
using KazReports.Rendering.Docx;
using KazReports.Rendering.Pdf;
using KazReports.Templates;
using KazReports.Tests.Composition;

namespace KazReports.Tests.Rendering;

/// <summary>
/// Tests that empty the process's memos (<see cref="RenderCaches.Reset"/>) or need what they put in
/// them to stay there run alone, not beside each other or any other test.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessCaches
{
    public const string Name = "process caches";
}

/// <summary>The memos of rendering: one service, one bounded policy, a reset, safe under parallel renders.</summary>
[Collection(ProcessCaches.Name)]
public sealed class RenderCachesTests
{
    private static readonly Lazy<Theme> Shipped = new(() =>
    {
        var bag = new DiagnosticBag();
        var theme = ThemeLoader.Load(Path.Combine(Repo.Templates, "theme.yaml"), "templates/theme.yaml", bag);
        Assert.False(bag.HasErrors, string.Join("\n", bag.Items));
        return theme;
    });

    /// <summary>Shipped documents with charts, tables and hyphenated prose: the ВПР report and three letters.</summary>
    private static IReadOnlyList<(string Name, Document Document)> Samples() =>
    [
        .. Pipeline.Documents.Where(d => d.Key.StartsWith("vpr-", StringComparison.Ordinal)).Take(1)
            .Concat(Pipeline.Documents.Where(d => d.Key.StartsWith("letters/", StringComparison.Ordinal)).OrderBy(d => d.Key, StringComparer.Ordinal).Take(3))
            .Select(d => (d.Key, d.Value)),
    ];

    private static (byte[] Docx, byte[] Pdf) Render(Document document)
    {
        using var docx = new MemoryStream();
        new DocxRenderer().Render(document, Shipped.Value, docx);
        using var pdf = new MemoryStream();
        new PdfRenderer().Render(document, Shipped.Value, pdf);
        return (docx.ToArray(), pdf.ToArray());
    }

    [Fact]
    public void Reset_empties_every_memo_and_the_next_render_gives_the_same_bytes()
    {
        var samples = Samples();
        Assert.Equal(4, samples.Count);
        var before = samples.Select(s => Render(s.Document)).ToArray();
        Assert.All(new[] { "формы текстов PDF", "точки переноса слов", "ширины подписей диаграмм", "styles.xml по темам" },
            name => Assert.True(RenderCaches.Counts().Single(c => c.Name == name).Entries > 0, name));

        RenderCaches.Reset();
        Assert.All(RenderCaches.Counts(), c => Assert.True(c.Entries == 0 && c.Hits == 0 && c.Misses == 0, $"{c.Name}: {c}"));

        for (var i = 0; i < samples.Count; i++)
        {
            var after = Render(samples[i].Document);
            Assert.True(before[i].Docx.AsSpan().SequenceEqual(after.Docx), samples[i].Name + ".docx");
            Assert.True(before[i].Pdf.AsSpan().SequenceEqual(after.Pdf), samples[i].Name + ".pdf");
        }

        // Every memo a document with charts, tables and prose uses was filled again; the font files
        // only if a subset was not kept (subsets are native objects, which Reset leaves).
        Assert.All(RenderCaches.Counts().Where(c => c.Name != RenderCaches.FontFileBytes.Name), c => Assert.True(c.Entries > 0 && c.Misses > 0, $"{c.Name}: {c}"));
    }

    [Fact]
    public async Task Parallel_renders_on_empty_memos_and_through_resets_equal_serial_ones()
    {
        var samples = Samples();
        RenderCaches.Reset();
        var serial = samples.Select(s => Render(s.Document)).ToArray();

        // Twice each document, four at a time, on memos emptied first and again and again meanwhile.
        RenderCaches.Reset();
        var work = Enumerable.Range(0, 2 * samples.Count).Select(i => i % samples.Count).ToArray();
        var parallel = new (byte[] Docx, byte[] Pdf)[work.Length];
        using var done = new CancellationTokenSource();
        var resets = Task.Run(() =>
        {
            while (!done.IsCancellationRequested)
            {
                Thread.Sleep(15);
                RenderCaches.Reset();
            }
        });
        // One reset surely in the middle of the renders (a fast machine may finish before the first 15 ms).
        Parallel.For(0, work.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            if (i == work.Length / 2)
            {
                RenderCaches.Reset();
            }

            parallel[i] = Render(samples[work[i]].Document);
        });
        done.Cancel();
        await resets;

        for (var i = 0; i < work.Length; i++)
        {
            var (name, expected) = (samples[work[i]].Name, serial[work[i]]);
            Assert.True(expected.Docx.AsSpan().SequenceEqual(parallel[i].Docx), name + ".docx");
            Assert.True(expected.Pdf.AsSpan().SequenceEqual(parallel[i].Pdf), name + ".pdf");
        }
    }

    [Fact]
    public void A_memo_stays_bounded_under_many_distinct_texts()
    {
        var family = ChartFonts.Family(Theme.Default);
        const string recurring = "Доля «2», %";
        var width = ChartFonts.Measure(family, 9, recurring);
        for (var i = 0; i < 3 * RenderCaches.ChartWidthEntries; i++)
        {
            ChartFonts.Measure(family, 9, "Школа № " + i.ToString(CultureInfo.InvariantCulture));
            Assert.Equal(width, ChartFonts.Measure(family, 9, recurring));
        }

        var widths = RenderCaches.Counts().Single(c => c.Name == RenderCaches.ChartWidths.Name);
        Assert.True(widths.Entries <= 2 * RenderCaches.ChartWidthEntries, $"{widths.Entries} записей");
        Assert.True(widths.Hits >= 3 * RenderCaches.ChartWidthEntries, $"{widths.Hits} попаданий: the recurring text stayed");
    }

    [Fact]
    public void The_policy_keeps_two_generations_counts_and_forgets_on_clear()
    {
        var cache = new BoundedCache<int, string>("проба", 10);
        var computed = 0;
        string Get(int key) => cache.Get(key, 0, (k, _) =>
        {
            computed++;
            return "v" + k.ToString(CultureInfo.InvariantCulture);
        });

        Assert.Equal("v0", Get(0));
        for (var i = 1; i < 100; i++)
        {
            Assert.Equal("v" + i.ToString(CultureInfo.InvariantCulture), Get(i));
            Assert.Equal("v0", Get(0));
            Assert.True(cache.Count <= 20, cache.Count.ToString(CultureInfo.InvariantCulture));
        }

        // Key 0, asked after every other, was computed once; keys 1 to 99 once each.
        Assert.Equal(100, computed);
        Assert.Equal(100, cache.Misses);
        Assert.Equal(99, cache.Hits);
        Assert.Equal("v5", Get(5));
        Assert.Equal(101, computed);

        cache.Clear();
        Assert.Equal((0, 0L, 0L), (cache.Count, cache.Hits, cache.Misses));
        Assert.Equal("v0", Get(0));
        Assert.Equal(102, computed);
    }
}
