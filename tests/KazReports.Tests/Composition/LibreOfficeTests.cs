using KazReports.Cli;
using KazReports.Tests.Rendering.Pdf;

namespace KazReports.Tests.Composition;

/// <summary>
/// The DOCX files open in LibreOffice and keep their figures. An integration test: without
/// LibreOffice it is reported as not run (CI installs libreoffice-writer-nogui and runs it).
/// </summary>
public sealed class LibreOfficeTests
{
    [SkippableFact]
    public void Built_docx_convert_to_pdf_with_their_figures()
    {
        ExternalTools.Require("soffice");
        var output = Repo.TempDir("lo");
        var code = KazCli.Run(["build", "--data", Repo.Data, "--templates", Repo.Templates, "--out", output, "--format", "docx",
            "--only", "vpr", "letters", "orders", "--school", "mokrushinskaya"], new StringWriter(), new StringWriter());
        Assert.Equal(0, code);
        var files = new[] { "vpr-2023.docx", "letters/mokrushinskaya.docx", "orders/18.docx" }.Select(f => Path.Combine(output, f)).ToArray();
        var pdfDir = Path.Combine(output, "pdf");
        ExternalTools.Run("soffice", ["--headless", "--convert-to", "pdf", "--outdir", pdfDir, .. files], TimeSpan.FromMinutes(3));

        var report = Text(Path.Combine(pdfDir, "vpr-2023.pdf"));
        Assert.Contains("13,93", report);
        Assert.Contains("47,54", report);
        Assert.Contains("Мокрушинская СОШ", report);
        var letter = Text(Path.Combine(pdfDir, "mokrushinskaya.pdf"));
        Assert.Contains("МБОУ Мокрушинская СОШ", letter);
        Assert.Contains("Л.А. Федюненко", letter.Replace('\u00A0', ' '));
        var order = Text(Path.Combine(pdfDir, "18.pdf"));
        Assert.Contains("УТВЕРЖДАЮ", order);
        Assert.Contains("ПРИКАЗ", order.Replace(" ", ""));
    }

    private static string Text(string pdf) => PdfTools.Text(File.ReadAllBytes(pdf), layout: true);
}
