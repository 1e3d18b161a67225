using System.Text;
using KazReports.Documents;
using KazReports.Rendering.Html;

namespace KazReports.Tests.Rendering.Html;

/// <summary>A document's HTML page as a string (the shipped theme unless given).</summary>
internal static class HtmlText
{
    public static string Of(Document document, Theme? theme = null)
    {
        using var stream = new MemoryStream();
        new HtmlRenderer().Render(document, theme ?? Theme.Default, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
