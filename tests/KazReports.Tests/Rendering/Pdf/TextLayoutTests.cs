using KazReports.Documents;
using KazReports.Rendering.Pdf.Layout;
using KazReports.Rendering.Pdf.Text;
using SkiaSharp;

namespace KazReports.Tests.Rendering.Pdf;

/// <summary>Layer (a): text measurement and line breaking.</summary>
public sealed class TextLayoutTests : IDisposable
{
    private readonly GlyphShaper shaper = PdfSamples.Shaper();

    public void Dispose() => shaper.Dispose();

    [Fact]
    public void Text_is_measured_with_the_font_it_is_drawn_with()
    {
        var shaped = shaper.Shape("Отдел образования администрации Казачинского района", PdfSamples.Body);
        var run = Assert.Single(shaped.Runs);
        Assert.Equal(run.Font.MeasureText(run.Glyphs), shaped.Width, 2);
        Assert.Equal(14, run.Font.Size);
        Assert.Equal(shaper.Fonts.Typeface(false, false).FamilyName, run.Font.Typeface.FamilyName);
    }

    [Fact]
    public void Bold_and_small_text_use_their_own_faces_and_sizes()
    {
        var bold = shaper.Shape("ПРИКАЗ", PdfSamples.Body with { Bold = true });
        var regular = shaper.Shape("ПРИКАЗ", PdfSamples.Body);
        var superscript = shaper.Shape("2", PdfSamples.Body with { Script = ScriptPosition.Superscript });
        Assert.True(bold.Runs[0].Font.Typeface.IsBold || bold.Runs[0].Font.Embolden);
        Assert.NotEqual(regular.Width, bold.Width);
        Assert.True(superscript.Width < shaper.Shape("2", PdfSamples.Body).Width);
    }

    [Fact]
    public void Characters_the_theme_font_lacks_come_from_a_font_that_has_them()
    {
        // «☑» (U+2611) is in none of Liberation Serif and DejaVu Serif: the theme's second fallback, DejaVu Sans, draws it.
        var main = shaper.Fonts.Typeface(false, false);
        const int Missing = 0x2611;
        Assert.False(main.ContainsGlyph(Missing));
        var shaped = shaper.Shape("да" + char.ConvertFromUtf32(Missing) + "нет", PdfSamples.Body);
        Assert.Equal(3, shaped.Runs.Count);
        Assert.Equal("DejaVu Sans", shaped.Runs[1].Font.Typeface.FamilyName);
        Assert.NotEqual(0, shaped.Runs[1].Glyphs[0]);
        Assert.Equal(shaped.Runs.Sum(r => r.Width), shaped.Width, 3);
    }

    [Fact]
    public void Letter_spacing_widens_each_glyph()
    {
        var plain = shaper.Shape("ПРИКАЗ", PdfSamples.Body);
        var spaced = shaper.Shape("ПРИКАЗ", PdfSamples.Body with { LetterSpacing = 3 });
        Assert.Equal(plain.Width + (6 * 3), spaced.Width, 2);
    }

    [Fact]
    public void Justified_lines_fill_the_width_and_the_last_line_does_not()
    {
        const float width = 300;
        var records = Draw(PdfSamples.Prose, width, Alignment.Justify);
        Assert.True(records.Count >= 4);
        foreach (var line in records.SkipLast(1))
        {
            Assert.Equal(0, line.X, 2);
            Assert.Equal(width, line.Width, 1);
        }

        Assert.True(records[^1].Width < width - 20);
    }

    [Fact]
    public void Lines_are_aligned_left_centre_and_right()
    {
        const float width = 400;
        var natural = shaper.Shape("Уважаемый", PdfSamples.Body).Width + shaper.Shape(" ", PdfSamples.Body).Width
            + shaper.Shape("руководитель!", PdfSamples.Body).Width;
        Assert.Equal(0, Draw("Уважаемый руководитель!", width, Alignment.Left)[0].X, 2);
        Assert.Equal((width - natural) / 2, Draw("Уважаемый руководитель!", width, Alignment.Center)[0].X, 1);
        Assert.Equal(width - natural, Draw("Уважаемый руководитель!", width, Alignment.Right)[0].X, 1);
    }

    [Fact]
    public void No_break_spaces_never_break()
    {
        var text = string.Concat(Enumerable.Repeat("подписал Л.А.\u00A0Федюненко приказ №\u00A018 от 29.01.2024, ", 12));
        foreach (var width in new[] { 120f, 150f, 190f, 230f, 260f })
        {
            foreach (var line in Draw(text, width, Alignment.Justify))
            {
                Assert.False(line.Text.EndsWith("Л.А.", StringComparison.Ordinal), line.Text);
                Assert.False(line.Text.StartsWith("Федюненко", StringComparison.Ordinal), line.Text);
                Assert.False(line.Text.EndsWith("№", StringComparison.Ordinal), line.Text);
                Assert.False(line.Text.StartsWith("18 ", StringComparison.Ordinal), line.Text);
            }
        }
    }

