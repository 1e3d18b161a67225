using KazReports.Documents;

namespace KazReports.Rendering.Html;

/// <summary>Runs as text in &lt;strong&gt;, &lt;em&gt;, &lt;u&gt;, &lt;sup&gt;, &lt;sub&gt;; line breaks as &lt;br&gt;.</summary>
internal static class InlineRenderer
{
    private static readonly (RunStyle Style, string Tag)[] Tags =
        [(RunStyle.Bold, "strong"), (RunStyle.Italic, "em"), (RunStyle.Underline, "u"), (RunStyle.Superscript, "sup"), (RunStyle.Subscript, "sub")];

    public static void Write(HtmlWriter w, IEnumerable<Inline> content)
    {
        foreach (var inline in content)
        {
            switch (inline)
            {
                case Run run:
                    var tags = Tags.Where(t => run.Style.HasFlag(t.Style)).Select(t => t.Tag).ToArray();
                    foreach (var tag in tags) w.Open(tag);
                    w.Text(run.Text);
                    foreach (var tag in tags.Reverse()) w.Close(tag);
                    break;
                case LineBreak:
                    w.Raw("<br>");
                    break;
                // A page number belongs to a printed page: the browser prints it in the page margin.
                case PageNumberField:
                    break;
            }
        }
    }

    /// <summary>Lines of an official block, one &lt;br&gt; between them.</summary>
    public static void Lines(HtmlWriter w, IEnumerable<string> lines)
    {
        var first = true;
        foreach (var line in lines)
        {
            if (!first) w.Raw("<br>");
            w.Text(line);
            first = false;
        }
    }
}
