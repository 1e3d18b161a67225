namespace KazReports.Rendering.Pdf.Fonts;

/// <summary>
/// A compact subset of a TrueType font (<see cref="TrueTypeSubsetter"/>): the font file and the
/// glyph id in it of each glyph id of the original font.
/// </summary>
internal sealed class FontSubset(byte[] data, GlyphMap glyphs)
{
    /// <summary>The font file.</summary>
    public byte[] Data { get; } = data;

    /// <summary>The ids in the subset of the original glyph ids.</summary>
    public GlyphMap Glyphs { get; } = glyphs;

    /// <summary>The number of glyphs in the subset (.notdef, the glyphs used and their components).</summary>
    public int GlyphCount => Glyphs.Count;

    /// <summary>The id in the subset of an original glyph id; 0 (.notdef) for a glyph not in it.</summary>
    public ushort this[ushort glyph] => Glyphs[glyph];

    /// <summary>True when the original glyph is in the subset (.notdef always is).</summary>
    public bool Contains(ushort glyph) => Glyphs.Contains(glyph);
}

/// <summary>
/// The glyph id in a subset of each glyph id of the original font. Immutable: kept with the cached
/// subsets (without their font files, which the typefaces hold) and shared between renders.
/// </summary>
internal sealed class GlyphMap
{
    // New id of each original id; 0 (.notdef) for the glyphs not in the subset.
    private readonly ushort[] ids;

    /// <param name="ids">The new id of each original id, 0 for the glyphs dropped.</param>
    /// <param name="count">The number of glyphs in the subset.</param>
    public GlyphMap(ushort[] ids, int count)
    {
        this.ids = ids;
        Count = count;
    }

    /// <summary>The number of glyphs in the subset.</summary>
    public int Count { get; }

    /// <summary>The id in the subset of an original glyph id; 0 (.notdef) for a glyph not in it.</summary>
    public ushort this[ushort glyph] => glyph < ids.Length ? ids[glyph] : (ushort)0;

    /// <summary>True when the original glyph is in the subset (.notdef always is).</summary>
    public bool Contains(ushort glyph) => glyph == 0 || this[glyph] != 0;

    /// <summary>Writes the subset ids of <paramref name="glyphs"/> (original ids) to <paramref name="into"/>.</summary>
    public void Map(ReadOnlySpan<ushort> glyphs, Span<ushort> into)
    {
        for (var i = 0; i < glyphs.Length; i++)
        {
            into[i] = this[glyphs[i]];
        }
    }
}