    [Fact]
    public void A_line_breaks_after_a_hyphen_or_dash_inside_a_compound()
    {
        var head = shaper.Shape("Программа на 2024–", PdfSamples.Body).Width;
        var lines = Draw("Программа на 2024–2027 годы и ВПР-2023", head + 5, Alignment.Left);
        Assert.Equal("Программа на 2024–", lines[0].Text);
        Assert.StartsWith("2027 годы", lines[1].Text, StringComparison.Ordinal);

        var pieces = new InlineFlattener(shaper).Text("слово -5 и ВПР-2023", PdfSamples.Body);
        Assert.DoesNotContain(pieces, p => p.Text == "-" && p.BreakAfter);
        Assert.Contains(pieces, p => p.Text == "ВПР-" && p.BreakAfter);
    }

    [Fact]
    public void A_word_wider_than_the_line_is_cut_between_characters()
    {
        const string word = "Рождественская-Мокрушинская";
        var lines = Draw("Общеобразовательная", 60, Alignment.Left);
        Assert.True(lines.Count > 1);
        Assert.All(lines, l => Assert.True(l.Width <= 60.01f, l.Text));
        Assert.Equal("Общеобразовательная", string.Concat(lines.Select(l => l.Text)));
        Assert.Equal(word.Replace("-", ""), string.Concat(Draw(word, 50, Alignment.Left).Select(l => l.Text)).Replace("-", ""));
    }

    [Fact]
    public void A_forced_line_break_ends_a_line_and_is_not_justified()
    {
        var pieces = new InlineFlattener(shaper).Flatten([new Run("Заместитель главы"), LineBreak.Instance, new Run("района")], PdfSamples.Body);
        var lines = LineBreaker.Break(pieces, 400, 400, shaper);
        Assert.Equal(["Заместитель главы", "района"], lines.Select(l => l.Text));
        Assert.True(lines[0].EndsWithBreak);
        Assert.True(lines[1].IsLast);
    }

    [Fact]
    public void A_tab_sets_what_follows_flush_right_and_moves_it_down_when_it_does_not_fit()
    {
        var flattener = new InlineFlattener(shaper);
        var pieces = flattener.Text("администрации района", PdfSamples.Body);
        pieces.Add(InlineFlattener.Tab(PdfSamples.Body));
        pieces.AddRange(flattener.Text("Л.А.\u00A0Федюненко", PdfSamples.Body));
        var block = new TextBlock(pieces, new ParagraphFormat(Alignment.Left, PdfSamples.Body), 700, shaper, PdfSamples.At);
        var wide = DrawBlock(block, 480);
        Assert.Single(wide);
        Assert.Equal(480, wide[0].X + wide[0].Width, 1);

        block.ResetState();
        var narrow = DrawBlock(block, 200);
        Assert.Equal(2, narrow.Count);
        Assert.Equal("администрации района", narrow[0].Text);
        Assert.Equal(200, narrow[1].X + narrow[1].Width, 1);
    }

    [Fact]
    public void First_line_indent_moves_the_first_line_only()
    {
        var format = new ParagraphFormat(Alignment.Justify, PdfSamples.Body, FirstLineIndent: 35.43f);
        var block = new TextBlock(new InlineFlattener(shaper).Text(PdfSamples.Prose, PdfSamples.Body), format, 700, shaper, PdfSamples.At);
        var lines = DrawBlock(block, 480);
        Assert.Equal(35.43f, lines[0].X, 2);
        Assert.Equal(480, lines[0].X + lines[0].Width, 1);
        Assert.All(lines.Skip(1), l => Assert.Equal(0, l.X, 2));
    }

    [Fact]
    public void Lines_are_as_tall_as_the_fonts_single_spacing_times_the_line_spacing()
    {
        var metrics = shaper.Metrics(PdfSamples.Body);
        Assert.Equal(14 * 1.149f, metrics.Single, 1);
        var format = new ParagraphFormat(Alignment.Left, PdfSamples.Body, LineSpacing: 1.5f);
        var block = new TextBlock(new InlineFlattener(shaper).Text(PdfSamples.Prose, PdfSamples.Body), format, 700, shaper, PdfSamples.At);
        var lines = DrawBlock(block, 300);
        Assert.Equal(metrics.Single * 1.5f, lines[1].Y - lines[0].Y, 2);
    }

    private List<LayoutRecord> Draw(string text, float width, Alignment alignment)
    {
        var block = new TextBlock(new InlineFlattener(shaper).Text(text, PdfSamples.Body), new ParagraphFormat(alignment, PdfSamples.Body), 700, shaper, PdfSamples.At);
        return DrawBlock(block, width);
    }

    internal static List<LayoutRecord> DrawBlock(Element block, float width, float height = 700)
    {
        var report = new LayoutReport();
        using var page = new DisplayList();
        page.BeginPage(width, height);
        block.Draw(new DrawingCanvas(page, 1, report), new Size(width, height));
        return report.Lines().ToList();
    }
}
