using KazReports.Documents;
using KazReports.Tests.Composition;
using KazReports.Rendering.Fonts;
using KazReports.Rendering.Pdf.Fonts;
using static KazReports.Tests.Rendering.Pdf.PdfSamples;

namespace KazReports.Tests.Rendering.Pdf;

/// <summary>The theme's font files loaded from the files (never the system's), embedded as subsets.</summary>
public sealed class FontTests
{
    [Fact]
    public void The_faces_are_the_bundled_files_whatever_the_system_has()
    {
        var fonts = FontSet.For(Theme.Default);
        Assert.Equal("Liberation Serif", fonts.Family);
        string[] files = ["LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf", "LiberationSerif-BoldItalic.ttf"];
        var faces = new[] { fonts.Typeface(false, false), fonts.Typeface(true, false), fonts.Typeface(false, true), fonts.Typeface(true, true) };
        for (var i = 0; i < files.Length; i++)
        {
            // The very bytes of the file in templates/fonts (copied next to the program).
            Assert.Equal(File.ReadAllBytes(Path.Combine(Repo.Templates, "fonts", files[i])), FileOf(faces[i], out _));
        }

        Assert.True(faces[1].IsBold && faces[3].IsBold && faces[2].IsItalic && faces[3].IsItalic);
        Assert.Equal(["DejaVu Serif", "DejaVu Sans"], fonts.Fallbacks.Select(f => f.FamilyName));
    }

