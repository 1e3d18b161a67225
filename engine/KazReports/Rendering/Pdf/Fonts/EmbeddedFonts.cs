using SkiaSharp;

namespace KazReports.Rendering.Pdf.Fonts;

/// <summary>
/// The fonts that go into the PDF. The counting pass records which glyphs of which faces are drawn;
/// <see cref="Freeze"/> then makes a TrueType subset of each face, and the drawing pass draws with
/// the subsets (same glyph ids, same metrics: measuring stays on the original faces, so the layout
/// of both passes is the same). Faces that cannot be subset are embedded whole.
/// </summary>
internal sealed class EmbeddedFonts : IDisposable
{
    private readonly Dictionary<IntPtr, (SKTypeface Face, SortedSet<ushort> Glyphs)> used = [];
    private readonly Dictionary<IntPtr, SKTypeface> subsets = [];
    private readonly Dictionary<(IntPtr, float, bool, float), SKFont> drawing = [];
    private bool frozen;

    /// <summary>Faces that were subset, for the report: family and glyph count.</summary>
    public IEnumerable<(string Family, int Glyphs)> Subsets =>
        used.Where(u => subsets.ContainsKey(u.Key)).Select(u => (u.Value.Face.FamilyName, u.Value.Glyphs.Count));

    public void Use(SKFont font, ushort[] glyphs)
    {
        if (frozen)
        {
            return;
        }

        var face = font.Typeface;
        if (!used.TryGetValue(face.Handle, out var entry))
        {
            entry = (face, []);
            used[face.Handle] = entry;
        }

        entry.Glyphs.UnionWith(glyphs);
    }

    public void Freeze()
    {
        frozen = true;
        foreach (var (handle, (face, glyphs)) in used)
        {
            using var stream = face.OpenStream(out var index);
            if (stream is null || stream.Length <= 0)
            {
                continue;
            }

            var data = new byte[stream.Length];
            if (stream.Read(data, data.Length) != data.Length)
            {
                continue;
            }

            var subset = TrueTypeSubsetter.Subset(data, index, glyphs);
            var typeface = subset is null ? null : SKTypeface.FromData(SKData.CreateCopy(subset));
            if (typeface is not null && typeface.GlyphCount == face.GlyphCount)
            {
                subsets[handle] = typeface;
            }
            else
            {
                typeface?.Dispose();
            }
        }
    }

    /// <summary>
    /// The font to draw <paramref name="glyphs"/> with: the same size and style on the subset face,
    /// once frozen; the original face if the subset lacks one of them (never expected: both passes
    /// draw the same glyphs), so nothing is ever drawn blank.
    /// </summary>
    public SKFont DrawingFont(SKFont font, ushort[] glyphs)
    {
        var face = font.Typeface;
        if (!frozen || !subsets.TryGetValue(face.Handle, out var subset) || !glyphs.All(used[face.Handle].Glyphs.Contains))
        {
            return font;
        }

        var key = (face.Handle, font.Size, font.Embolden, font.SkewX);
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

        return result;
    }

    /// <summary>
    /// The subset of a face once frozen, for text drawn by others (charts): every glyph they draw
    /// must have been counted with <see cref="Use"/>. The face itself when it was not subset.
    /// </summary>
    public SKTypeface DrawingTypeface(SKTypeface face) =>
        frozen && subsets.TryGetValue(face.Handle, out var subset) ? subset : face;

    public void Dispose()
    {
        foreach (var font in drawing.Values)
        {
            font.Dispose();
        }

        foreach (var face in subsets.Values)
        {
            face.Dispose();
        }

        drawing.Clear();
        subsets.Clear();
    }
}
