using KazReports.Documents;
using KazReports.Rendering.Charts;
using KazReports.Rendering.Fonts;
using KazReports.Rendering.Pdf.Fonts;
using KazReports.Rendering.Pdf.Text;
using SkiaSharp;

namespace KazReports.Rendering;

/// <summary>
/// Every process-wide memo of rendering, in one place and under one policy: each is a
/// <see cref="BoundedCache{TKey, TValue}"/> of a pure function (the same key always gives the same
/// value), bounded by two generations of the size named here, thread-safe, counted for
/// <c>kaz build --timings</c> and emptied by <see cref="Reset"/>. A memo changes nothing but time:
/// a build after <see cref="Reset"/> writes the same bytes.
/// <para>
/// Native objects that live as long as the process are not memos and follow their own rule
/// (<see cref="Resources"/>): the typefaces of the font files (<see cref="FontSet"/>), the Skia fonts
/// shared by shaped texts and charts (<see cref="SharedFonts"/>, <see cref="ChartFonts"/>) and the
/// first subsets of faces (<see cref="EmbeddedFonts"/>). Shaped texts and renders running at any
/// moment hold them without owning them, so they are made once, bounded by a count (past it a caller
/// makes its own and disposes it) and never disposed nor dropped; <see cref="Reset"/> leaves them.
/// </para>
/// </summary>
internal static class RenderCaches
{
    // Sizes: entries per generation (a memo holds at most twice as many).

    /// <summary>Shaped texts of the PDF: a shaped word with its arrays takes about 400 bytes.</summary>
    public const int ShapedTextEntries = 8192;

    /// <summary>Hyphen points of words: the same words come in every letter.</summary>
    public const int HyphenPointEntries = 20_000;

    /// <summary>Chart texts: families, wrapped labels and widths (a width per text, size and face).</summary>
    public const int ChartTextEntries = 4096;

    public const int ChartWidthEntries = 16384;

    /// <summary>Things of which a build has a handful: per theme, font set, face or plottable type.</summary>
    public const int FewEntries = 64;

    public static readonly BoundedCache<ShapeCache.Key, ShapeEntry> ShapedTexts =
        new("формы текстов PDF", ShapedTextEntries, ShapeCache.KeyComparer.Instance);

    public static readonly BoundedCache<(string Word, int LeftMin, int RightMin, int WordMin), int[]> HyphenPoints =
        new("точки переноса слов", HyphenPointEntries);

    public static readonly BoundedCache<(FontSet Fonts, int Style), SharedFonts.FaceChoice> FaceChoices =
        new("выбор начертаний по знакам", FewEntries);

    public static readonly BoundedCache<SKTypeface, (byte[]? Data, int Index)> FontFileBytes =
        new("байты файлов шрифтов", FewEntries, ReferenceEqualityComparer.Instance);

    public static readonly BoundedCache<(FontSet Fonts, string Text), string> ChartFamilies =
        new("шрифты подписей диаграмм", ChartTextEntries);

    public static readonly BoundedCache<(string Family, float Size, bool Bold, string Text), float> ChartWidths =
        new("ширины подписей диаграмм", ChartWidthEntries);

    public static readonly BoundedCache<(string Text, string Family, float Size, float Width, bool Bold), string[]> ChartWrapped =
        new("переносы подписей диаграмм", ChartTextEntries);

    public static readonly BoundedCache<Theme, IReadOnlyList<string>> ChartPalettes =
        new("палитры диаграмм", FewEntries, ReferenceEqualityComparer.Instance);

    public static readonly BoundedCache<Type, Func<object, ScottPlot.LabelStyle?>[]> ChartLabelAccessors =
        new("подписи в типах ScottPlot", FewEntries);

    public static readonly BoundedCache<Theme, byte[]> DocxStyles =
        new("styles.xml по темам", FewEntries, ReferenceEqualityComparer.Instance);

    public static readonly BoundedCache<(bool Hyphenate, int ConsecutiveHyphens), byte[]> DocxSettings =
        new("settings.xml", FewEntries);

    private static readonly IRenderCache[] All =
    [
        ShapedTexts, HyphenPoints, FaceChoices, FontFileBytes, ChartFamilies, ChartWidths, ChartWrapped,
        ChartPalettes, ChartLabelAccessors, DocxStyles, DocxSettings,
    ];

    /// <summary>Each memo: name, entries held, entries per generation, hits and misses since the start or <see cref="Reset"/>.</summary>
    public static IReadOnlyList<CacheCount> Counts() =>
        [.. All.Select(c => new CacheCount(c.Name, c.Count, c.Capacity, c.Hits, c.Misses))];

    /// <summary>The process-lived native objects (not emptied by <see cref="Reset"/>): name, count and bound (0: as many as the theme's files).</summary>
    public static IReadOnlyList<(string Name, int Count, int Limit)> Resources() =>
    [
        ("гарнитуры из файлов шрифтов", FontSet.LoadedCount, 0),
        ("шрифты Skia текста PDF", SharedFonts.Count, SharedFonts.MaxFonts),
        ("шрифты Skia диаграмм", ChartFonts.FontCount, ChartFonts.MaxFonts),
        ("подмножества шрифтов PDF", EmbeddedFonts.CachedSubsets, EmbeddedFonts.MaxCachedSubsets),
    ];

    /// <summary>Empties every memo and its counts (tests: a render after it must give the same bytes).</summary>
    public static void Reset()
    {
        foreach (var cache in All)
        {
            cache.Clear();
        }
    }
}

/// <summary>The counts of one memo of <see cref="RenderCaches"/>.</summary>
internal sealed record CacheCount(string Name, int Entries, int Capacity, long Hits, long Misses);
