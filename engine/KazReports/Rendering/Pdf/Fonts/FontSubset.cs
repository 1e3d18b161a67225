namespace KazReports.Rendering.Pdf.Fonts;

/// <summary>
/// A compact subset of a TrueType font (<see cref="TrueTypeSubsetter"/>): the font file and the
/// glyph id in it of each glyph id of the original font. Immutable: shared between renders.
/// </summary>
internal sealed class FontSubset
{
    // New id of each original id; 0 (.notdef) for the glyphs not in the subset.
    private readonly ushort[] ids;

    public FontSubset(byte[] data, ushort[] ids, int glyphCount)
    {
        Data = data;
        this.ids = ids;
        GlyphCount = glyphCount;
    }

    /// <summary>The font file.</summary>
    public byte[] Data { get; }

    /// <summary>The number of glyphs in the subset (.notdef, the glyphs used and their components).</summary>
    public int GlyphCount { get; }

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
