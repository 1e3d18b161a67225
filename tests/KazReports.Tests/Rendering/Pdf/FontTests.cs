using KazReports.Documents;
using KazReports.Rendering.Pdf.Fonts;
using static KazReports.Tests.Rendering.Pdf.PdfSamples;

namespace KazReports.Tests.Rendering.Pdf;

[CollectionDefinition(nameof(FontMessages), DisableParallelization = true)]
public sealed class FontMessages;

/// <summary>Font families resolved in the theme's order with fallbacks, reported once, embedded as subsets.</summary>
[Collection(nameof(FontMessages))]
public sealed class FontTests
{
    [Fact]
    public void A_missing_family_falls_back_and_is_reported_once()
    {
        var log = new StringWriter();
        var previous = FontSet.Log;
        FontSet.Log = log;
        try
        {
            string[] families = ["Шрифт Которого Нет", "DejaVu Serif"];
            var first = FontSet.For(families);
            var second = FontSet.For(families);
            Assert.Same(first, second);
            Assert.Equal("DejaVu Serif", first.Family);
            var lines = log.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            var line = Assert.Single(lines);
            Assert.StartsWith("PDF: шрифт Шрифт Которого Нет не найден, использован DejaVu Serif (", line, StringComparison.Ordinal);
            Assert.Contains("DejaVuSerif", line, StringComparison.Ordinal);
        }
        finally
        {
            FontSet.Log = previous;
        }
    }

    [Fact]
    public void Only_dejavu_renders_with_dejavu_embedded()
    {
        var theme = Theme.Default with { FontFamilies = ["DejaVu Serif"] };
        var result = Render(Everything(), theme);
        var fonts = PdfTools.Fonts(result.Pdf);
        Assert.All(fonts, f => Assert.Contains("DejaVuSerif", f.Name, StringComparison.Ordinal));
        Assert.All(fonts, f => Assert.True(f.Embedded));
        Assert.Equal(0, PdfTools.QpdfCheck(result.Pdf).Exit);
    }

    [Fact]
    public void No_family_at_all_still_renders()
    {
        var theme = Theme.Default with { FontFamilies = [] };
        Assert.True(Render(Of(P(Prose)), theme).Pdf.Length > 1000);
    }

    [Fact]
    public void A_subset_keeps_the_glyphs_used_and_drops_the_rest()
    {
        var face = FontSet.For(Theme.Default.FontFamilies).Typeface(false, false);
        using var stream = face.OpenStream(out var index);
        var data = new byte[stream.Length];
        stream.Read(data, data.Length);
        var glyphs = face.GetGlyphs("Приказ № 18");
        var subset = TrueTypeSubsetter.Subset(data, index, glyphs);
        Assert.NotNull(subset);
        Assert.True(subset.Length < data.Length / 4, $"{subset.Length} из {data.Length}");
        using var typeface = SkiaSharp.SKTypeface.FromData(SkiaSharp.SKData.CreateCopy(subset));
        Assert.NotNull(typeface);
        Assert.Equal(face.GlyphCount, typeface.GlyphCount);
        Assert.Equal(glyphs, typeface.GetGlyphs("Приказ № 18"));
        using var original = new SkiaSharp.SKFont(face, 14);
        using var copy = new SkiaSharp.SKFont(typeface, 14);
        Assert.Equal(original.GetGlyphWidths(glyphs), copy.GetGlyphWidths(glyphs));
        using var path = copy.GetGlyphPath(glyphs[0]);
        Assert.False(path.IsEmpty);
        using var dropped = copy.GetGlyphPath(face.GetGlyph('Ж'));
        Assert.True(dropped.IsEmpty);
    }
}
