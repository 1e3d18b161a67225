using System.Collections.Concurrent;
using KazReports.Rendering.Fonts;
using KazReports.Documents;
using SkiaSharp;

namespace KazReports.Rendering.Charts;

/// <summary>
/// The font family charts are drawn with: the main family of the theme's font files (the page
/// text's, loaded from the files, never the system's). A text with a glyph the family lacks (an
/// arrow, a rare sign) gets the first fallback face of the theme that has all of them, so nothing
/// is drawn as a box. Families are named (ScottPlot's labels have a font name) and resolved to the
/// faces of <see cref="FontSet"/> by <see cref="Typeface"/>.
/// </summary>
internal static class ChartFonts
{
    /// <summary>Sizes of chart texts vary with the chart's size: a bound on the fonts kept for measuring.</summary>
    public const int MaxFonts = 256;

    // Native fonts shared by the process, never disposed (the rule of RenderCaches.Resources). Charts
    // of every letter measure the same labels and ask the family of the same titles: those are
    // remembered in RenderCaches.ChartWidths and ChartFamilies.
    private static readonly ConcurrentDictionary<(string Family, float Size, bool Bold), SKFont> Fonts = new();
    private static int fontCount;

    /// <summary>The measuring fonts made so far.</summary>
    public static int FontCount => Volatile.Read(ref fontCount);

    public static string Family(Theme theme) => FontSet.For(theme).Family;

    /// <summary>The family for one text: the theme's main family, else its first fallback face that has all the text's glyphs.</summary>
    public static string Family(Theme theme, string text)
    {
        var fonts = FontSet.For(theme);
        return string.IsNullOrEmpty(text) ? fonts.Family : RenderCaches.ChartFamilies.Get((fonts, text), 0, static (key, _) => Choose(key.Fonts, key.Text));
    }

    private static string Choose(FontSet fonts, string text)
    {
        var probe = new string(text.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
        if (probe.Length == 0 || fonts.Typeface(bold: false, italic: false).ContainsGlyphs(probe))
        {
            return fonts.Family;
        }

        return fonts.Fallbacks.FirstOrDefault(f => f.ContainsGlyphs(probe))?.FamilyName ?? fonts.Family;
    }

    /// <summary>
    /// The typeface of a family of a theme's font files (see <see cref="FontSet.Face"/>); the bundled
    /// default's regular face for a name no theme has. Shared: callers must not dispose it.
    /// </summary>
    public static SKTypeface Typeface(string family, bool bold = false) =>
        FontSet.Face(family, bold) ?? FontSet.For(FontFiles.Bundled).Typeface(bold, italic: false);

    /// <summary>The width of a text in points at a size in points.</summary>
    public static float Measure(string family, float sizePt, string text, bool bold = false) =>
        RenderCaches.ChartWidths.Get((family, sizePt, bold, text), 0, static (key, _) =>
        {
            if (MeasuringFont(key.Family, key.Size, key.Bold) is { } shared)
            {
                return shared.MeasureText(key.Text);
            }

            using var font = new SKFont(Typeface(key.Family, key.Bold), key.Size);
            return font.MeasureText(key.Text);
        });

    /// <summary>The font charts measure a family at a size with (Skia's defaults), shared by the process; null past <see cref="MaxFonts"/>.</summary>
    private static SKFont? MeasuringFont(string family, float sizePt, bool bold)
    {
        var key = (family, sizePt, bold);
        if (Fonts.TryGetValue(key, out var font))
        {
            return font;
        }

        if (Volatile.Read(ref fontCount) >= MaxFonts)
        {
            return null;
        }

        var made = new SKFont(Typeface(family, bold), sizePt);
        if (Fonts.TryAdd(key, made))
        {
            Interlocked.Increment(ref fontCount);
            return made;
        }

        made.Dispose();
        return Fonts[key];
    }
}
