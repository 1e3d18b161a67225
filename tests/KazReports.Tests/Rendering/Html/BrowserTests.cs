using System.Text.Json;
using KazReports.Cli;
using KazReports.Tests.Composition;
using SkiaSharp;

namespace KazReports.Tests.Rendering.Html;

/// <summary>
/// The HTML pages of the shipped build in a real browser (headless Chromium): axe-core finds no
/// serious or critical violation on any page, and the ВПР page and a letter look as the stored
/// screenshots (set KAZ_UPDATE_SCREENSHOTS=1 to store new ones after a deliberate change).
/// </summary>
public sealed class BrowserTests
{
    private static readonly string Here = Path.Combine(Repo.Root, "tests", "KazReports.Tests", "Rendering", "Html");

    private static readonly Lazy<string> Built = new(() =>
    {
        var output = Repo.TempDir("html");
        var stderr = new StringWriter();
        var code = KazCli.Run(["build", "--data", Repo.Data, "--templates", Repo.Templates, "--out", output, "--format", "html"],
            new StringWriter(), stderr);
        Assert.True(code == 0, stderr.ToString());
        return output;
    });

    [SkippableFact]
    public void Every_page_of_the_shipped_build_has_no_serious_or_critical_axe_violation()
    {
        Skip.If(Chromium.Executable is null, Chromium.Missing);
        var pages = Directory.EnumerateFiles(Built.Value, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        Assert.Contains(pages, p => p.EndsWith("index.html", StringComparison.Ordinal));
        Assert.Contains(pages, p => p.EndsWith("vpr-2023.html", StringComparison.Ordinal));
        using var browser = Chromium.Start();
        var failures = new List<string>();
        foreach (var page in pages)
        {
            var found = Axe(browser, page);
            failures.AddRange(found.Where(v => v.Impact is "serious" or "critical")
                .Select(v => $"{Path.GetRelativePath(Built.Value, page)}: {v.Impact} {v.Id}: {v.Help} ({string.Join(", ", v.Nodes)})"));
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [SkippableFact]
    public void Axe_reports_what_is_wrong_on_a_bad_page()
    {
        Skip.If(Chromium.Executable is null, Chromium.Missing);
        var dir = Repo.TempDir("axe-bad");
        var page = Path.Combine(dir, "bad.html");
        File.WriteAllText(page, "<!DOCTYPE html><html><head><title>x</title></head><body><main><img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\">"
            + "<table><tr><th>a</th></tr><tr><td>1</td></tr></table></main></body></html>");
        using var browser = Chromium.Start();
        var found = Axe(browser, page);
        Assert.Contains(found, v => v.Id == "image-alt" && v.Impact == "critical");
        Assert.Contains(found, v => v.Id == "html-has-lang" && v.Impact == "serious");
    }

    [SkippableFact]
    public void The_vpr_page_looks_as_stored() => LooksAsStored("vpr-2023.html", "vpr-2023.png");

    [SkippableFact]
    public void A_letter_looks_as_stored() => LooksAsStored("letters/kazanskaya.html", "letter-kazanskaya.png");

    private static void LooksAsStored(string page, string reference)
    {
        Skip.If(Chromium.Executable is null, Chromium.Missing);
        using var browser = Chromium.Start();
        browser.Open(Path.Combine(Built.Value, page));
        var shot = browser.Screenshot();
        var stored = Path.Combine(Here, "__screenshots__", reference);
        if (Environment.GetEnvironmentVariable("KAZ_UPDATE_SCREENSHOTS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(stored)!);
            File.WriteAllBytes(stored, shot);
        }
        Assert.True(File.Exists(stored), $"{stored}: no stored screenshot (run the test with KAZ_UPDATE_SCREENSHOTS=1)");
        var differing = DifferingShare(File.ReadAllBytes(stored), shot);
        if (differing > 0.005)
        {
            var mismatch = Path.Combine(Here, "__screenshots__", "__mismatch__", reference);
            Directory.CreateDirectory(Path.GetDirectoryName(mismatch)!);
            File.WriteAllBytes(mismatch, shot);
            Assert.Fail($"{page}: {differing:P2} of the pixels differ from {reference} (allowed 0,5 %); the new screenshot is {mismatch}");
        }
    }

    /// <summary>The share of pixels whose colour differs by more than a little (anti-aliasing is not a difference).</summary>
    internal static double DifferingShare(byte[] expectedPng, byte[] actualPng)
    {
        using var expected = SKBitmap.Decode(expectedPng);
        using var actual = SKBitmap.Decode(actualPng);
        if (expected.Width != actual.Width || expected.Height != actual.Height) return 1;
        var differing = 0;
        for (var y = 0; y < expected.Height; y++)
        {
            for (var x = 0; x < expected.Width; x++)
            {
                var a = expected.GetPixel(x, y);
                var b = actual.GetPixel(x, y);
                var delta = Math.Max(Math.Abs(a.Red - b.Red), Math.Max(Math.Abs(a.Green - b.Green), Math.Abs(a.Blue - b.Blue)));
                if (delta > 48) differing++;
            }
        }
        return (double)differing / (expected.Width * expected.Height);
    }

    private sealed record Violation(string Id, string? Impact, string Help, string[] Nodes);

    private static readonly Lazy<string> AxeSource = new(() => File.ReadAllText(Path.Combine(Here, "axe", "axe.min.js")));

    private static IReadOnlyList<Violation> Axe(Chromium browser, string page)
    {
        browser.Open(page);
        browser.Evaluate(AxeSource.Value + "\n;'loaded'");
        var json = browser.Evaluate("""
            axe.run(document, { resultTypes: ['violations'] }).then(r => JSON.stringify(r.violations.map(v => ({
              id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ')) }))))
            """)!;
        return JsonSerializer.Deserialize<Violation[]>(json, CaseInsensitive)!;
    }

    private static readonly JsonSerializerOptions CaseInsensitive = new() { PropertyNameCaseInsensitive = true };
}
