using System.Diagnostics;
using KazReports.Documents;
using KazReports.Rendering.Pdf;
using KazReports.Tests.Composition;
using Xunit.Abstractions;

namespace KazReports.Tests.Rendering.Pdf;

/// <summary>Every shipped document rendered to PDF (kept in /tmp/pdfout, or KAZ_PDF_OUT, to look at), valid, with fonts embedded and all its text.</summary>
public sealed class ShippedPdfTests(ITestOutputHelper output)
{
    private static readonly string OutDir = Environment.GetEnvironmentVariable("KAZ_PDF_OUT") is { Length: > 0 } dir ? dir : Path.Combine(Path.GetTempPath(), "pdfout");

    [Fact]
    public void Every_shipped_document_renders_to_a_valid_pdf_with_its_text()
    {
        Directory.CreateDirectory(OutDir);
        var renderer = new PdfRenderer();
        var theme = Theme.Default;
        var charted = 0;
        foreach (var (name, document) in Pipeline.Documents.OrderBy(d => d.Key, StringComparer.Ordinal))
        {
            using var buffer = new MemoryStream();
            renderer.Render(document, theme, buffer);
            var watch = Stopwatch.StartNew();
            renderer.Render(document, theme, Stream.Null);
            watch.Stop();
            var pdf = buffer.ToArray();
            File.WriteAllBytes(Path.Combine(OutDir, name.Replace('/', '-') + ".pdf"), pdf);
            output.WriteLine($"{name}: {watch.ElapsedMilliseconds} ms (второй раз), {pdf.Length / 1024} KB, страниц: {PdfTools.Info(pdf).Split('\n').First(l => l.StartsWith("Pages:", StringComparison.Ordinal))[6..].Trim()}");

            var (exit, check) = PdfTools.QpdfCheck(pdf);
            Assert.True(exit == 0, $"{name}: qpdf --check\n{check}");
            Assert.All(PdfTools.Fonts(pdf), f => Assert.True(f.Embedded, $"{name}: шрифт {f.Name} не встроен"));
            PdfAssert.ContainsWordsOf(document, PdfTools.Text(pdf, layout: true), name);

            // Charts are vectors: a document without pictures has no image at all.
            var text = DocumentText.Of(document);
            charted += text.Contains("[диаграмма:", StringComparison.Ordinal) ? 1 : 0;
            if (!text.Contains("[рисунок:", StringComparison.Ordinal))
            {
                var images = PdfTools.Images(pdf);
                Assert.True(images.Count == 0, $"{name}: pdfimages -list\n{string.Join('\n', images)}");
            }
        }

        Assert.True(charted > 0, "ни в одном документе нет диаграмм");
    }

    [Fact]
    public void The_sample_documents_are_kept_to_look_at()
    {
        Directory.CreateDirectory(OutDir);
        File.WriteAllBytes(Path.Combine(OutDir, "sample-everything.pdf"), PdfSamples.Render(PdfSamples.Everything()).Pdf);
        var pdfA = PdfSamples.Render(PdfSamples.Everything(), pdfA: true).Pdf;
        File.WriteAllBytes(Path.Combine(OutDir, "sample-everything-pdfa.pdf"), pdfA);
        Assert.Equal(0, PdfTools.QpdfCheck(pdfA).Exit);
    }
}
