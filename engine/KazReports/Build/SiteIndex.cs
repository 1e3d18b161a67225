using KazReports.Documents;
using KazReports.Rendering.Html;
using KazReports.Templates.Declarations;

namespace KazReports.Build;

/// <summary>
/// The output folder's <c>index.html</c>: every planned document and links to those of its files that
/// the folder will hold once the build is committed (already there or staged by this build). It is
/// staged with the documents, so a failed build leaves the old index as it was.
/// </summary>
internal static class SiteIndex
{
    /// <summary>
    /// A build with HTML writes the index; a build without HTML (<c>--format docx</c>) refreshes an
    /// index the folder already has, so that it never lists files the folder no longer matches, and
    /// creates none.
    /// </summary>
    public static bool Wanted(BuildOptions options, IReadOnlyList<DocumentJob> planned) =>
        planned.Count > 0 && (options.Formats.Contains("html") || File.Exists(Path.Combine(options.OutDir, IndexPage.FileName)));

    /// <summary>Stages the index; <paramref name="exists"/> tells whether a file (relative path) will be in the folder.</summary>
    public static void Stage(StagedOutput output, IReadOnlyList<DocumentJob> planned, Theme theme, Func<string, bool> exists)
    {
        var entries = planned.Select(j => new IndexEntry(j.OutputName, j.Info)).ToList();
        var author = planned.Select(j => j.Info.Author).FirstOrDefault(a => !string.IsNullOrWhiteSpace(a));
        // Documents also printed as one file (letters-all), when the folder has it, after the last of them.
        foreach (var c in planned.Select(j => j.Declaration?.Combined).OfType<CombinedDeclaration>().Distinct().ToList())
        {
            var members = planned.Where(j => j.Declaration?.Combined == c).ToList();
            var last = entries.FindLastIndex(e => members.Any(j => j.OutputName == e.OutputName));
            if (last < 0 || !exists(c.Id + ".pdf")) continue;
            var combinedTitle = c.Title.Format(name => name == "count" ? members.Count : null);
            entries.Insert(last + 1, new IndexEntry(c.Id, entries[last].Info with { Title = $"{combinedTitle}: одним файлом для печати" }));
        }
        var title = author is null ? "Документы" : $"Документы: {author}";
        var html = IndexPage.Page(entries, title, theme, exists);
        output.Write(IndexPage.FileName, s => s.Write(new System.Text.UTF8Encoding(false).GetBytes(html)));
    }
}
