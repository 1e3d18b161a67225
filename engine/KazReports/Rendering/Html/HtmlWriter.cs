using System.Globalization;
using System.Text;

namespace KazReports.Rendering.Html;

/// <summary>
/// Writes HTML text: every text and attribute value is escaped here and nowhere else, so no data
/// string reaches the page as markup. Newlines are always '\n'; output depends on nothing but input.
/// </summary>
internal sealed class HtmlWriter
{
    private readonly StringBuilder sb = new();

    public HtmlWriter Raw(string html)
    {
        sb.Append(html);
        return this;
    }

    public HtmlWriter Text(string? text)
    {
        sb.Append(Escape(text));
        return this;
    }

    public HtmlWriter Line() => Raw("\n");

    /// <summary>An opening tag; <paramref name="attributes"/> with a null value are left out.</summary>
    public HtmlWriter Open(string tag, params (string Name, string? Value)[] attributes)
    {
        sb.Append('<').Append(tag);
        foreach (var (name, value) in attributes)
        {
            if (value is null) continue;
            sb.Append(' ').Append(name).Append("=\"").Append(Escape(value)).Append('"');
        }
        sb.Append('>');
        return this;
    }

    public HtmlWriter Close(string tag) => Raw("</" + tag + ">");

    /// <summary>An element holding only text.</summary>
    public HtmlWriter Element(string tag, string? text, params (string Name, string? Value)[] attributes) =>
        Open(tag, attributes).Text(text).Close(tag);

    public override string ToString() => sb.ToString();

    /// <summary>Escapes the five characters that matter in text and in double-quoted attributes.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0) return text;
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }
        return sb.ToString();
    }

    /// <summary>A number for CSS: invariant culture, at most two decimals.</summary>
    public static string Number(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);
}
