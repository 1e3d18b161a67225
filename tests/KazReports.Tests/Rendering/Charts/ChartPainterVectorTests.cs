using System.Text;
using KazReports.Documents;
using KazReports.Rendering.Charts;
using SkiaSharp;

namespace KazReports.Tests.Rendering.Charts;

/// <summary>Drawing onto Skia canvases: vectors in a PDF, the page around the chart kept, deterministic output.</summary>
public class ChartPainterVectorTests
{
    public static TheoryData<string> Kinds() => [.. ChartSamples.Kinds];

    private static byte[] Pdf(ChartSpec spec, Action<SKCanvas>? before = null)
    {
        using var stream = new MemoryStream();
        using (var document = SKDocument.CreatePdf(stream))
        {
            var canvas = document.BeginPage(595, 842);
            before?.Invoke(canvas);
            var size = ChartPainter.SizeInPoints(spec);
            ChartPainter.Paint(spec, Theme.Default, canvas, SKRect.Create(57, 100, size.Width, size.Height));
            document.EndPage();
            document.Close();
        }

        return stream.ToArray();
    }

    private static bool Contains(byte[] bytes, string text) =>
        Encoding.Latin1.GetString(bytes).Contains(text, StringComparison.Ordinal);

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_chart_on_a_PDF_page_is_vectors_and_text_not_an_image(string kind)
    {
        var pdf = Pdf(ChartSamples.Of(kind));
        Assert.True(pdf.Length > 2000, $"the page is nearly empty: {pdf.Length} bytes");
        Assert.False(Contains(pdf, "/Subtype /Image"), "the chart was rasterised");
        Assert.True(Contains(pdf, "/Font"), "no text was drawn");
        var family = ChartFonts.Family(Theme.Default).Replace(" ", string.Empty, StringComparison.Ordinal);
        Assert.True(Contains(pdf, family), $"the font {family} is not in the PDF");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_same_chart_draws_the_same_PDF_and_PNG(string kind)
    {
        var spec = ChartSamples.Of(kind);
        Assert.Equal(Pdf(spec), Pdf(spec));
        Assert.Equal(ChartPainter.RenderPng(spec, Theme.Default, 96), ChartPainter.RenderPng(spec, Theme.Default, 96));
    }

    [Fact]
    public void Drawing_keeps_what_is_on_the_page_around_and_under_the_chart()
    {
        var spec = ChartSamples.Bar();
        var bounds = SKRect.Create(40, 30, 300, 170);
        var info = new SKImageInfo(400, 260, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info);
        var canvas = surface.Canvas;
        canvas.Clear(new SKColor(0xFF, 0xF2, 0xCC));
        using (var red = new SKPaint { Color = SKColors.Red })
        {
            canvas.DrawRect(SKRect.Create(2, 2, 10, 10), red);
        }

        var matrix = canvas.TotalMatrix;
        ChartPainter.Paint(spec, Theme.Default, canvas, bounds);
        Assert.Equal(matrix, canvas.TotalMatrix);

        using var image = surface.Snapshot();
        using var pixels = image.PeekPixels();
        Assert.Equal(SKColors.Red, pixels.GetPixelColor(6, 6));
        Assert.Equal(new SKColor(0xFF, 0xF2, 0xCC), pixels.GetPixelColor(390, 250));
        Assert.Equal(new SKColor(0xFF, 0xF2, 0xCC), pixels.GetPixelColor(41, 31));

        // Something was drawn inside the bounds (bars, text), nothing outside.
        var inside = 0;
        for (var x = 40; x < 340; x += 2)
        {
            for (var y = 30; y < 200; y += 2)
            {
                inside += pixels.GetPixelColor(x, y) != new SKColor(0xFF, 0xF2, 0xCC) ? 1 : 0;
            }
        }

        Assert.True(inside > 500, $"only {inside} drawn pixels inside the chart");
        for (var x = 345; x < 400; x += 3)
        {
            Assert.Equal(new SKColor(0xFF, 0xF2, 0xCC), pixels.GetPixelColor(x, 100));
        }
    }

    [Theory]
    [InlineData(0.5f)]
    [InlineData(1f)]
    [InlineData(3f)]
    public void A_picture_recorder_takes_the_chart_at_any_scale(float scale)
    {
        var spec = ChartSamples.HorizontalBars();
        var size = ChartPainter.SizeInPoints(spec);
        using var recorder = new SKPictureRecorder();
        var canvas = recorder.BeginRecording(SKRect.Create(size.Width * scale, size.Height * scale));
        canvas.Scale(scale);
        ChartPainter.Paint(spec, Theme.Default, canvas, SKRect.Create(size.Width, size.Height));
        using var picture = recorder.EndRecording();
        Assert.True(picture.ApproximateOperationCount > 50);
        Assert.True(picture.CullRect.Width > 0);
    }

    [Fact]
    public void RenderPng_is_a_raster_fallback_of_the_chart_size_at_the_dpi()
    {
        var spec = ChartSamples.Line();
        var png = ChartPainter.RenderPng(spec, Theme.Default, 150);
        using var bitmap = SKBitmap.Decode(png);
        Assert.InRange(bitmap.Width, 884, 887);
        Assert.InRange(bitmap.Height, 530, 533);
        Assert.Equal(SKColors.White, bitmap.GetPixel(1, 1));
    }

    [Fact]
    public void An_empty_rectangle_draws_nothing()
    {
        using var recorder = new SKPictureRecorder();
        var canvas = recorder.BeginRecording(SKRect.Create(10, 10));
        ChartPainter.Paint(ChartSamples.Bar(), Theme.Default, canvas, SKRect.Create(0, 0, 0, 40));
        using var picture = recorder.EndRecording();
        Assert.Equal(0, picture.ApproximateOperationCount);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_series_without_data_and_a_chart_without_categories_still_draw(string kind)
    {
        var spec = ChartSamples.Of(kind);
        var empty = spec with { Series = [.. spec.Series, new ChartSeries("Пусто", spec.Categories.Select(_ => (decimal?)null).ToList(), null)] };
        var nothing = spec with { Categories = [], Series = [new ChartSeries("Пусто", [], null)], Threshold = null };
        foreach (var s in new[] { empty, nothing })
        {
            using var recorder = new SKPictureRecorder();
            var size = ChartPainter.SizeInPoints(s);
            ChartPainter.Paint(s, Theme.Default, recorder.BeginRecording(SKRect.Create(size)), SKRect.Create(size));
            using var picture = recorder.EndRecording();
            Assert.True(picture.ApproximateOperationCount > 0);
        }
    }
}
