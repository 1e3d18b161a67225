using SkiaSharp;

namespace KazReports.Rendering.Pdf.Layout;

/// <summary>Where pages go: a PDF document, or nowhere (the counting pass).</summary>
internal interface IPageTarget
{
    SKCanvas? BeginPage(float width, float height);

    void EndPage();
}

/// <summary>The counting pass: pages are laid out and thrown away.</summary>
internal sealed class DiscardingTarget : IPageTarget
{
    public SKCanvas? BeginPage(float width, float height) => null;

    public void EndPage()
    {
    }
}

/// <summary>Pages of a Skia PDF document.</summary>
internal sealed class PdfTarget(SKDocument document) : IPageTarget
{
    public SKCanvas? BeginPage(float width, float height) => document.BeginPage(width, height);

    public void EndPage() => document.EndPage();
}
