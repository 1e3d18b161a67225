using KazReports.Documents;

namespace KazReports.Rendering.Html;

/// <summary>What the block renderers share while one page is written.</summary>
internal sealed class HtmlContext(HtmlWriter writer, Theme theme, DocumentInfo info)
{
    private readonly string?[] headings = new string?[4];
    private int ids;
    private int contentsIds;

    public HtmlWriter W { get; } = writer;

    public Theme Theme { get; } = theme;

    public DocumentInfo Info { get; } = info;

    /// <summary>Whether the page's &lt;h1&gt; is written (the document's first title paragraph).</summary>
    public bool HasH1 { get; set; }

    public int Tables { get; set; }

    /// <summary>A page-unique id: ids come in document order, so the same document gives the same ids.</summary>
    public string NextId(string prefix) => $"{prefix}-{++ids}";

    /// <summary>Headings down to this level are listed by the table of contents (0: the page has none).</summary>
    public int ContentsLevels { get; init; }

    /// <summary>The id of the next heading the contents lists: in document order, as the contents' entries.</summary>
    public string NextContentsId() => ContentsId(++contentsIds);

    public static string ContentsId(int number) => "h-" + number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Remembers a heading's text; lower levels are forgotten.</summary>
    public void Heading(int level, string text)
    {
        level = Math.Clamp(level, 1, 3);
        headings[level] = text;
        for (var i = level + 1; i < headings.Length; i++) headings[i] = null;
    }

    /// <summary>The headings the current place sits under, «Раздел. Подраздел»; the document title when there are none.</summary>
    public string Trail()
    {
        var parts = headings.Where(h => !string.IsNullOrWhiteSpace(h)).Select(h => h!.Trim().TrimEnd('.', ':')).ToArray();
        return parts.Length > 0 ? string.Join(". ", parts) : Info.Title;
    }
}
