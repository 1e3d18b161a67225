using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using KazReports.Cli;
using KazReports.Tests.Rendering.Pdf;

namespace KazReports.Tests.Composition;

/// <summary>
/// Every PDF of the build: passes the structure check, embeds its fonts as subsets, has an outline,
/// and prints the same figures as its DOCX twin (read in process; the same by qpdf and poppler in
/// <see cref="ExternalToolTests"/>).
/// </summary>
public sealed partial class PdfBuildTests
{
    private static readonly Lazy<string> Output = new(() =>
    {
        var output = Repo.TempDir("pdfbuild");
        var stderr = new StringWriter();
        var code = KazCli.Run(["build", "--data", Repo.Data, "--templates", Repo.Templates, "--out", output], new StringWriter(), stderr);
        Assert.True(code == 0, stderr.ToString());
        return output;
    });

    internal static string Built => Output.Value;

    internal static IEnumerable<string> Pdfs => Directory.EnumerateFiles(Output.Value, "*.pdf", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    [Fact]
    public void Every_pdf_passes_the_structure_check_and_embeds_all_fonts_as_subsets()
    {
        var pdfs = Pdfs.ToArray();
        Assert.True(pdfs.Length >= 17, $"only {pdfs.Length} PDFs");
        foreach (var pdf in pdfs)
        {
            var bytes = File.ReadAllBytes(pdf);
            Assert.Empty(PdfStructure.Problems(bytes));
            var fonts = PdfTools.Fonts(bytes);
            Assert.NotEmpty(fonts);
            Assert.All(fonts, f => Assert.True(f.Embedded && f.Unicode && SubsetName().IsMatch(f.Name), $"{pdf}: {f}"));
        }
    }

    [Fact]
    public void Every_pdf_with_headings_has_an_outline()
    {
        foreach (var name in new[] { "vpr-2023.pdf", "passport.pdf", "roadmap-2024.pdf" })
        {
            Assert.NotEmpty(Outline(Path.Combine(Output.Value, name)));
        }
        Assert.Contains(Outline(Path.Combine(Output.Value, "vpr-2023.pdf")), o => o.Title.Contains("5 класс", StringComparison.Ordinal));
    }

    [Fact]
    public void Pdf_text_shows_the_same_figures_as_the_docx()
    {
        foreach (var pdf in Pdfs.Where(p => File.Exists(Path.ChangeExtension(p, ".docx"))))
        {
            var docx = Path.ChangeExtension(pdf, ".docx");
            var docxFigures = Figures(DocxText(docx));
            var pdfFigures = Figures(PdfTools.Text(File.ReadAllBytes(pdf), layout: true));
            var missing = docxFigures.Where(kv => pdfFigures.GetValueOrDefault(kv.Key) < kv.Value).Select(kv => kv.Key).ToArray();
            Assert.True(missing.Length == 0, $"{Path.GetFileName(pdf)}: figures of the DOCX missing in the PDF: {string.Join(" ", missing)}");
            Assert.True(docxFigures.Count > 0, $"{pdf}: no figures compared");
        }
    }

    [Fact]
    public void All_letters_are_also_one_pdf_for_printing()
    {
        var combined = Path.Combine(Output.Value, "letters-all.pdf");
        Assert.Empty(PdfStructure.Problems(File.ReadAllBytes(combined)));
        var letters = Directory.EnumerateFiles(Path.Combine(Output.Value, "letters"), "*.pdf").ToArray();
        Assert.Equal(10, letters.Length);
        // Printed on both sides: each letter starts on an odd page, a blank page after an odd letter (not after the last).
        var counts = letters.Order(StringComparer.Ordinal).Select(Pages).ToList();
        Assert.Contains(counts, c => c % 2 == 1);
        Assert.Equal(counts.Sum() + counts.SkipLast(1).Count(c => c % 2 == 1), Pages(combined));
        var outline = Outline(combined);
        Assert.Contains(outline, o => o.Title.Contains("Мокрушинская", StringComparison.Ordinal));
        Assert.Equal(10, outline.Count);
        Assert.All(outline, o => Assert.Equal(1, o.Page % 2));
        var text = PdfTools.Text(File.ReadAllBytes(combined));
        Assert.Contains("МБОУ Казачинская СОШ", text);
        Assert.Contains("Казанская ООШ", text);
    }

    [Fact]
    public void Theme_can_ask_for_pdf_a()
    {
        var templates = Repo.Copy(Repo.Templates, "templates-pdfa");
        var theme = Path.Combine(templates, "theme.yaml");
        File.WriteAllText(theme, File.ReadAllText(theme).Replace("pdf_a: false", "pdf_a: true"));
        var output = Repo.TempDir("pdfa");
        var code = KazCli.Run(["build", "--data", Repo.Data, "--templates", templates, "--out", output, "--only", "passport", "--format", "pdf"],
            new StringWriter(), new StringWriter());
        Assert.Equal(0, code);
        var pdf = Path.Combine(output, "passport.pdf");
        Assert.Contains("pdfaid:part", System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(pdf)));
        Assert.Empty(PdfStructure.Problems(File.ReadAllBytes(pdf)));
        var plain = System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(Path.Combine(Output.Value, "passport.pdf")));
        Assert.DoesNotContain("pdfaid:part", plain);
    }

    private static int Pages(string pdf) => PdfTools.PageCount(File.ReadAllBytes(pdf));

    private static List<OutlineEntry> Outline(string pdf) => PdfTools.Outline(File.ReadAllBytes(pdf)).SelectMany(e => e.All).ToList();

    /// <summary>A subset font's name: six capital letters and a plus before the font's own name.</summary>
    [GeneratedRegex(@"^[A-Z]{6}\+\S+$")]
    internal static partial Regex SubsetName();

    /// <summary>Figures («13,93», «09.01.2024», «122») and how often each appears.</summary>
    internal static Dictionary<string, int> Figures(string text) =>
        FigurePattern().Matches(text.Replace('\u00A0', ' ')).GroupBy(m => m.Value).ToDictionary(g => g.Key, g => g.Count());

    [GeneratedRegex(@"\d+(?:[,.]\d+)*")]
    private static partial Regex FigurePattern();

    internal static string DocxText(string path)
    {
        using var doc = WordprocessingDocument.Open(path, false);
        return string.Join(" ", doc.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
    }
}
