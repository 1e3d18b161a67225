using KazReports.Tests.Rendering.Pdf;

namespace KazReports.Tests.Composition;

/// <summary>
/// The checks of <see cref="PdfBuildTests"/> once more by the reference tools: qpdf's structure
/// check, poppler's font list and text. Integration tests: reported as not run without the tools
/// (CI installs qpdf and poppler-utils and fails on any test not run).
/// </summary>
public sealed class ExternalToolTests
{
    [SkippableFact]
    public void Qpdf_finds_no_error_in_any_built_pdf()
    {
        ExternalTools.Require("qpdf");
        foreach (var pdf in PdfBuildTests.Pdfs)
        {
            var output = ExternalTools.Run("qpdf", ["--check", pdf]);
            Assert.Contains("No syntax or stream encoding errors found", output);
        }
    }

    [SkippableFact]
    public void Pdffonts_lists_only_the_bundled_faces_embedded_as_subsets_with_unicode()
    {
        ExternalTools.Require("pdffonts");
        foreach (var pdf in PdfBuildTests.Pdfs)
        {
            var rows = ExternalTools.Run("pdffonts", [pdf]).Split('\n').Skip(2).Where(l => l.Trim().Length > 0).ToArray();
            Assert.NotEmpty(rows);
            Assert.All(rows, l => Assert.Matches(@"^[A-Z]{6}\+(LiberationSerif|DejaVuSerif|DejaVuSans)\S*\s.*\s+yes\s+yes\s+yes\s+\d+\s+\d+\s*$", l));
        }
    }

    [SkippableFact]
    public void Pdftotext_reads_the_figures_of_the_docx_and_our_reader_reads_them_too()
    {
        ExternalTools.Require("pdftotext");
        foreach (var pdf in PdfBuildTests.Pdfs.Where(p => File.Exists(Path.ChangeExtension(p, ".docx"))))
        {
            var docx = PdfBuildTests.Figures(PdfBuildTests.DocxText(Path.ChangeExtension(pdf, ".docx")));
            var poppler = PdfBuildTests.Figures(ExternalTools.Run("pdftotext", ["-layout", pdf, "-"]));
            var ours = PdfBuildTests.Figures(PdfTools.Text(File.ReadAllBytes(pdf), layout: true));
            var missing = docx.Where(kv => poppler.GetValueOrDefault(kv.Key) < kv.Value).Select(kv => kv.Key).ToArray();
            Assert.True(missing.Length == 0, $"{Path.GetFileName(pdf)}: figures of the DOCX missing in pdftotext: {string.Join(" ", missing)}");

            // Our reader finds every figure of four digits or with a comma that poppler finds (short numbers may be split differently).
            var lost = poppler.Keys.Where(k => (k.Length >= 4 || k.Contains(',', StringComparison.Ordinal)) && !ours.ContainsKey(k)).ToArray();
            Assert.True(lost.Length == 0, $"{Path.GetFileName(pdf)}: figures pdftotext reads and our reader does not: {string.Join(" ", lost)}");
        }
    }
}
