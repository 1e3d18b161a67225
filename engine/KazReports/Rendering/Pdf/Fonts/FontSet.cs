using System.Collections.Concurrent;
using SkiaSharp;

namespace KazReports.Rendering.Pdf.Fonts;

/// <summary>
/// The four faces (regular, bold, italic, bold italic) of the first theme font family found, matched
/// through <see cref="SKFontManager.Default"/>; then our own fallbacks (Liberation Serif, DejaVu
/// Serif, any serif), then Skia's default face. Which family and file were used is printed to stderr
/// once per process. Typefaces are immutable and shared between renders.
/// </summary>
internal sealed class FontSet
{
    private static readonly string[] Fallbacks = ["Liberation Serif", "DejaVu Serif", "Times New Roman", "serif"];
    private static readonly ConcurrentDictionary<string, FontSet> Cache = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, bool> Reported = new(StringComparer.Ordinal);

    private readonly SKTypeface[] faces;

    private FontSet(IReadOnlyList<string> requested, SKTypeface[] faces, string family, bool firstChoice)
    {
        Requested = requested;
        this.faces = faces;
        Family = family;
        FirstChoice = firstChoice;
    }

    /// <summary>The families the theme asked for, in order.</summary>
    public IReadOnlyList<string> Requested { get; }

    /// <summary>The family actually used (as the font reports it).</summary>
    public string Family { get; }

    /// <summary>True when the theme's first family was found under its own name.</summary>
    public bool FirstChoice { get; }

    /// <summary>Writes the choice to this writer instead of stderr (tests); null for stderr.</summary>
    internal static TextWriter? Log { get; set; }

    public static FontSet For(IReadOnlyList<string> families)
    {
        var requested = families.Where(f => !string.IsNullOrWhiteSpace(f)).Select(f => f.Trim()).ToList();
        var set = Cache.GetOrAdd(string.Join("|", requested), _ => Resolve(requested));
        set.ReportOnce();
        return set;
    }

    public SKTypeface Typeface(bool bold, bool italic) => faces[(bold ? 1 : 0) + (italic ? 2 : 0)];

    private static FontSet Resolve(List<string> requested)
    {
        var manager = SKFontManager.Default;
        foreach (var family in requested.Concat(Fallbacks).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var regular = manager.MatchFamily(family, SKFontStyle.Normal);
            if (regular is null)
            {
                continue;
            }

            var actual = regular.FamilyName;
            var faces = new[]
            {
                regular,
                manager.MatchFamily(actual, SKFontStyle.Bold) ?? regular,
                manager.MatchFamily(actual, SKFontStyle.Italic) ?? regular,
                manager.MatchFamily(actual, SKFontStyle.BoldItalic) ?? regular,
            };
            var first = requested.Count > 0 && string.Equals(requested[0], actual, StringComparison.OrdinalIgnoreCase);
            return new FontSet(requested, faces, actual, first);
        }

        var fallback = SKTypeface.Default;
        return new FontSet(requested, [fallback, fallback, fallback, fallback], fallback.FamilyName, false);
    }

    private void ReportOnce()
    {
        var key = string.Join("|", Requested) + "->" + Family;
        if (!Reported.TryAdd(key, true))
        {
            return;
        }

        var file = FontFileLocator.Find(faces[0]) ?? "файл не определён";
        var wanted = Requested.Count > 0 ? Requested[0] : "(не задан)";
        var message = FirstChoice
            ? $"PDF: шрифт {Family} ({file})"
            : $"PDF: шрифт {wanted} не найден, использован {Family} ({file})";
        (Log ?? Console.Error).WriteLine(message);
    }
}
