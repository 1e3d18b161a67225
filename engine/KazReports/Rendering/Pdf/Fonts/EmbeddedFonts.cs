using SkiaSharp;

namespace KazReports.Rendering.Pdf.Fonts;

/// <summary>
/// The fonts that go into the PDF. The layout pass records which glyphs of which faces are drawn;
/// <see cref="Freeze"/> then makes a compact TrueType subset of each face (its glyphs renumbered,
/// <see cref="TrueTypeSubsetter"/>), and the recorded pages are written with the subsets, their
/// glyph ids mapped (<see cref="DrawingFont"/>); measuring stays on the original faces and ids.
/// Faces that cannot be subset are embedded whole.
/// </summary>
internal sealed class EmbeddedFonts : Layout.IGlyphFonts, IDisposable
{
    /// <summary>Subsets (native faces) shared with later renders: the first glyph sets, never dropped (the native rule of <see cref="RenderCaches"/>).</summary>
    public const int MaxCachedSubsets = 64;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(IntPtr, string), (SKTypeface Face, SKTypeface? Subset, GlyphMap? Ids)> SubsetCache = new();

    /// <summary>Subsets kept for later renders so far.</summary>
    public static int CachedSubsets => SubsetCache.Count;

    // Faces in the order first used (the subsets are made in that order).
    private readonly Dictionary<IntPtr, Face> used = [];

    // Per SKFont object: its face's entry and, once frozen, the font to draw with. SKFont.Typeface
    // and SKFont.Size are native calls that look the wrapper up each time: asked once per font here.
    private readonly Dictionary<SKFont, FontEntry> fonts = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<(IntPtr, float, bool, float), SKFont> drawing = [];
    private readonly List<SKTypeface> owned = [];
    private bool frozen;

    /// <summary>Faces that were subset, for the report: family and glyph count.</summary>
    public IEnumerable<(string Family, int Glyphs)> Subsets =>
        used.Values.Where(u => u.Subset is not null).Select(u => (u.Typeface.FamilyName, u.Count));

    public void Use(SKFont font, ushort[] glyphs)
    {
        if (frozen)
        {
            return;
        }

        var face = Entry(font).Face;
        foreach (var glyph in glyphs)
        {
            face.Add(glyph);
        }
    }

    public void Freeze()
    {
        frozen = true;
        foreach (var (handle, face) in used)
        {
            var glyphs = face.Glyphs();
            var key = (handle, new string(Array.ConvertAll(glyphs, g => (char)g)));
            if (SubsetCache.TryGetValue(key, out var cached) && ReferenceEquals(cached.Face, face.Typeface))
            {
                face.Subset = cached.Subset;
                face.Ids = cached.Ids;
                continue;
            }

            var file = FontFile(face.Typeface);
            if (file is null)
            {
                continue;
            }

            var subset = TrueTypeSubsetter.Subset(file.Value.Data, file.Value.Index, glyphs);
            var typeface = subset is null ? null : FromBytes(subset.Data);
            if (typeface is not null && typeface.GlyphCount != subset!.GlyphCount)
            {
                typeface.Dispose();
                typeface = null;
            }

            var ids = typeface is null ? null : subset!.Glyphs;

            // Shared with later renders (typefaces are immutable): a few glyph sets are kept, the rest owned here.
            if (!(SubsetCache.Count < MaxCachedSubsets && SubsetCache.TryAdd(key, (face.Typeface, typeface, ids))) && typeface is not null)
            {
                owned.Add(typeface);
            }

            face.Subset = typeface;
            face.Ids = ids;
        }
    }

    /// <summary>
    /// The font to draw <paramref name="glyphs"/> (ids of <paramref name="font"/>'s face) with, and
    /// in <paramref name="drawn"/> (as long as <paramref name="glyphs"/>) the ids to draw in it: once
    /// frozen, the same size and style on the subset face and the subset's ids; the original face and
    /// ids if the subset lacks one of them (never expected: the layout pass counts all it draws), so
    /// nothing is ever drawn blank or as another glyph.
    /// </summary>
    public SKFont DrawingFont(SKFont font, ReadOnlySpan<ushort> glyphs, Span<ushort> drawn)
    {
        glyphs.CopyTo(drawn);
        if (!frozen)
        {
            return font;
        }

        var entry = Entry(font);
        if (entry.Face.Subset is not { } subset || entry.Face.Ids is not { } ids)
        {
            return font;
        }

        foreach (var glyph in glyphs)
        {
            if (!entry.Face.Has(glyph) || !ids.Contains(glyph))
            {
                return font;
            }
        }

        ids.Map(glyphs, drawn);

        if (entry.Drawing is null)
        {
            var key = (entry.Face.Typeface.Handle, font.Size, font.Embolden, font.SkewX);
            if (!drawing.TryGetValue(key, out var result))
            {
                result = new SKFont(subset, font.Size, font.ScaleX, font.SkewX)
                {
                    Embolden = font.Embolden,
                    Hinting = font.Hinting,
                    LinearMetrics = font.LinearMetrics,
                    Subpixel = font.Subpixel,
                    Edging = font.Edging,
                };
                drawing[key] = result;
            }

            entry.Drawing = result;
        }

        return entry.Drawing;
    }

