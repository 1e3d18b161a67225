using KazReports.Templates.Declarations;
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
        // Documents also printed as one file (letters-all), when the build made it, after the last of them.
        foreach (var c in result.Planned.Select(j => j.Declaration?.Combined).OfType<CombinedDeclaration>().Distinct().ToList())
        {
            var members = result.Planned.Where(j => j.Declaration?.Combined == c).ToList();
            var last = entries.FindLastIndex(e => members.Any(j => j.OutputName == e.OutputName));
            if (last < 0 || !File.Exists(Path.Combine(options.OutDir, c.Id + ".pdf"))) continue;
            var combinedTitle = c.Title.Format(name => name == "count" ? members.Count : null);
            entries.Insert(last + 1, new IndexEntry(c.Id, entries[last].Info with { Title = $"{combinedTitle}: одним файлом для печати" }));
        }
        var title = author is null ? "Документы" : $"Документы: {author}";
        return IndexPage.Write(options.OutDir, entries, title, theme, WriteWhole);
    }

    /// <summary>The index is written under a temporary name and moved into place when complete.</summary>
    private static void WriteWhole(string path, Action<Stream> write)
    {
        var temp = path + ".kaz-tmp";
        using (var stream = File.Create(temp)) write(stream);
        File.Move(temp, path, overwrite: true);
    }
}
