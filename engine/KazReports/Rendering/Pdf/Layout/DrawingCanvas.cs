using EmbeddedFonts = KazReports.Rendering.Pdf.Layout.IGlyphFonts;
using SkiaSharp;

namespace KazReports.Rendering.Pdf.Layout;

/// <summary>
/// The surface elements draw on: one page of the <see cref="DisplayList"/>, written to the PDF once
/// the whole document is laid out. Elements draw at the current origin (moved with
/// <see cref="Offset"/>); the glyphs they draw are counted for embedding as they go; the canvas
/// records what is drawn, in page coordinates, when the report keeps records.
/// </summary>
internal sealed class DrawingCanvas
{
    private readonly DisplayList page;
    private readonly LayoutReport? report;
    private readonly EmbeddedFonts? fonts;
    private float originX;
    private float originY;

    public DrawingCanvas(DisplayList page, int pageNumber, LayoutReport? report, EmbeddedFonts? fonts = null)
    {
        this.page = page;
        this.fonts = fonts;
        PageNumber = pageNumber;
        this.report = report;
    }

    /// <summary>The page number, from 1, continuing across sections.</summary>
    public int PageNumber { get; }

    /// <summary>The current origin in page coordinates.</summary>
    public SKPoint Origin => new(originX, originY);

    /// <summary>True when drawn things are recorded in the report (tests): texts for the records are worth making.</summary>
    public bool Records => report is { KeepsRecords: true };

    public OffsetScope Offset(float dx, float dy)
    {
        originX += dx;
        originY += dy;
        return new OffsetScope(this, dx, dy);
    }

    /// <summary>Starts a text line: its glyph runs (<see cref="AddGlyphs"/>) are drawn together at <see cref="EndText"/>.</summary>
    public void BeginText() => page.BeginText();

    /// <summary>A run of a text line: glyph <c>g</c> at (<paramref name="x"/> + <paramref name="offsets"/>[g], <paramref name="y"/>) relative to the origin, in black.</summary>
    public void AddGlyphs(SKFont font, ushort[] glyphs, float[] offsets, float x, float y)
    {
        fonts?.Use(font, glyphs);
        page.AddRun(font, glyphs, offsets, x, y, new SKPoint(originX, originY));
    }

    public void EndText() => page.EndText();

    /// <summary>Glyphs that something else draws on the page (a chart) counted for embedding, like text.</summary>
    public void UseGlyphs(SKFont font, ushort[] glyphs) => fonts?.Use(font, glyphs);

    /// <summary>
    /// Drawing done by other code (a chart) in <paramref name="box"/> (relative to the origin) on the
    /// page's Skia canvas when the page is written, after the fonts are frozen; the glyphs it draws
    /// must have been counted with <see cref="UseGlyphs"/>.
    /// </summary>
    public void DrawLater(SKRect box, DeferredDrawing drawing) => page.Deferred(Absolute(box), drawing);

    /// <summary>A rectangle relative to the origin in page coordinates.</summary>
    public SKRect ToPage(SKRect rect) => Absolute(rect);

    public void FillRect(SKRect rect, SKColor color) => page.FillRect(Absolute(rect), color);

    public void StrokeRect(SKRect rect, float width) => page.StrokeRect(Absolute(rect), width);

    public void DrawLine(float x1, float y1, float x2, float y2, float width) =>
        page.Line(x1 + originX, y1 + originY, x2 + originX, y2 + originY, width);

    public void DrawImage(SKImage image, SKRect rect) => page.Image(image, Absolute(rect));

    /// <summary>A named destination (target of an outline entry) at a point relative to the origin.</summary>
    public void Destination(string name, float x, float y) => page.Destination(name, new SKPoint(x + originX, y + originY));

    public void Record(string kind, string text, SKRect rect)
    {
        if (!Records)
        {
            return;
        }

        var r = Absolute(rect);
        report!.Add(new LayoutRecord(PageNumber, kind, text, r.Left, r.Top, r.Width, r.Height));
    }

    /// <summary>Registers a heading in the outline and marks its place; nothing without a report.</summary>
    public void OutlineEntry(int level, string title, float x, float y)
    {
        if (report is null)
        {
            return;
        }

        var name = report.AddOutline(level, title, PageNumber, y + originY);
        Destination(name, x, y);
    }

    private SKRect Absolute(SKRect rect) => SKRect.Create(rect.Left + originX, rect.Top + originY, rect.Width, rect.Height);

    internal readonly struct OffsetScope(DrawingCanvas canvas, float dx, float dy) : IDisposable
    {
        public void Dispose()
        {
            canvas.originX -= dx;
            canvas.originY -= dy;
        }
    }
}