    /// <summary>
    /// The subset of a face once frozen, for text drawn by others by characters (charts): its cmap
    /// maps the characters of the glyphs counted with <see cref="Use"/>, so every character they
    /// draw must have been counted. The face itself when it was not subset.
    /// </summary>
    public SKTypeface DrawingTypeface(SKTypeface face) =>
        frozen && used.TryGetValue(face.Handle, out var entry) && entry.Subset is { } subset ? subset : face;

    public void Dispose()
    {
        foreach (var font in drawing.Values)
        {
            font.Dispose();
        }

        foreach (var face in owned)
        {
            face.Dispose();
        }

        drawing.Clear();
        owned.Clear();
        fonts.Clear();
        used.Clear();
    }

    /// <summary>A typeface of font file bytes; the data wrapper is released here (the typeface holds its own reference), not left to the finalizer.</summary>
    private static SKTypeface? FromBytes(byte[] bytes)
    {
        using var data = SKData.CreateCopy(bytes);
        return SKTypeface.FromData(data);
    }

    private FontEntry Entry(SKFont font)
    {
        if (!fonts.TryGetValue(font, out var entry))
        {
            var typeface = font.Typeface;
            if (!used.TryGetValue(typeface.Handle, out var face))
            {
                face = new Face(typeface);
                used[typeface.Handle] = face;
            }

            entry = new FontEntry(face);
            fonts[font] = entry;
        }

        return entry;
    }

    /// <summary>The bytes of a face's file, read once per process (the faces are process-wide too; <see cref="RenderCaches.FontFileBytes"/>).</summary>
    private static (byte[] Data, int Index)? FontFile(SKTypeface face)
    {
        var file = RenderCaches.FontFileBytes.Get(face, 0, static (f, _) => (Read(f, out var index), index));
        return file.Data is null ? null : (file.Data, file.Index);

        static byte[]? Read(SKTypeface face, out int index)
        {
            using var stream = face.OpenStream(out index);
            if (stream is null || stream.Length <= 0)
            {
                return null;
            }

            var data = new byte[stream.Length];
            return stream.Read(data, data.Length) == data.Length ? data : null;
        }
    }

    private sealed class Face(SKTypeface typeface)
    {
        // One bit per glyph id (8 KB for all 65 536).
        private readonly ulong[] bits = new ulong[(ushort.MaxValue + 1) / 64];

        public SKTypeface Typeface { get; } = typeface;

        public int Count { get; private set; }

        public SKTypeface? Subset { get; set; }

        /// <summary>The glyph ids in <see cref="Subset"/> of the face's glyph ids.</summary>
        public GlyphMap? Ids { get; set; }

        public bool Has(ushort glyph) => (bits[glyph >> 6] & (1UL << (glyph & 63))) != 0;

        public void Add(ushort glyph)
        {
            ref var word = ref bits[glyph >> 6];
            var bit = 1UL << (glyph & 63);
            if ((word & bit) == 0)
            {
                word |= bit;
                Count++;
            }
        }

        /// <summary>The glyphs used, in ascending order.</summary>
        public ushort[] Glyphs()
        {
            var result = new ushort[Count];
            var n = 0;
            for (var w = 0; w < bits.Length && n < result.Length; w++)
            {
                var word = bits[w];
                while (word != 0)
                {
                    result[n++] = (ushort)((w << 6) + System.Numerics.BitOperations.TrailingZeroCount(word));
                    word &= word - 1;
                }
            }

            return result;
        }
    }

    private sealed class FontEntry(Face face)
    {
        public Face Face { get; } = face;

        public SKFont? Drawing { get; set; }
    }
}
