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
        var entries = result.Planned.Select(j => new IndexEntry(j.OutputName, j.Info)).ToArray();
        var author = result.Planned.Select(j => j.Info.Author).FirstOrDefault(a => !string.IsNullOrWhiteSpace(a));
        var title = author is null ? "Документы" : $"Документы: {author}";
        return IndexPage.Write(options.OutDir, entries, title, theme, AtomicFile.Write);
    }
}
