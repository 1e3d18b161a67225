using System.Buffers;
using EmbeddedFonts = KazReports.Rendering.Pdf.Layout.IGlyphFonts;
using SkiaSharp;

namespace KazReports.Rendering.Pdf.Layout;

/// <summary>
/// Drawing done on a page's Skia canvas by other code (a chart) when the page is written, after
/// the fonts are frozen: <paramref name="box"/> in page coordinates; <paramref name="faces"/> gives
/// the face to draw text in for a face (its subset).
/// </summary>
internal delegate void DeferredDrawing(SKCanvas canvas, SKRect box, Func<SKTypeface, SKTypeface> faces);

/// <summary>
/// The pages of a render as drawn by the one layout pass, in page coordinates: text lines (glyph
/// runs with their fonts and absolute positions), rectangles, lines, images, named destinations and
/// deferred drawings (charts). Recorded while the glyphs to embed are counted; once the fonts are
/// frozen, <see cref="Play"/> draws the pages onto the PDF with the subset fonts (glyph ids mapped
/// to theirs), in recorded order, exactly as they were recorded. Glyphs and positions live in pooled buffers returned on dispose.
/// </summary>
internal sealed class DisplayList : IDisposable
{
    private readonly List<PageEntry> pages = [];
    private readonly List<Operation> operations = [];
    private readonly List<TextRun> runs = [];
    private readonly List<object> references = [];
    private ushort[] glyphs = ArrayPool<ushort>.Shared.Rent(4096);
    private SKPoint[] positions = ArrayPool<SKPoint>.Shared.Rent(4096);
    private int glyphCount;
    private int textStart = -1;

    private enum Kind : byte
    {
        Text,
        FillRect,
        StrokeRect,
        Line,
        Image,
        Destination,
        Deferred,
    }

    public int PageCount => pages.Count;

    public void BeginPage(float width, float height) => pages.Add(new PageEntry(width, height, operations.Count));

    /// <summary>Starts a text line: the runs added until <see cref="EndText"/> make one text blob.</summary>
    public void BeginText() => textStart = runs.Count;

    /// <summary>
    /// A glyph run of the current line: glyph <c>g</c> at (<paramref name="x"/> + <paramref name="offsets"/>[g],
    /// <paramref name="y"/>) from <paramref name="origin"/> on the page (added in that order, as the drawing always did).
    /// </summary>
    public void AddRun(SKFont font, ReadOnlySpan<ushort> ids, ReadOnlySpan<float> offsets, float x, float y, SKPoint origin)
    {
        Reserve(ids.Length);
        ids.CopyTo(glyphs.AsSpan(glyphCount));
        var points = positions.AsSpan(glyphCount, ids.Length);
        for (var i = 0; i < points.Length; i++)
        {
            points[i] = new SKPoint(x + offsets[i] + origin.X, y + origin.Y);
        }

        runs.Add(new TextRun(font, glyphCount, ids.Length));
        glyphCount += ids.Length;
    }

    public void EndText()
    {
        if (textStart >= 0 && runs.Count > textStart)
        {
            operations.Add(new Operation(Kind.Text, default, default, textStart, runs.Count - textStart));
        }

        textStart = -1;
    }

    public void FillRect(SKRect rect, SKColor color) => operations.Add(new Operation(Kind.FillRect, rect, color, 0, 0));

    public void StrokeRect(SKRect rect, float width) => operations.Add(new Operation(Kind.StrokeRect, rect, default, 0, 0, width));

    public void Line(float x1, float y1, float x2, float y2, float width) =>
        operations.Add(new Operation(Kind.Line, new SKRect(x1, y1, x2, y2), default, 0, 0, width));

    public void Image(SKImage image, SKRect rect) => operations.Add(new Operation(Kind.Image, rect, default, Reference(image), 0));

    public void Destination(string name, SKPoint point) =>
        operations.Add(new Operation(Kind.Destination, new SKRect(point.X, point.Y, point.X, point.Y), default, Reference(name), 0));

    public void Deferred(SKRect box, DeferredDrawing drawing) => operations.Add(new Operation(Kind.Deferred, box, default, Reference(drawing), 0));

