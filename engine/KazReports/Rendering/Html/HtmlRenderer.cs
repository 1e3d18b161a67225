using System.Globalization;
using System.Text;
using KazReports.Documents;

namespace KazReports.Rendering.Html;

/// <summary>
/// Renders a <see cref="Document"/> as one self-contained, accessible HTML page: its one stylesheet
/// inline, charts as inline SVG, nothing loaded from outside; <c>lang="ru"</c>, the title, semantic
/// headings, lists and tables. Each section, and each run of pages between page breaks, is a sheet:
/// a white page on screen, a printed page in print. Same document and theme, same bytes.
/// </summary>
public sealed class HtmlRenderer : IDocumentRenderer
{
    public string Format => "html";

    public void Render(Document document, Theme theme, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(theme);
        ArgumentNullException.ThrowIfNull(output);
        var bytes = new UTF8Encoding(false).GetBytes(Page(document, theme));
        output.Write(bytes);
    }

    internal static string Page(Document document, Theme theme)
    {
        var w = new HtmlWriter();
        var info = document.Info;
        var margins = document.Sections.FirstOrDefault()?.Page.Margins ?? theme.Margins;
        w.Raw("<!DOCTYPE html>\n").Open("html", ("lang", "ru")).Line().Open("head").Line()
         .Raw("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
         .Element("title", info.Title).Line();
        Meta(w, "author", info.Author);
        Meta(w, "description", info.Subject);
        Meta(w, "keywords", info.Keywords);
        Meta(w, "dcterms.date", info.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.Open("style").Raw(StyleSheet.For(theme, margins)).Close("style").Line();
        w.Close("head").Line().Open("body").Line().Open("main").Line();

        var cx = new HtmlContext(w, theme, info) { ContentsLevels = Contents.Find(document)?.Levels ?? 0 };
        // A page without a title paragraph (a letter) still has its <h1>: the document's name, for screen readers.
        if (!document.Sections.SelectMany(s => s.Blocks).Any(b => b is Paragraph { Style: "Title" } or Heading { Level: 1 }))
        {
            w.Element("h1", info.Title, ("class", "sr-only")).Line();
            cx.HasH1 = true;
        }
        foreach (var section in document.Sections)
        {
            foreach (var sheet in Sheets(section.Blocks))
            {
                w.Open("section", ("class", section.Page.Orientation == Orientation.Landscape ? "sheet landscape" : "sheet")).Line();
                BlockRenderer.Write(cx, sheet);
                w.Close("section").Line();
            }
        }
        w.Close("main").Line().Close("body").Line().Close("html").Line();
        return w.ToString();
    }

    private static void Meta(HtmlWriter w, string name, string? content)
    {
        if (!string.IsNullOrWhiteSpace(content)) w.Open("meta", ("name", name), ("content", content)).Line();
    }

    /// <summary>The blocks of a section split at its page breaks; an empty run (a break at the start or end) is dropped.</summary>
    private static IEnumerable<IReadOnlyList<Block>> Sheets(IReadOnlyList<Block> blocks)
    {
        var current = new List<Block>();
        foreach (var block in blocks)
        {
            if (block is PageBreak)
            {
                if (current.Count > 0) yield return current;
                current = [];
                continue;
            }
            current.Add(block);
        }
        if (current.Count > 0) yield return current;
    }
}
