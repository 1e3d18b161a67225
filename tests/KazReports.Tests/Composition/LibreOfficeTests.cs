using KazReports.Cli;

namespace KazReports.Tests.Composition;

/// <summary>The DOCX files open in LibreOffice and keep their figures (CI installs libreoffice-writer-nogui).</summary>
public sealed class LibreOfficeTests
{
    [Fact]
    public void Built_docx_convert_to_pdf_with_their_figures()
    {
        var output = Repo.TempDir("lo");
        var code = KazCli.Run(["build", "--data", Repo.Data, "--templates", Repo.Templates, "--out", output, "--format", "docx",
            "--only", "vpr", "letters", "orders", "--school", "mokrushinskaya"], new StringWriter(), new StringWriter());
        Assert.Equal(0, code);
        var files = new[] { "vpr-2023.docx", "letters/mokrushinskaya.docx", "orders/18.docx" }.Select(f => Path.Combine(output, f)).ToArray();
        var pdfDir = Path.Combine(output, "pdf");
        Run("soffice", ["--headless", "--convert-to", "pdf", "--outdir", pdfDir, .. files], TimeSpan.FromMinutes(3));

        var report = Run("pdftotext", ["-layout", Path.Combine(pdfDir, "vpr-2023.pdf"), "-"], TimeSpan.FromSeconds(30));
        Assert.Contains("13,93", report);
        Assert.Contains("47,54", report);
        Assert.Contains("Мокрушинская СОШ", report);
        var letter = Run("pdftotext", ["-layout", Path.Combine(pdfDir, "mokrushinskaya.pdf"), "-"], TimeSpan.FromSeconds(30));
        Assert.Contains("МБОУ Мокрушинская СОШ", letter);
        Assert.Contains("Л.А. Федюненко", letter.Replace('\u00A0', ' '));
        var order = Run("pdftotext", ["-layout", Path.Combine(pdfDir, "18.pdf"), "-"], TimeSpan.FromSeconds(30));
        Assert.Contains("УТВЕРЖДАЮ", order);
        Assert.Contains("ПРИКАЗ", order.Replace(" ", ""));
    }

    private static string Run(string tool, string[] args, TimeSpan timeout) => Tools.Run(tool, args, timeout);
}
