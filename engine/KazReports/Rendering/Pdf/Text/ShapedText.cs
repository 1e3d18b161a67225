using SkiaSharp;

namespace KazReports.Rendering.Pdf.Text;

/// <summary>
/// Glyphs of one font for a stretch of text: glyph ids, the x of each glyph from the run's start
/// (advances with kerning and letter spacing), and the index in the text where each glyph's
/// character starts. What is measured is exactly what is drawn.
/// </summary>
internal sealed record GlyphRun(SKFont Font, ushort[] Glyphs, float[] Offsets, int[] CharStarts, float Width);

/// <summary>A text in one style, shaped: one run per font (the main face and any fallback faces).</summary>
internal sealed record ShapedText(string Text, TextStyle Style, IReadOnlyList<GlyphRun> Runs, float Width)
{
    /// <summary>The x after the first <paramref name="chars"/> characters (at a glyph boundary).</summary>
    public float WidthOfPrefix(int chars)
    {
        var x = 0f;
        foreach (var run in Runs)
        {
            for (var g = 0; g < run.Glyphs.Length; g++)
            {
                if (run.CharStarts[g] >= chars)
                {
                    return x + run.Offsets[g];
                }
            }

            x += run.Width;
        }

        return x;
    }

    /// <summary>Character indexes where a glyph starts (the places the text may be cut), in order, without 0.</summary>
    public IEnumerable<int> CutPoints() =>
        Runs.SelectMany(r => r.CharStarts).Where(c => c > 0).Distinct();
}
