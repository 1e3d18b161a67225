using KazReports.Cli;
using KazReports.Diagnostics;
using KazReports.Documents;
using KazReports.Rendering.Pdf.Fonts;
using KazReports.Templates;
using KazReports.Tests.Composition;
using static KazReports.Tests.Rendering.Pdf.PdfSamples;

namespace KazReports.Tests.Rendering.Pdf;

/// <summary>A character the main font lacks: drawn in a bundled fallback face, reported as a warning at its template line.</summary>
public sealed class MissingGlyphTests
{
    private static readonly SourceSpan Place = new("templates/letter.sbn", 21, 1);

    [Fact]
    public void A_sign_liberation_lacks_is_found_with_its_place_and_the_face_that_draws_it()
    {
        var document = Of(new Paragraph(Inlines.Text("Лучший ★ результат → «5», ∑ 中"), Place));
        var found = MissingGlyphs.Find(document, Theme.Default);
        // «→», ««» and «∑» are in Liberation Serif; «★» in DejaVu Sans (not in DejaVu Serif); «中» in no bundled face.
        Assert.Equal([(Place, 0x2605, "DejaVu Sans"), (Place, 0x4E2D, null)],
            found.Select(f => (f.Span, f.Codepoint, f.Fallback)));
    }

    [Fact]
    public void Signs_in_a_table_cell_a_requisite_and_the_contents_title_are_found()
    {
        var cell = new Table([new TableColumn(1)], [new TableRow([new TableCell([new Paragraph(Inlines.Text("★"), SourceSpan.None)])])], Place);
        var document = Of(cell, new Signature(["Начальник ★"], "И.О.\u00A0Фамилия", At), new TableOfContents("Содержание ★ 中", 2, At));
        var found = MissingGlyphs.Find(document, Theme.Default);
        // The cell's paragraph has no line: reported at its table; the contents' title once per place.
        Assert.Equal([(Place, 0x2605), ((SourceSpan)At, 0x2605), ((SourceSpan)At, 0x4E2D)], found.Select(f => (f.Span, f.Codepoint)));
    }

    [Fact]
    public void Each_place_is_reported_once_per_build_as_a_warning()
    {
        var document = Of(new Paragraph(Inlines.Text("Знак ★"), Place), new Paragraph(Inlines.Text("ещё ★ 中"), Place));
        var bag = new DiagnosticBag();
        MissingGlyphs.Report(document, Theme.Default, bag);
        MissingGlyphs.Report(document, Theme.Default, bag);
        Assert.Equal(2, bag.WarningCount);
        Assert.Equal(0, bag.ErrorCount);
        var star = bag.Items[0];
        Assert.Equal(MissingGlyphs.Code, star.Code);
        Assert.Equal(Place, star.Span);
        Assert.Equal("PDF: знака «★» (U+2605) нет в шрифте Liberation Serif, он напечатан шрифтом DejaVu Sans", star.Message);
        Assert.Contains("пустым прямоугольником", bag.Items[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_pdf_embeds_a_subset_of_the_fallback_face_and_keeps_the_sign_as_text()
    {
        var pdf = Render(Of(P("Лучший ★ результат"))).Pdf;
        var fonts = PdfTools.Fonts(pdf).Select(f => f.Name[(f.Name.IndexOf('+') + 1)..]).Order().ToList();
        Assert.Equal(["DejaVuSans", "LiberationSerif"], fonts);
        Assert.Contains("Лучший ★ результат", PdfTools.Text(pdf), StringComparison.Ordinal);
    }

    [Fact]
    public void The_build_prints_the_warning_with_the_template_file_and_line()
    {
        var templates = Repo.Copy(Repo.Templates, "templates-star");
        var letter = Path.Combine(templates, "letter.sbn");
        var lines = File.ReadAllLines(letter);
        var line = Array.FindIndex(lines, l => l.Contains("{{ greeting }}", StringComparison.Ordinal));
        Assert.True(line >= 0);
        lines[line] = lines[line].Replace("{{ greeting }}", "{{ greeting }} ★", StringComparison.Ordinal);
        File.WriteAllLines(letter, lines);
        var output = new StringWriter();
        var errors = new StringWriter();
        var code = KazCli.Run(["build", "--data", Repo.Data, "--templates", templates, "--out", Repo.TempDir("star"), "--only", "letters",
            "--school", "mokrushinskaya", "--format", "pdf"], output, errors);
        Assert.Equal(0, code);
        var all = output.ToString() + errors.ToString();
        var warning = Assert.Single(all.Split('\n'), l => l.Contains(MissingGlyphs.Code, StringComparison.Ordinal));
        Assert.Contains($"letter.sbn({line + 1},", warning, StringComparison.Ordinal);
        Assert.Contains("«★» (U+2605) нет в шрифте Liberation Serif, он напечатан шрифтом DejaVu Sans", warning, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fonts/Нет-Такого.ttf", "нет файла шрифта «fonts/Нет-Такого.ttf»")]
    [InlineData("theme.yaml", "«theme.yaml» — не файл шрифта TrueType или OpenType (.ttf, .otf)")]
    public void A_theme_naming_a_missing_or_non_font_file_is_an_error_at_its_line(string file, string message)
    {
        var templates = Repo.Copy(Repo.Templates, "templates-font");
        var theme = Path.Combine(templates, "theme.yaml");
        var text = File.ReadAllText(theme);
        File.WriteAllText(theme, text.Replace("bold: fonts/LiberationSerif-Bold.ttf", "bold: " + file, StringComparison.Ordinal));
        var bag = new DiagnosticBag();
        ThemeLoader.Load(theme, "templates/theme.yaml", bag);
        var error = Assert.Single(bag.Items);
        Assert.Equal(TemplateCodes.Theme, error.Code);
        Assert.Equal(message, error.Message);
        Assert.Equal(Array.FindIndex(File.ReadAllLines(theme), l => l.Contains("bold: " + file, StringComparison.Ordinal)) + 1, error.Span.Line);
    }

    [Fact]
    public void A_theme_may_name_its_own_files_and_gives_the_four_faces_and_fallbacks_as_full_paths()
    {
        var templates = Repo.Copy(Repo.Templates, "templates-own");
        var theme = Path.Combine(templates, "theme.yaml");
        var lines = File.ReadAllLines(theme).Where(l => !l.TrimStart().StartsWith("bold", StringComparison.Ordinal) && !l.TrimStart().StartsWith("italic", StringComparison.Ordinal));
        File.WriteAllLines(theme, lines.Select(l => l.Replace("fonts/LiberationSerif-Regular.ttf", "fonts/DejaVuSerif.ttf", StringComparison.Ordinal)));
        var bag = new DiagnosticBag();
        var loaded = ThemeLoader.Load(theme, "templates/theme.yaml", bag);
        Assert.Empty(bag.Items);
        var regular = Path.Combine(templates, "fonts", "DejaVuSerif.ttf");
        Assert.Equal([regular, regular, regular, regular], new[] { loaded.Fonts.Regular, loaded.Fonts.Bold, loaded.Fonts.Italic, loaded.Fonts.BoldItalic });
        Assert.Equal([regular, Path.Combine(templates, "fonts", "DejaVuSans.ttf")], loaded.Fonts.Fallbacks);
        Assert.Equal(["DejaVuSerif"], PdfTools.Fonts(Render(Of(P(Prose)), loaded).Pdf).Select(f => f.Name[(f.Name.IndexOf('+') + 1)..]).Distinct());
    }
}
