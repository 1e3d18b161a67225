using System.Text;
using KazReports.Rendering.Pdf.Fonts;
using SkiaSharp;

namespace KazReports.Rendering.Pdf.Text;

/// <summary>Vertical metrics of a style's main face, in points: ascent and descent (both positive) and the line gap.</summary>
internal readonly record struct LineMetrics(float Ascent, float Descent, float Leading)
{
    /// <summary>Single line spacing as Word and LibreOffice use it: ascent + descent + line gap.</summary>
    public float Single => Ascent + Descent + Leading;
}

/// <summary>
/// Turns text into glyphs for one render: picks the face per character (the theme face, or a system
/// face that has the glyph), measures advances with SKFont (no hinting, linear metrics, subpixel)
/// and adds kerning from the font's kern table and letter spacing. Results are cached by text and style.
/// Not thread-safe: one per render.
/// </summary>
/// <param name="kerning">
/// Pair kerning from the font's kern table. Off by default: Word does not kern unless a run asks
/// for it (w:kern), nor does LibreOffice with our DOCX, and the PDF should break lines where they do.
/// </param>
internal sealed class GlyphShaper(FontSet fonts, bool kerning = false) : IDisposable
{
    private readonly Dictionary<(string, TextStyle), ShapedText> shaped = [];
    private readonly Dictionary<(SKTypeface, float, bool, bool), SKFont> skFonts = [];
    private readonly Dictionary<(bool, bool, int), SKTypeface> fallbacks = [];
    private readonly Dictionary<TextStyle, LineMetrics> metrics = [];

    public FontSet Fonts => fonts;

    public ShapedText Shape(string text, TextStyle style)
    {
        if (shaped.TryGetValue((text, style), out var cached))
        {
            return cached;
        }

        var runs = new List<GlyphRun>();
        var start = 0;
        SKTypeface? current = null;
        var index = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var face = FaceFor(style, rune.Value);
            if (current is not null && !ReferenceEquals(face, current))
            {
                runs.Add(ShapeRun(text, start, index, current, style));
                start = index;
            }

            current = face;
            index += rune.Utf16SequenceLength;
        }

        if (current is not null)
        {
            runs.Add(ShapeRun(text, start, text.Length, current, style));
        }

        var result = new ShapedText(text, style, runs, runs.Sum(r => r.Width));
        shaped[(text, style)] = result;
        return result;
    }

    public LineMetrics Metrics(TextStyle style)
    {
        var key = style with { Script = ScriptPosition.Baseline, Underline = false, LetterSpacing = 0 };
        if (!metrics.TryGetValue(key, out var value))
        {
            var m = Font(fonts.Typeface(key.Bold, key.Italic), key.Size, key.Bold, key.Italic).Metrics;
            value = new LineMetrics(-m.Ascent, m.Descent, Math.Max(0, m.Leading));
            metrics[key] = value;
        }

        return value;
    }

    /// <summary>Underline offset below the baseline and thickness, in points, for a style.</summary>
    public (float Position, float Thickness) Underline(TextStyle style)
    {
        var m = Font(fonts.Typeface(style.Bold, style.Italic), style.GlyphSize, style.Bold, style.Italic).Metrics;
        var position = m.UnderlinePosition is { } p && p > 0 ? p : style.GlyphSize * 0.1f;
        var thickness = m.UnderlineThickness is { } t && t > 0 ? t : style.GlyphSize * 0.05f;
        return (position, thickness);
    }

    public void Dispose()
    {
        foreach (var font in skFonts.Values)
        {
            font.Dispose();
        }

        skFonts.Clear();
    }

    private GlyphRun ShapeRun(string text, int start, int end, SKTypeface face, TextStyle style)
    {
        var font = Font(face, style.GlyphSize, style.Bold, style.Italic);
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

    private SKTypeface FaceFor(TextStyle style, int codepoint)
    {
        if (fallbacks.TryGetValue((style.Bold, style.Italic, codepoint), out var face))
        {
            return face;
        }

        var main = fonts.Typeface(style.Bold, style.Italic);
        face = main.ContainsGlyph(codepoint) || char.IsControl((char)Math.Min(codepoint, 0xFFFF))
            ? main
            : SKFontManager.Default.MatchCharacter(main.FamilyName, main.FontStyle, null, codepoint) ?? main;
        fallbacks[(style.Bold, style.Italic, codepoint)] = face;
        return face;
    }

    /// <summary>An SKFont for a face and size, with synthetic bold or slant when the face lacks them.</summary>
    private SKFont Font(SKTypeface face, float size, bool bold, bool italic)
    {
        if (!skFonts.TryGetValue((face, size, bold, italic), out var font))
        {
            font = new SKFont(face, size)
            {
                Hinting = SKFontHinting.None,
                LinearMetrics = true,
                Subpixel = true,
                Edging = SKFontEdging.Antialias,
                Embolden = bold && !face.IsBold,
                SkewX = italic && !face.IsItalic ? -0.2f : 0,
            };
            skFonts[(face, size, bold, italic)] = font;
        }

        return font;
    }
}