    [Fact]
    public void Only_dejavu_renders_with_dejavu_embedded()
    {
        var dejaVu = Path.Combine(Repo.Templates, "fonts", "DejaVuSerif.ttf");
        var theme = Theme.Default with { Fonts = new FontFiles(dejaVu, dejaVu, dejaVu, dejaVu, []) };
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
    public void A_subset_keeps_the_glyphs_used_renumbered_and_drops_the_rest()
    {
        var face = Face(["Liberation Serif"]);
        var data = FileOf(face, out var index);
        const string Text = "Приказ № 18";
        var glyphs = face.GetGlyphs(Text);
        var subset = TrueTypeSubsetter.Subset(data, index, glyphs);
        Assert.NotNull(subset);
        Assert.True(subset.Data.Length < data.Length / 20, $"{subset.Data.Length} из {data.Length}");
        // .notdef, the glyphs used and the components of composites (№): a handful, not the font's 2 600.
        var distinct = glyphs.Distinct().Count();
        Assert.InRange(subset.GlyphCount, distinct + 1, distinct + 6);

        // New ids in the order of the original ids, from 1.
        var order = glyphs.Distinct().Order().Select(g => (int)subset[g]).ToArray();
        Assert.True(order[0] >= 1 && order.Zip(order.Skip(1)).All(p => p.First < p.Second), string.Join(", ", order));
        Assert.All(order, id => Assert.InRange(id, 1, subset.GlyphCount - 1));
        using var typeface = Load(subset);
        Assert.Equal(subset.GlyphCount, typeface.GlyphCount);
        var mapped = glyphs.Select(g => subset[g]).ToArray();
        Assert.Equal(mapped, typeface.GetGlyphs(Text));
        AssertSameGlyphs(face, glyphs, typeface, mapped);

        var dropped = face.GetGlyph('Ж');
        Assert.False(subset.Contains(dropped));
        Assert.Equal(0, subset[dropped]);
        Assert.Equal(0, typeface.GetGlyph('Ж'));
        Assert.Equal("Liberation Serif", typeface.FamilyName);
    }

    [Fact]
    public void Composite_glyphs_bring_their_components_under_new_ids()
    {
        var face = Face(["Liberation Serif"]);
        var data = FileOf(face, out var index);
        const string Text = "йЁё";
        var glyphs = face.GetGlyphs(Text);
        var subset = TrueTypeSubsetter.Subset(data, index, glyphs);
        Assert.NotNull(subset);
        Assert.True(subset.GlyphCount > glyphs.Distinct().Count() + 1, $"{subset.GlyphCount} глифов: составные глифы без частей?");
        using var typeface = Load(subset);
        Assert.Equal(subset.GlyphCount, typeface.GlyphCount);
        var mapped = glyphs.Select(g => subset[g]).ToArray();
        Assert.Equal(mapped, typeface.GetGlyphs(Text));
        AssertSameGlyphs(face, glyphs, typeface, mapped);

        // The components are not characters of the subset: only the glyphs used are mapped.
        Assert.Equal(0, typeface.GetGlyph('и'));
    }

    [Fact]
    public void Characters_beyond_the_bmp_are_mapped_through_a_format_12_cmap()
    {
        var face = Face(["DejaVu Serif"]);
        Assert.Equal("DejaVu Serif", face.FamilyName);
        var data = FileOf(face, out var index);
        const string Text = "Ж 𝐴𝐵 ё";
        var glyphs = face.GetGlyphs(Text);
        Assert.DoesNotContain((ushort)0, glyphs);
        var subset = TrueTypeSubsetter.Subset(data, index, glyphs);
        Assert.NotNull(subset);
        using var typeface = Load(subset);
        var mapped = glyphs.Select(g => subset[g]).ToArray();
        Assert.Equal(mapped, typeface.GetGlyphs(Text));
        AssertSameGlyphs(face, glyphs, typeface, mapped);
    }

    [Fact]
    public void A_subset_is_the_same_bytes_every_time_whatever_the_order_of_the_glyphs()
    {
        var face = Face(["Liberation Serif"]);
        var data = FileOf(face, out var index);
        var glyphs = face.GetGlyphs("Муниципальное казённое учреждение, 2024 г.");
        var first = TrueTypeSubsetter.Subset(data, index, glyphs)!;
        var second = TrueTypeSubsetter.Subset(data, index, glyphs.Reverse().Concat(glyphs))!;
        Assert.Equal(first.Data, second.Data);
        Assert.Equal(first.GlyphCount, second.GlyphCount);
    }

    [Fact]
    public void The_pdf_embeds_compact_subsets_and_its_text_extracts()
    {
        var result = Render(Everything());
        var text = PdfTools.Text(result.Pdf);
        Assert.Equal(0, PdfTools.QpdfCheck(result.Pdf).Exit);
        var fonts = PdfTools.Fonts(result.Pdf);
        Assert.NotEmpty(fonts);
        Assert.All(fonts, f => Assert.True(f.Embedded));

        // Length1: the size of each embedded TrueType file; a glyph-preserving subset had 20 KB of loca and hmtx alone.
        var lengths = System.Text.RegularExpressions.Regex.Matches(System.Text.Encoding.Latin1.GetString(result.Pdf), @"/Length1 (\d+)")
            .Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.NotEmpty(lengths);
        Assert.All(lengths, l => Assert.True(l < 40_000, $"файл шрифта {l} байт"));
        foreach (var expected in new[] { "ПРИКАЗ", "1. Общие сведения", "Жирный курсив подчёркнутый", "Доля «2» по годам", "Математика", "Исполнитель: Иванова А.А." })
        {
            Assert.Contains(expected, text.Replace('\n', ' '), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Text_is_drawn_with_the_subset_ids_and_charts_find_their_characters_in_the_subset()
    {
        var face = Face(["Liberation Serif"]);
        using var font = new SkiaSharp.SKFont(face, 12);
        var text = font.GetGlyphs("Доля «2», %");
        var chart = font.GetGlyphs("Район 0123456789,.-−+%");
        using var fonts = new EmbeddedFonts();
        fonts.Use(font, text);
        fonts.Use(font, chart);
        var drawn = new ushort[text.Length];
        Assert.Same(font, fonts.DrawingFont(font, text, drawn));
        Assert.Equal(text, drawn);

        fonts.Freeze();
        var subset = fonts.DrawingFont(font, text, drawn);
        Assert.NotSame(font, subset);
        Assert.Equal(font.Size, subset.Size);
        var typeface = subset.Typeface;
        Assert.Same(typeface, fonts.DrawingTypeface(face));
        Assert.True(typeface.GlyphCount < 40, $"{typeface.GlyphCount} глифов");
        Assert.Equal(typeface.GetGlyphs("Доля «2», %"), drawn);
        Assert.Equal(font.GetGlyphWidths(text), subset.GetGlyphWidths(drawn));
        Assert.DoesNotContain((ushort)0, typeface.GetGlyphs("Район 0123456789,.-−+%"));

        // A glyph that was not counted: the original face and ids, never another glyph.
        var other = font.GetGlyphs("Жук");
        var otherDrawn = new ushort[other.Length];
        Assert.Same(font, fonts.DrawingFont(font, other, otherDrawn));
        Assert.Equal(other, otherDrawn);
    }

    private static SkiaSharp.SKTypeface Face(string[] families) =>
        families[0] == "DejaVu Serif" ? FontSet.Load("DejaVuSerif.ttf") : FontSet.For(Theme.Default).Typeface(false, false);

    private static byte[] FileOf(SkiaSharp.SKTypeface face, out int index)
    {
        using var stream = face.OpenStream(out index);
        var data = new byte[stream.Length];
        Assert.Equal(data.Length, stream.Read(data, data.Length));
        return data;
    }

    private static SkiaSharp.SKTypeface Load(FontSubset subset)
    {
        using var data = SkiaSharp.SKData.CreateCopy(subset.Data);
        var typeface = SkiaSharp.SKTypeface.FromData(data);
        Assert.NotNull(typeface);
        return typeface;
    }

    /// <summary>The same advances and the same outlines (composites resolved) in the subset under its ids as in the font.</summary>
    private static void AssertSameGlyphs(SkiaSharp.SKTypeface face, ushort[] glyphs, SkiaSharp.SKTypeface typeface, ushort[] mapped)
    {
        using var original = new SkiaSharp.SKFont(face, 14);
        using var copy = new SkiaSharp.SKFont(typeface, 14);
        Assert.Equal(original.GetGlyphWidths(glyphs), copy.GetGlyphWidths(mapped));
        for (var i = 0; i < glyphs.Length; i++)
        {
            using var expected = original.GetGlyphPath(glyphs[i]);
            using var actual = copy.GetGlyphPath(mapped[i]);
            Assert.Equal(expected.ToSvgPathData(), actual.ToSvgPathData());
        }
    }
}
