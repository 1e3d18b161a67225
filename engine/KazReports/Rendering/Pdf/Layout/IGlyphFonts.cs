using SkiaSharp;

namespace KazReports.Rendering.Pdf.Layout;

/// <summary>
/// What the page loop needs of the fonts: glyphs counted as they are drawn, then the fonts to play
/// the pages with. Embedding (subsetting, freezing) is the Fonts folder's business, not the layout's.
/// </summary>
internal interface IGlyphFonts
{
    /// <summary>Counts <paramref name="glyphs"/> of <paramref name="font"/> as used on a page.</summary>
    void Use(SKFont font, ushort[] glyphs);

    /// <summary>The font to draw <paramref name="glyphs"/> with, their ids written to <paramref name="drawn"/>.</summary>
    SKFont DrawingFont(SKFont font, ReadOnlySpan<ushort> glyphs, Span<ushort> drawn);

    /// <summary>The typeface to draw with in place of <paramref name="face"/> (a chart's text).</summary>
    SKTypeface DrawingTypeface(SKTypeface face);
}
