using System.Globalization;
using KazReports.Documents;

namespace KazReports.Rendering.Html;

/// <summary>One document for the index: its file name without extension (relative to the output folder) and its metadata.</summary>
public sealed record IndexEntry(string OutputName, DocumentInfo Info);

/// <summary>
/// <c>index.html</c>: every document of the build with its title and date and links to those of its
/// DOCX, PDF and HTML files that are in the output folder. Same list, same files, same bytes.
/// </summary>
public static class IndexPage
{
    public const string FileName = "index.html";

    private static readonly (string Extension, string Label)[] Formats = [("html", "HTML"), ("docx", "DOCX"), ("pdf", "PDF")];

    internal static string Page(IReadOnlyList<IndexEntry> entries, string title, Theme theme, Func<string, bool> exists)
    {
        var w = new HtmlWriter();
        w.Raw("<!DOCTYPE html>\n").Open("html", ("lang", "ru")).Line().Open("head").Line()
         .Raw("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
         .Element("title", title).Line()
         .Open("style").Raw(StyleSheet.For(theme, theme.Margins))
         .Raw("td,th{vertical-align:middle}.links a{margin-right:1em}\n").Close("style").Line()
         .Close("head").Line().Open("body").Line().Open("main").Line()
         .Open("section", ("class", "sheet")).Line()
         .Element("h1", title).Line()
         .Open("table").Element("caption", $"Документы ({entries.Count.ToString(CultureInfo.InvariantCulture)})").Line()
         .Open("thead").Open("tr").Element("th", "Документ", ("scope", "col")).Element("th", "Дата", ("scope", "col"))
         .Element("th", "Файлы", ("scope", "col")).Close("tr").Close("thead").Line().Open("tbody").Line();
        foreach (var entry in entries)
        {
            w.Open("tr").Element("th", entry.Info.Title, ("scope", "row"))
             .Element("td", entry.Info.Date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture), ("class", "al-center"))
             .Open("td", ("class", "links"));
            var any = false;
            foreach (var (extension, label) in Formats)
            {
                var file = entry.OutputName + "." + extension;
                if (!exists(file)) continue;
                w.Element("a", label, ("href", Href(file)), ("aria-label", $"{label}: {entry.Info.Title}"));
                any = true;
            }
            if (!any) w.Text("не собран");
            w.Close("td").Close("tr").Line();
        }
        w.Close("tbody").Line().Close("table").Line().Close("section").Line()
         .Close("main").Line().Close("body").Line().Close("html").Line();
        return w.ToString();
    }

    /// <summary>A relative link: each path segment percent-encoded, '/' between them.</summary>
    internal static string Href(string relativePath) =>
        string.Join("/", relativePath.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString));
}
