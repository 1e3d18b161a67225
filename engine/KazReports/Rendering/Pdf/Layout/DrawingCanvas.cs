using KazReports.Rendering.Pdf.Fonts;
using SkiaSharp;

namespace KazReports.Rendering.Pdf.Layout;

/// <summary>
/// The surface elements draw on: one page of the PDF, or nothing at all in the counting pass
/// (<see cref="Skia"/> is null: elements run their logic and move their cursors, nothing is drawn).
/// Elements draw at the current origin (moved with <see cref="Offset"/>); the canvas records what
/// is drawn, in page coordinates, when a report is attached.
/// </summary>
internal sealed class DrawingCanvas : IDisposable
{
    private readonly LayoutReport? report;
    private readonly EmbeddedFonts? fonts;
    private SKPaint? fill;
    private SKPaint? stroke;
    private float originX;
    private float originY;

    public DrawingCanvas(SKCanvas? skia, int pageNumber, int totalPages, LayoutReport? report, EmbeddedFonts? fonts = null)
    {
        this.fonts = fonts;
        Skia = skia;
        PageNumber = pageNumber;
        TotalPages = totalPages;
        this.report = report;
    }

    /// <summary>The page's Skia canvas; null in the counting pass.</summary>
    public SKCanvas? Skia { get; }

    /// <summary>The page number, from 1, continuing across sections.</summary>
    public int PageNumber { get; }

    /// <summary>Pages in the document; 0 in the counting pass.</summary>
    public int TotalPages { get; }

    /// <summary>The current origin in page coordinates.</summary>
    public SKPoint Origin => new(originX, originY);

    public bool Records => report is not null;

    public OffsetScope Offset(float dx, float dy)
    {
        originX += dx;
        originY += dy;
        return new OffsetScope(this, dx, dy);
    }

    /// <summary>Glyph runs of one text line; positions are relative to the origin.</summary>
    public void DrawGlyphs(IReadOnlyList<(SKFont Font, ushort[] Glyphs, SKPoint[] Positions)> runs)
    {
        foreach (var (font, glyphs, _) in runs)
        {
            fonts?.Use(font, glyphs);
        }

        if (Skia is null || runs.Count == 0)
        {
            return;
        }

        using var builder = new SKTextBlobBuilder();
        foreach (var (font, glyphs, positions) in runs)
        {
            var absolute = new SKPoint[positions.Length];
            for (var i = 0; i < positions.Length; i++)
            {
                absolute[i] = new SKPoint(positions[i].X + originX, positions[i].Y + originY);
            }

            builder.AddPositionedRun(glyphs, fonts?.DrawingFont(font, glyphs) ?? font, absolute);
        }

        using var blob = builder.Build();
        if (blob is not null)
        {
            Skia.DrawText(blob, 0, 0, Fill(SKColors.Black));
        }
    }

    /// <summary>Glyphs that something else draws on the page (a chart) counted for embedding, like text.</summary>
    public void UseGlyphs(SKFont font, ushort[] glyphs) => fonts?.Use(font, glyphs);

    /// <summary>The face to draw text in <paramref name="face"/> with: its subset once the counting pass is over.</summary>
    public SKTypeface DrawingTypeface(SKTypeface face) => fonts?.DrawingTypeface(face) ?? face;

    /// <summary>A rectangle relative to the origin in page coordinates.</summary>
    public SKRect ToPage(SKRect rect) => Absolute(rect);

    public void FillRect(SKRect rect, SKColor color) => Skia?.DrawRect(Absolute(rect), Fill(color));

    public void StrokeRect(SKRect rect, float width) => Skia?.DrawRect(Absolute(rect), Stroke(width));

    public void DrawLine(float x1, float y1, float x2, float y2, float width) =>
        Skia?.DrawLine(x1 + originX, y1 + originY, x2 + originX, y2 + originY, Stroke(width));

    public void DrawImage(SKImage image, SKRect rect) =>
        Skia?.DrawImage(image, Absolute(rect), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.None));

    /// <summary>A named destination (target of an outline entry) at a point relative to the origin.</summary>
    public void Destination(string name, float x, float y) =>
        Skia?.DrawNamedDestinationAnnotation(new SKPoint(x + originX, y + originY), name);

    public void Record(string kind, string text, SKRect rect)
    {
        var r = Absolute(rect);
        report?.Add(new LayoutRecord(PageNumber, kind, text, r.Left, r.Top, r.Width, r.Height));
    }

    /// <summary>Registers a heading in the outline and marks its place; returns nothing in the counting pass.</summary>
    public void OutlineEntry(int level, string title, float x, float y)
    {
        if (report is null)
        {
            return;
        }

        var name = report.AddOutline(level, title, PageNumber, y + originY);
        Destination(name, x, y);
    }

    public void Dispose()
    {
        fill?.Dispose();
        stroke?.Dispose();
    }

    private SKRect Absolute(SKRect rect) => SKRect.Create(rect.Left + originX, rect.Top + originY, rect.Width, rect.Height);

    private SKPaint Fill(SKColor color)
    {
        fill ??= new SKPaint { Style = SKPaintStyle.Fill, IsAntialias = true };
        fill.Color = color;
        return fill;
    }

    private SKPaint Stroke(float width)
    {
        stroke ??= new SKPaint { Style = SKPaintStyle.Stroke, IsAntialias = true, Color = SKColors.Black };
        stroke.StrokeWidth = width;
        return stroke;
    }

    internal readonly struct OffsetScope(DrawingCanvas canvas, float dx, float dy) : IDisposable
    {
        public void Dispose()
        {
            canvas.originX -= dx;
            canvas.originY -= dy;
        }
    }
}
