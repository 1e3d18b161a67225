using KazReports.Documents;
using KazReports.Tests.Composition;
using SkiaSharp;
using static KazReports.Tests.Rendering.Pdf.PdfSamples;

namespace KazReports.Tests.Rendering.Pdf;

/// <summary>
/// Layer (c), visual (an integration test: not run without poppler's pdftoppm): a small document's page rendered by poppler at 60 dpi, compared with the PNG
/// stored in Expected/ with a small pixel tolerance. Set KAZ_UPDATE_VISUALS=1 to write a new
/// expected image after a deliberate change (and look at it before committing).
/// </summary>
public sealed class VisualTests
{
    private const int Dpi = 60;

    /// <summary>A pixel differs when a channel differs by more than this.</summary>
    private const int ChannelTolerance = 64;

    /// <summary>Share of pixels that may differ (antialiasing, poppler versions).</summary>
    private const double PixelTolerance = 0.003;

    [SkippableFact]
    public void A_letter_page_looks_as_stored()
    {
        ExternalTools.Require("pdftoppm");
        var document = Of(
            Letterhead(),
            new Addressee(["Руководителю", "МБОУ Мокрушинская СОШ"], At),
            P("Об адресных рекомендациях", indent: false),
            H(1, "Результаты"),
            P(Prose),
            SpannedTable(),
            new ListBlock(false, 1, [new ListItem([P("русский язык;")], At), new ListItem([P("математика.")], At)], At),
            Signature());
        var png = PdfTools.Png(Render(document).Pdf, page: 1, Dpi);
        var expectedPath = Path.Combine(Repo.Root, "tests", "KazReports.Tests", "Rendering", "Pdf", "Expected", "letter-page1.png");
        if (Environment.GetEnvironmentVariable("KAZ_UPDATE_VISUALS") == "1")
        {
            File.WriteAllBytes(expectedPath, png);
        }

        Assert.True(File.Exists(expectedPath), $"нет эталона {expectedPath}: запустите тест с KAZ_UPDATE_VISUALS=1");
        using var actual = SKBitmap.Decode(png);
        using var expected = SKBitmap.Decode(expectedPath);
        Assert.Equal((expected.Width, expected.Height), (actual.Width, actual.Height));
        var differing = 0;
        for (var y = 0; y < actual.Height; y++)
        {
            for (var x = 0; x < actual.Width; x++)
            {
                var a = actual.GetPixel(x, y);
                var e = expected.GetPixel(x, y);
                if (Math.Abs(a.Red - e.Red) > ChannelTolerance || Math.Abs(a.Green - e.Green) > ChannelTolerance || Math.Abs(a.Blue - e.Blue) > ChannelTolerance)
                {
                    differing++;
                }
            }
        }

        var share = differing / (double)(actual.Width * actual.Height);
        if (share > PixelTolerance)
        {
            File.WriteAllBytes(Path.Combine(Path.GetTempPath(), "letter-page1.actual.png"), png);
        }

        Assert.True(share <= PixelTolerance, $"отличаются {differing} пикселей ({share:P2}); снимок: {Path.Combine(Path.GetTempPath(), "letter-page1.actual.png")}");
    }
}
