using System.Text;
using KazReports.Rendering.Fonts;
using SkiaSharp;

namespace KazReports.Rendering.Pdf.Text;

/// <summary>Vertical metrics of a style's main face, in points: ascent and descent (both positive) and the line gap.</summary>
internal readonly record struct LineMetrics(float Ascent, float Descent, float Leading)
{
    /// <summary>Single line spacing as Word and LibreOffice use it: ascent + descent + line gap.</summary>
    public float Single => Ascent + Descent + Leading;
}

/// <summary>
/// Turns text into glyphs: picks the face per character (the theme face, or a system face that has
/// the glyph), measures advances with SKFont (no hinting, linear metrics, subpixel) and adds kerning
/// from the font's kern table and letter spacing. Results are cached by text and style for all
/// renders of the process (<see cref="ShapeCache"/>), with fonts shared by all renders
/// (<see cref="SharedFonts"/>). One per render; not thread-safe itself, though the caches it uses are.
/// </summary>
/// <param name="kerning">
/// Pair kerning from the font's kern table. Off by default: Word does not kern unless a run asks
/// for it (w:kern), nor does LibreOffice with our DOCX, and the PDF should break lines where they do.
/// </param>
internal sealed class GlyphShaper(FontSet fonts, bool kerning = false) : IDisposable
{
    // Results that hold a font of this render only (past SharedFonts.MaxFonts): not shared.
    private readonly Dictionary<(string, TextStyle), ShapeEntry> local = [];
    private readonly Dictionary<(SKTypeface, float, bool, bool), SKFont> ownFonts = [];
    private readonly SharedFonts.FaceChoice?[] choices = new SharedFonts.FaceChoice?[4];
    private readonly Dictionary<TextStyle, LineMetrics> metrics = [];

    public FontSet Fonts => fonts;

    public ShapedText Shape(string text, TextStyle style) => Entry(text, style, text).Shaped;

    /// <summary>The shaped text of a span of characters (no string is made when it was shaped before).</summary>
    public ShapedText Shape(ReadOnlySpan<char> text, TextStyle style) => Entry(text, style, null).Shaped;

    /// <summary>The text shaped, with the pieces made of it.</summary>
    public ShapeEntry Entry(ReadOnlySpan<char> text, TextStyle style) => Entry(text, style, null);

    public LineMetrics Metrics(TextStyle style)
    {
        if (!metrics.TryGetValue(style, out var value))
        {
            var key = style with { Script = ScriptPosition.Baseline, Underline = false, LetterSpacing = 0 };
            var m = Font(fonts.Typeface(key.Bold, key.Italic), key.Size, key.Bold, key.Italic, out _).Metrics;
            value = new LineMetrics(-m.Ascent, m.Descent, Math.Max(0, m.Leading));
            metrics[style] = value;
        }

        return value;
    }

    /// <summary>Underline offset below the baseline and thickness, in points, for a style.</summary>
    public (float Position, float Thickness) Underline(TextStyle style)
    {
        var m = Font(fonts.Typeface(style.Bold, style.Italic), style.GlyphSize, style.Bold, style.Italic, out _).Metrics;
        var position = m.UnderlinePosition is { } p && p > 0 ? p : style.GlyphSize * 0.1f;
        var thickness = m.UnderlineThickness is { } t && t > 0 ? t : style.GlyphSize * 0.05f;
        return (position, thickness);
    }

    /// <summary>Disposes the fonts of this render only; the shared ones stay for later renders.</summary>
    public void Dispose()
    {
        foreach (var font in ownFonts.Values)
        {
            font.Dispose();
        }

        ownFonts.Clear();
        local.Clear();
    }

    private ShapeEntry Entry(ReadOnlySpan<char> span, TextStyle style, string? text)
    {
        if (ShapeCache.Find(fonts, kerning, style, span) is { } cached)
        {
            return cached;
        }

        text ??= span.ToString();
        if (local.Count > 0 && local.TryGetValue((text, style), out var own))
        {
            return own;
        }

        var shared = true;
        var runs = new List<GlyphRun>();
        var start = 0;
        SKTypeface? current = null;
        var index = 0;
        var choice = Choice(style);
        foreach (var rune in text.EnumerateRunes())
        {
            var face = choice.For(rune.Value);
            if (current is not null && !ReferenceEquals(face, current))
            {
                runs.Add(ShapeRun(text, start, index, current, style, ref shared));
                start = index;
            }

            current = face;
            index += rune.Utf16SequenceLength;
        }

        if (current is not null)
        {
            runs.Add(ShapeRun(text, start, text.Length, current, style, ref shared));
        }

        var entry = new ShapeEntry(new ShapedText(text, style, runs, runs.Sum(r => r.Width)));
        if (shared)
        {
            return ShapeCache.Add(fonts, kerning, entry);
        }

        local[(text, style)] = entry;
        return entry;
    }

    private SharedFonts.FaceChoice Choice(TextStyle style)
    {
        var i = (style.Bold ? 1 : 0) + (style.Italic ? 2 : 0);
        return choices[i] ??= SharedFonts.Choice(fonts, style.Bold, style.Italic);
    }

    private GlyphRun ShapeRun(string text, int start, int end, SKTypeface face, TextStyle style, ref bool shared)
    {
        var font = Font(face, style.GlyphSize, style.Bold, style.Italic, out var isShared);
        shared &= isShared;
        var slice = text.AsSpan(start, end - start);
        var glyphs = font.GetGlyphs(slice);
        var widths = font.GetGlyphWidths(glyphs);
        var pairs = kerning ? KerningOf(face, glyphs, style.GlyphSize) : [];
        var offsets = new float[glyphs.Length];
        var charStarts = new int[glyphs.Length];
        var x = 0f;
        var c = start;
        for (var g = 0; g < glyphs.Length; g++)
        {
            offsets[g] = x;
            charStarts[g] = c;
            c += char.IsHighSurrogate(text[c]) && c + 1 < end ? 2 : 1;
            x += widths[g] + style.LetterSpacing + (g < pairs.Length ? pairs[g] : 0);
        }

        return new GlyphRun(font, glyphs, offsets, charStarts, x);
    }

    private static float[] KerningOf(SKTypeface face, ushort[] glyphs, float size)
    {
        if (glyphs.Length < 2 || !face.HasGetKerningPairAdjustments)
        {
            return [];
        }

        var adjustments = face.GetKerningPairAdjustments(glyphs);
        var scale = size / face.UnitsPerEm;
        return adjustments.Select(a => a * scale).ToArray();
    }

    /// <summary>An SKFont for a face and size, with synthetic bold or slant when the face lacks them: the shared one, else one of this render.</summary>
    private SKFont Font(SKTypeface face, float size, bool bold, bool italic, out bool shared)
    {
        if (SharedFonts.Font(face, size, bold, italic) is { } font)
        {
            shared = true;
            return font;
        }

        shared = false;
        if (!ownFonts.TryGetValue((face, size, bold, italic), out font))
        {
            font = SharedFonts.Create(face, size, bold, italic);
            ownFonts[(face, size, bold, italic)] = font;
        }

        return font;
    }
}
