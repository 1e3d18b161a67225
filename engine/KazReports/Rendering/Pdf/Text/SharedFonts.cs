using System.Collections.Concurrent;
using KazReports.Rendering.Fonts;
using SkiaSharp;

namespace KazReports.Rendering.Pdf.Text;

/// <summary>
/// Skia fonts and face choices shared by all renders of the process, so that shaped texts cached
/// across renders (<see cref="ShapeCache"/>) never hold an object of one render. A font is made once
/// per face, size and synthetic style and never disposed (the native rule of <see cref="RenderCaches"/>):
/// the faces are the process-wide ones of <see cref="FontSet"/> (the theme's files, its fallbacks included).
/// Bounded: past <see cref="MaxFonts"/> fonts a caller gets null and makes (and disposes) its own.
/// Thread-safe; the fonts are only read. The face choices are a memo, <see cref="RenderCaches.FaceChoices"/>.
/// </summary>
internal static class SharedFonts
{
    /// <summary>More face and size combinations than any theme uses; a guard against odd input.</summary>
    public const int MaxFonts = 512;

    /// <summary>Code points below this have a slot in an array per face; the rest go to a dictionary.</summary>
    private const int DirectCodepoints = 0x2200;

    /// <summary>At most this many code points above <see cref="DirectCodepoints"/> are remembered per face.</summary>
    private const int MaxOtherCodepoints = 4096;

    private static readonly ConcurrentDictionary<(SKTypeface Face, float Size, bool Bold, bool Italic), SKFont> Fonts = new();
    private static int fontCount;

    /// <summary>The shared fonts made so far.</summary>
    public static int Count => Volatile.Read(ref fontCount);

    /// <summary>
    /// The shared font of a face and size, with synthetic bold or slant when the face lacks them
    /// (no hinting, linear metrics, subpixel); null once <see cref="MaxFonts"/> fonts exist.
    /// </summary>
    public static SKFont? Font(SKTypeface face, float size, bool bold, bool italic)
    {
        var key = (face, size, bold, italic);
        if (Fonts.TryGetValue(key, out var font))
        {
            return font;
        }

        if (Volatile.Read(ref fontCount) >= MaxFonts)
        {
            return null;
        }

        var made = Create(face, size, bold, italic);
        if (Fonts.TryAdd(key, made))
        {
            Interlocked.Increment(ref fontCount);
            return made;
        }

        made.Dispose();
        return Fonts[key];
    }

    /// <summary>A font as <see cref="Font"/> makes it, owned by the caller.</summary>
    public static SKFont Create(SKTypeface face, float size, bool bold, bool italic) => new(face, size)
    {
        Hinting = SKFontHinting.None,
        LinearMetrics = true,
        Subpixel = true,
        Edging = SKFontEdging.Antialias,
        Embolden = bold && !face.IsBold,
        SkewX = italic && !face.IsItalic ? -0.2f : 0,
    };

    /// <summary>Which face draws the code points of a font set's style (regular, bold, italic, bold italic).</summary>
    public static FaceChoice Choice(FontSet fonts, bool bold, bool italic) =>
        RenderCaches.FaceChoices.Get((fonts, (bold ? 1 : 0) + (italic ? 2 : 0)), 0, static (key, _) =>
            new FaceChoice(key.Fonts.Typeface((key.Style & 1) != 0, (key.Style & 2) != 0), key.Fonts));

    /// <summary>
    /// The face for each code point of one style: the main face when it has the glyph (or for a
    /// control character), else the theme's first fallback face that has it, else the main face.
    /// Remembered per code point; concurrent callers may both look a character up, with the same answer.
    /// </summary>
    internal sealed class FaceChoice(SKTypeface main, FontSet fonts)
    {
        private readonly SKTypeface?[] direct = new SKTypeface?[DirectCodepoints];
        private readonly ConcurrentDictionary<int, SKTypeface> other = new();

        public SKTypeface Main => main;

        public SKTypeface For(int codepoint)
        {
            if ((uint)codepoint < DirectCodepoints)
            {
                var known = Volatile.Read(ref direct[codepoint]);
                if (known is null)
                {
                    known = Match(codepoint);
                    Volatile.Write(ref direct[codepoint], known);
                }

                return known;
            }

            if (other.TryGetValue(codepoint, out var face))
            {
                return face;
            }

            face = Match(codepoint);
            if (other.Count < MaxOtherCodepoints)
            {
                face = other.GetOrAdd(codepoint, face);
            }

            return face;
        }

        private SKTypeface Match(int codepoint) =>
            main.ContainsGlyph(codepoint) || char.IsControl((char)Math.Min(codepoint, 0xFFFF))
                ? main
                : fonts.Fallback(codepoint) ?? main;
    }
}
