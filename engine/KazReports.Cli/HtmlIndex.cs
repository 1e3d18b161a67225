using KazReports.Build;
using KazReports.Diagnostics;
using KazReports.Rendering.Html;
using KazReports.Templates;

namespace KazReports.Cli;

/// <summary>The output folder's <c>index.html</c> after a build with HTML: every planned document and its files.</summary>
internal static class HtmlIndex
{
    public static string Write(BuildOptions options, BuildResult result)
    {
        var themePath = Path.Combine(options.TemplatesDir, "theme.yaml");
        var theme = ThemeLoader.Load(themePath, themePath, new DiagnosticBag());
        var entries = result.Planned.Select(j => new IndexEntry(j.OutputName, j.Info)).ToList();
        var author = result.Planned.Select(j => j.Info.Author).FirstOrDefault(a => !string.IsNullOrWhiteSpace(a));
        // The letters printed as one file, when the build made it, after the last letter.
        var lastLetter = entries.FindLastIndex(e => e.OutputName.StartsWith("letters/", StringComparison.Ordinal));
        if (lastLetter >= 0 && File.Exists(Path.Combine(options.OutDir, BuildRunner.CombinedLettersName + ".pdf")))
        {
            var letters = result.Planned.Count(j => j.Group == "letters");
            entries.Insert(lastLetter + 1, new IndexEntry(BuildRunner.CombinedLettersName,
                entries[lastLetter].Info with { Title = $"Адресные рекомендации школам: все письма ({letters}) одним файлом для печати" }));
        }
        var title = author is null ? "Документы" : $"Документы: {author}";
        return IndexPage.Write(options.OutDir, entries, title, theme, AtomicFile.Write);
    }
}
