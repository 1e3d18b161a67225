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

    /// <summary>Sizes of chart texts vary with the chart's size: a bound on the fonts kept for measuring.</summary>
    private const int MaxFonts = 256;

    private static readonly ConcurrentDictionary<string, string?> Installed = new(StringComparer.OrdinalIgnoreCase);

    // Charts of every letter measure the same labels and ask the family of the same titles: remembered.
    private static readonly BoundedCache<(string Families, string Text), string> Families = new(4096);

    // A theme's non-blank families, one per line: the part of the key that says which theme asks.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Theme, string> ThemeFamilies = new();
    private static readonly BoundedCache<(string Family, float Size, bool Bold, string Text), float> Widths = new(16384);
    private static readonly ConcurrentDictionary<(string Family, float Size, bool Bold), SKFont> Fonts = new();
    private static int fontCount;

    public static string Family(Theme theme) => Family(theme, Cyrillic);

    /// <summary>The family for one text: the theme's first installed family that has all its glyphs.</summary>
    public static string Family(Theme theme, string text)
    {
        var probe = string.IsNullOrEmpty(text) ? Cyrillic : text;
        var families = ThemeFamilies.GetValue(theme, static t => string.Join('\n', t.FontFamilies.Where(f => !string.IsNullOrWhiteSpace(f))));
        return Families.Get((families, probe), 0, static (key, _) => Choose(key.Families.Split('\n', StringSplitOptions.RemoveEmptyEntries), key.Text));
    }

    private static string Choose(string[] requested, string probe)
    {
        string? first = null;
        foreach (var name in requested.Append("DejaVu Serif").Append("DejaVu Sans"))
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
    public static float Measure(string family, float sizePt, string text, bool bold = false) =>
        Widths.Get((family, sizePt, bold, text), 0, static (key, _) =>
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
