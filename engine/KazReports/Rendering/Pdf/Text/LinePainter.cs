using System.Globalization;
using KazReports.Documents;
using KazReports.Rendering.Pdf.Layout;
using SkiaSharp;

namespace KazReports.Rendering.Pdf.Text;

/// <summary>
/// Draws one line: places it by alignment (justified lines share the extra width among their
/// breaking spaces, all but the last line), sets a tab's tail flush right, draws the glyphs it
/// measured, underlines, the list marker, and records the line and its word spacing.
/// </summary>
internal readonly struct LinePainter(DrawingCanvas canvas, GlyphShaper shaper, ParagraphFormat format, float width)
{
    public void Draw(TextLine line, bool first, float top, float height, float baseline, ListMarker? marker)
    {
        var left = format.LeftIndent + (first ? format.FirstLineIndent : 0);
        var room = width - format.LeftIndent - format.RightIndent - (first ? format.FirstLineIndent : 0);
        var (x, extra) = Place(line, left, room);
        List<(float X, float Width, TextStyle Style)>? underlines = null;
        var start = x;
        var text = canvas.Records ? new System.Text.StringBuilder() : null;
        var (widest, widestSize) = (0f, 0f);
        canvas.BeginText();
        var pieces = line.Pieces;
        for (var i = 0; i < pieces.Count; i++)
        {
            var piece = pieces[i];
            if (piece.Kind == PieceKind.Tab)
            {
                x = Math.Max(x, left + room - line.TailWidth);
                text?.Append(' ');
                continue;
            }

            var shaped = piece.Kind == PieceKind.PageNumber
                ? shaper.Shape(canvas.PageNumber.ToString(CultureInfo.InvariantCulture), piece.Style)
                : piece.Shaped;
            text?.Append(shaped?.Text);
            if (shaped is not null)
            {
                Add(canvas, shaped, x, baseline + piece.Style.BaselineShift);
            }

            var advance = piece.Width + (piece.Kind == PieceKind.Space ? extra : 0);
            if (piece.Kind == PieceKind.Space && piece.Style.Size > 0 && advance / piece.Style.Size > (widestSize > 0 ? widest / widestSize : 0))
            {
                (widest, widestSize) = (advance, piece.Style.Size);
            }

            if (piece.Style.Underline && piece.Kind != PieceKind.LineBreak)
            {
                (underlines ??= []).Add((x, advance, piece.Style));
            }

            x += advance;
        }

        if (marker is not null)
        {
            Add(canvas, marker.Text, marker.X, baseline);
            canvas.Record(LayoutRecord.Marker, marker.Text.Text, SKRect.Create(marker.X, top, marker.Text.Width, height));
        }

        canvas.EndText();
        if (underlines is not null)
        {
            foreach (var (ux, uw, style) in underlines)
            {
                var (position, thickness) = shaper.Underline(style);
                canvas.FillRect(SKRect.Create(ux, baseline + style.BaselineShift + position - (thickness / 2), uw, thickness), SKColors.Black);
            }
        }

        if (text is not null)
        {
            canvas.Record(LayoutRecord.Line, text.ToString(), SKRect.Create(start, top, Math.Max(0, x - start), height));
            var flags = string.Join(' ', new[] { extra != 0 ? "justified" : "", line.Hyphenated ? "hyphen" : "", line.Cut ? "cut" : "" }.Where(f => f.Length > 0));
            canvas.Record(LayoutRecord.Spacing, flags, SKRect.Create(start, top, widest, widestSize));
        }
    }

    /// <summary>The x where the line starts and the extra width of each breaking space.</summary>
    private (float X, float Extra) Place(TextLine line, float left, float room)
    {
        if (line.TabIndex >= 0)
        {
            return (left, 0);
        }

        var free = room - line.Width;
        return format.Alignment switch
        {
            Alignment.Center => (left + (free / 2), 0),
            Alignment.Right => (left + free, 0),
            // Negative when the paragraph breaker shrank the line's spaces (at most by a third).
            Alignment.Justify when !line.IsLast && !line.EndsWithBreak && line.Stretchable > 0 && free != 0 => (left, free / line.Stretchable),
            _ => (left, 0),
        };
    }

    private static void Add(DrawingCanvas canvas, ShapedText shaped, float x, float y)
    {
        var runX = x;
        var runs = shaped.Runs;
        for (var r = 0; r < runs.Count; r++)
        {
            var run = runs[r];
            canvas.AddGlyphs(run.Font, run.Glyphs, run.Offsets, runX, y);
            runX += run.Width;
        }
    }
}
