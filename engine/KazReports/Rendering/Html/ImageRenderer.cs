using KazReports.Documents;

namespace KazReports.Rendering.Html;

/// <summary>A raster image inline as a data: URL (the page loads nothing from outside), at its size on paper.</summary>
internal static class ImageRenderer
{
    public static void Write(HtmlContext cx, ImageBlock image)
    {
        var png = image.Data is [0x89, 0x50, ..];
        var src = $"data:image/{(png ? "png" : "jpeg")};base64,{Convert.ToBase64String(image.Data)}";
        cx.W.Open("figure").Open("img",
            ("src", src),
            ("alt", image.AltText),
            ("style", $"width:{HtmlWriter.Number(image.WidthMm)}mm")).Close("figure").Line();
    }
}