    /// <summary>Draws the recorded pages onto <paramref name="pdf"/>, text in the fonts' drawing fonts (the subsets once frozen).</summary>
    public void Play(SKDocument pdf, EmbeddedFonts fonts)
    {
        using var fill = new SKPaint { Style = SKPaintStyle.Fill, IsAntialias = true };
        using var stroke = new SKPaint { Style = SKPaintStyle.Stroke, IsAntialias = true, Color = SKColors.Black };
        using var builder = new SKTextBlobBuilder();
        var sampling = new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.None);
        Func<SKTypeface, SKTypeface> faces = fonts.DrawingTypeface;
        var drawn = ArrayPool<ushort>.Shared.Rent(256);
        for (var p = 0; p < pages.Count; p++)
        {
            var page = pages[p];
            var end = p + 1 < pages.Count ? pages[p + 1].FirstOperation : operations.Count;
            var canvas = pdf.BeginPage(page.Width, page.Height);
            for (var o = page.FirstOperation; o < end; o++)
            {
                var op = operations[o];
                switch (op.Kind)
                {
                    case Kind.Text:
                        fill.Color = SKColors.Black;
                        DrawText(canvas, builder, op, fonts, fill, ref drawn);
                        break;
                    case Kind.FillRect:
                        fill.Color = op.Color;
                        canvas.DrawRect(op.Rect, fill);
                        break;
                    case Kind.StrokeRect:
                        stroke.StrokeWidth = op.Width;
                        canvas.DrawRect(op.Rect, stroke);
                        break;
                    case Kind.Line:
                        stroke.StrokeWidth = op.Width;
                        canvas.DrawLine(op.Rect.Left, op.Rect.Top, op.Rect.Right, op.Rect.Bottom, stroke);
                        break;
                    case Kind.Image:
                        canvas.DrawImage((SKImage)references[op.Start], op.Rect, sampling);
                        break;
                    case Kind.Destination:
                        canvas.DrawNamedDestinationAnnotation(new SKPoint(op.Rect.Left, op.Rect.Top), (string)references[op.Start]);
                        break;
                    case Kind.Deferred:
                        ((DeferredDrawing)references[op.Start])(canvas, op.Rect, faces);
                        break;
                }
            }

            pdf.EndPage();
        }

        ArrayPool<ushort>.Shared.Return(drawn);
    }

    public void Dispose()
    {
        if (glyphs.Length > 0)
        {
            ArrayPool<ushort>.Shared.Return(glyphs);
            ArrayPool<SKPoint>.Shared.Return(positions);
            glyphs = [];
            positions = [];
        }

        pages.Clear();
        operations.Clear();
        runs.Clear();
        references.Clear();
    }

    /// <summary>One text line as a blob; the glyph ids recorded (of the original faces) become those of the subsets in <paramref name="drawn"/>.</summary>
    private void DrawText(SKCanvas canvas, SKTextBlobBuilder builder, Operation op, EmbeddedFonts fonts, SKPaint paint, ref ushort[] drawn)
    {
        for (var r = op.Start; r < op.Start + op.Count; r++)
        {
            var run = runs[r];
            if (drawn.Length < run.Count)
            {
                ArrayPool<ushort>.Shared.Return(drawn);
                drawn = ArrayPool<ushort>.Shared.Rent(run.Count);
            }

            var ids = drawn.AsSpan(0, run.Count);
            var font = fonts.DrawingFont(run.Font, glyphs.AsSpan(run.Start, run.Count), ids);
            builder.AddPositionedRun(ids, font, positions.AsSpan(run.Start, run.Count));
        }

        using var blob = builder.Build();
        if (blob is not null)
        {
            canvas.DrawText(blob, 0, 0, paint);
        }
    }

    private int Reference(object value)
    {
        references.Add(value);
        return references.Count - 1;
    }

    private void Reserve(int count)
    {
        if (glyphCount + count <= glyphs.Length)
        {
            return;
        }

        var size = Math.Max(glyphs.Length * 2, glyphCount + count);
        var moreGlyphs = ArrayPool<ushort>.Shared.Rent(size);
        var morePositions = ArrayPool<SKPoint>.Shared.Rent(size);
        glyphs.AsSpan(0, glyphCount).CopyTo(moreGlyphs);
        positions.AsSpan(0, glyphCount).CopyTo(morePositions);
        ArrayPool<ushort>.Shared.Return(glyphs);
        ArrayPool<SKPoint>.Shared.Return(positions);
        glyphs = moreGlyphs;
        positions = morePositions;
    }

    private readonly record struct PageEntry(float Width, float Height, int FirstOperation);

    private readonly record struct TextRun(SKFont Font, int Start, int Count);

    /// <summary>One drawing operation; <see cref="Start"/> and <see cref="Count"/> index the runs of a text line or, for the others, the referenced object.</summary>
    private readonly record struct Operation(Kind Kind, SKRect Rect, SKColor Color, int Start, int Count, float Width = 0);
}
