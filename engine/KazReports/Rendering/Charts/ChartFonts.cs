using System.Collections.Concurrent;
using KazReports.Documents;
using SkiaSharp;

namespace KazReports.Rendering.Charts;

/// <summary>
/// The font family charts are drawn with: the theme's first family that is installed and has
/// Cyrillic (Times New Roman, then Liberation Serif, then DejaVu Serif), else any installed font
/// with Cyrillic. A text with a glyph the family lacks (an arrow, a rare sign) gets the first family
/// that has all of them, so nothing is drawn as a box.
/// </summary>
internal static class ChartFonts
{
    private const string Cyrillic = "АБВЁЖЯабвёжя«»—№";

    private static readonly ConcurrentDictionary<string, string?> Installed = new(StringComparer.OrdinalIgnoreCase);

    public static string Family(Theme theme) => Family(theme, Cyrillic);

    /// <summary>The family for one text: the theme's first installed family that has all its glyphs.</summary>
    public static string Family(Theme theme, string text)
    {
        var probe = string.IsNullOrEmpty(text) ? Cyrillic : text;
        var families = theme.FontFamilies.Where(f => !string.IsNullOrWhiteSpace(f)).Append("DejaVu Serif").Append("DejaVu Sans");
        string? first = null;
        foreach (var name in families)
        {
            if (InstalledName(name) is not { } family)
            {
                continue;
            }

            first ??= family;
            if (HasGlyphs(family, probe))
            {
                return family;
            }
        }

        return first ?? Fallback();
    }

    private static readonly ConcurrentDictionary<(string Family, bool Bold), SKTypeface> Faces = new();

    /// <summary>
    /// The typeface of a family, looked up once per process (a system font lookup costs about a
    /// millisecond and charts measure hundreds of texts). Shared: callers must not dispose it.
    /// </summary>
    public static SKTypeface Typeface(string family, bool bold = false) =>
        Faces.GetOrAdd((family, bold), static key =>
            SKTypeface.FromFamilyName(key.Family, key.Bold ? SKFontStyle.Bold : SKFontStyle.Normal) ?? SKTypeface.Default);

    /// <summary>The width of a text in points at a size in points.</summary>
    public static float Measure(string family, float sizePt, string text, bool bold = false)
    {
        using var font = new SKFont(Typeface(family, bold), sizePt);
        return font.MeasureText(text);
    }

    private static string? InstalledName(string name) => Installed.GetOrAdd(name, static n =>
    {
        using var typeface = SKFontManager.Default.MatchFamily(n);
        return typeface is not null && string.Equals(typeface.FamilyName, n, StringComparison.OrdinalIgnoreCase) && typeface.ContainsGlyphs(Cyrillic)
            ? typeface.FamilyName
            : null;
    });

    private static bool HasGlyphs(string family, string text)
    {
        var typeface = Typeface(family);
        var probe = new string(text.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
        return probe.Length == 0 || typeface.ContainsGlyphs(probe);
    }

    private static string Fallback()
    {
        using var typeface = SKFontManager.Default.MatchCharacter('Ж');
        return typeface?.FamilyName ?? "serif";
    }
}
