using System.Collections.Concurrent;
using KazReports.Documents;
using SkiaSharp;

namespace KazReports.Rendering.Fonts;

/// <summary>
/// The faces of a theme's <see cref="FontFiles"/>, loaded from the files only (never a font the
/// system has: the same data gives the same PDF on every machine): regular, bold, italic, bold
/// italic of the main family, and the fallback faces for characters it lacks. Loaded once per
/// process and shared between renders (typefaces are immutable): native objects that shaped texts
/// and every running render hold, so never dropped nor disposed (the native rule of
/// <see cref="RenderCaches"/>); as many as the themes' font files.
/// </summary>
internal sealed class FontSet
{
    private static readonly ConcurrentDictionary<string, FontSet> Cache = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, SKTypeface> Loaded = new(StringComparer.Ordinal);

    // Chart texts name a family (ScottPlot's labels have a font name): the faces of the sets made so far, by family.
    private static readonly ConcurrentDictionary<(string Family, bool Bold), SKTypeface> Named = new();

    private readonly SKTypeface[] faces;

    private FontSet(FontFiles files, SKTypeface[] faces, IReadOnlyList<SKTypeface> fallbacks)
    {
        Files = files;
        this.faces = faces;
        Fallbacks = fallbacks;
    }

    public FontFiles Files { get; }

    /// <summary>Typefaces loaded from files so far.</summary>
    public static int LoadedCount => Loaded.Count;

    /// <summary>The main family's name, as its regular face reports it.</summary>
    public string Family => faces[0].FamilyName;

    /// <summary>The faces for characters the main family lacks, in the theme's order.</summary>
    public IReadOnlyList<SKTypeface> Fallbacks { get; }

    public static FontSet For(Theme theme) => For(theme.Fonts);

    public static FontSet For(FontFiles files) => Cache.GetOrAdd(files.Key, _ => Create(files));

    public SKTypeface Typeface(bool bold, bool italic) => faces[(bold ? 1 : 0) + (italic ? 2 : 0)];

    /// <summary>The first fallback face that has the character; null when none has it.</summary>
    public SKTypeface? Fallback(int codepoint)
    {
        foreach (var face in Fallbacks)
        {
            if (face.ContainsGlyph(codepoint))
            {
                return face;
            }
        }

        return null;
    }

    /// <summary>A face of a family some loaded set has (the main family's regular or bold face, or a fallback), else null.</summary>
    public static SKTypeface? Face(string family, bool bold) =>
        Named.TryGetValue((family, bold), out var face) || Named.TryGetValue((family, false), out face) ? face : null;

    /// <summary>The full path of a font file: a relative path is a font shipped with the program.</summary>
    public static string PathOf(string file) =>
        Path.IsPathRooted(file) ? file : Path.Combine(AppContext.BaseDirectory, FontFiles.BundledFolder, file);

    /// <summary>The typeface of a font file, loaded once per process.</summary>
    public static SKTypeface Load(string file) => Loaded.GetOrAdd(PathOf(file), static path =>
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"нет файла шрифта {path}", path);
        }

        return SKTypeface.FromFile(path) ?? throw new InvalidDataException($"файл {path} не читается как шрифт");
    });

    private static FontSet Create(FontFiles files)
    {
        var faces = new[] { Load(files.Regular), Load(files.Bold), Load(files.Italic), Load(files.BoldItalic) };
        var fallbacks = files.Fallbacks.Select(Load).ToArray();
        var set = new FontSet(files, faces, fallbacks);
        Named.TryAdd((set.Family, false), faces[0]);
        Named.TryAdd((set.Family, true), faces[1]);
        foreach (var face in fallbacks)
        {
            Named.TryAdd((face.FamilyName, false), face);
        }

        return set;
    }
}
