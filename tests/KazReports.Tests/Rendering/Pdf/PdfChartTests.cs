using System.Diagnostics;
using KazReports.Documents;
using KazReports.Rendering.Charts;
using KazReports.Rendering.Pdf;
using KazReports.Rendering.Pdf.Blocks;
using KazReports.Rendering.Pdf.Layout;
using KazReports.Tests.Rendering.Charts;
using SkiaSharp;
using Xunit.Abstractions;
using static KazReports.Tests.Rendering.Pdf.PdfSamples;

namespace KazReports.Tests.Rendering.Pdf;

/// <summary>Charts in the PDF: vectors drawn by ScottPlot in their box, their texts in the page's subset fonts, safe in parallel.</summary>
public sealed class PdfChartTests(ITestOutputHelper output)
{
    /// <summary>A pixel differs when a channel differs by more than this.</summary>
    private const int ChannelTolerance = 64;

    private static ChartBlock Chart(ChartSpec spec) => new(spec, At);

    /// <summary>A one-page letter: letterhead, addressee, text, a chart, signature, executor.</summary>
    private static Document Letter(params Block[] middle) => Of(
        [
            Letterhead(), new Addressee(["Руководителю", "МБОУ Мокрушинская СОШ"], At), P("Об адресных рекомендациях", indent: false), P(Prose),
            .. middle,
            Signature(), new Executor(["Исполнитель: Иванова А.А.", "тел. 8 (391-96) 21-4-04"], At),
        ]);

    [Fact]
    public void Charts_are_vectors_no_image_is_in_the_file()
    {
        var pdf = Render(ChartSamples.EveryKind()).Pdf;
        var images = PdfTools.Images(pdf);
        Assert.True(images.Count == 0, "pdfimages -list:\n" + string.Join('\n', images));
        Assert.Equal(0, PdfTools.QpdfCheck(pdf).Exit);
    }

    [Fact]
    public void A_chart_fills_its_box_its_texts_are_text_and_the_caption_is_centred_under_it()
    {
        var spec = ChartSamples.Bar();
        var result = Render(Of(P("Перед диаграммой."), Chart(spec), P("После диаграммы.")));
        var box = Assert.Single(result.Report.Records, r => r.Kind == LayoutRecord.Chart);
        Assert.Equal(PdfUnits.Pt(160), box.Width, 1);
        Assert.Equal(PdfUnits.Pt(80), box.Height, 1);
        var caption = result.Report.FindLine("Рисунок 1")!;
        Assert.Equal(box.Bottom, caption.Y, 1);
        Assert.Equal(box.X + (box.Width / 2), caption.X + (caption.Width / 2), 1);

        var text = PdfTools.Text(result.Pdf);
        foreach (var expected in new[] { "Мокрушинская СОШ: доля «2»", "ВПР 5 кл., математика", "44,44", "13,93", "порог 30 %", "Район", "Край", "доля «2», %" })
        {
            Assert.Contains(expected, text.Replace('\n', ' '), StringComparison.Ordinal);
        }

        // ScottPlot's text is drawn between the lines before and after, in reading order.
        var order = new[] { "Перед диаграммой", "Мокрушинская СОШ: доля", "Рисунок 1", "После диаграммы" }.Select(w => text.IndexOf(w, StringComparison.Ordinal)).ToList();
        Assert.All(order, i => Assert.True(i >= 0));
        Assert.Equal(order.Order(), order);
    }

    [Fact]
    public void A_chart_wider_than_the_text_shrinks_to_it_keeping_its_proportions()
    {
        var spec = ChartSamples.Bar() with { WidthMm = 360, HeightMm = 120 };
        var box = Assert.Single(Render(Of(Chart(spec))).Report.Records, r => r.Kind == LayoutRecord.Chart);
        Assert.Equal(PdfUnits.Pt(180), box.Width, 1);
        Assert.Equal(PdfUnits.Pt(60), box.Height, 1);
    }

    [Fact]
    public void A_chart_taller_than_the_page_is_drawn_lower_keeping_its_width_and_its_caption_on_its_page()
    {
        // Shrunk in proportion it was narrow, and its caption went to the next page alone.
        var spec = ChartSamples.HorizontalBars() with { WidthMm = 170, HeightMm = 400 };
        var result = Render(Of(P("Перед диаграммой."), Chart(spec), P("После диаграммы.")));
        var box = Assert.Single(result.Report.Records, r => r.Kind == LayoutRecord.Chart);
        Assert.Equal(PdfUnits.Pt(170), box.Width, 1);
        Assert.InRange(box.Height, PdfUnits.Pt(200), PdfUnits.Pt(257));
        var caption = result.Report.FindLine("Рисунок 2")!;
        Assert.Equal(box.Page, caption.Page);
        Assert.Equal(box.Bottom, caption.Y, 1);
    }

    [Fact]
    public void Chart_text_adds_no_font_file_a_one_page_letter_with_a_chart_stays_small()
    {
        var plain = Render(Letter());
        var charted = Render(Letter(Chart(ChartSamples.Bar())));
        Assert.Equal(1, charted.Report.PageCount);
        output.WriteLine($"письмо: {plain.Pdf.Length / 1024.0:0.0} КБ, с диаграммой: {charted.Pdf.Length / 1024.0:0.0} КБ");
        Assert.Equal(PdfTools.Fonts(plain.Pdf).Select(f => f.Name).Order(), PdfTools.Fonts(charted.Pdf).Select(f => f.Name).Order());
        Assert.True(charted.Pdf.Length < 100 * 1024, $"{charted.Pdf.Length / 1024} КБ");
        Assert.True(charted.Pdf.Length - plain.Pdf.Length < 30 * 1024, $"диаграмма добавила {(charted.Pdf.Length - plain.Pdf.Length) / 1024} КБ");
    }

    [SkippableTheory]
    [InlineData("bar")]
    [InlineData("hbar")]
    [InlineData("line")]
    [InlineData("stacked100")]
    public void Subset_fonts_draw_every_glyph_of_the_chart_as_the_whole_fonts_do(string kind)
    {
        ExternalTools.Require("pdftoppm");
        var document = Of(Chart(ChartSamples.Of(kind)));
        AssertSameAsWholeFonts(document, kind);
    }

    [Fact]
    public void A_title_with_a_sign_the_theme_font_lacks_gets_a_subset_of_the_font_that_has_it()
    {
        // «★» is not in Liberation Serif: the title is set in another family, which is subset too.
        var pdf = Render(StarDocument()).Pdf;
        var fonts = PdfTools.Fonts(pdf);
        output.WriteLine(string.Join(", ", fonts.Select(f => f.Name)) + $"; {pdf.Length / 1024} КБ");
        Assert.Contains(fonts, f => f.Name.Contains("LiberationSerif", StringComparison.Ordinal));
        Assert.Contains(fonts, f => !f.Name.Contains("LiberationSerif", StringComparison.Ordinal));
        Assert.True(pdf.Length < 120 * 1024, $"{pdf.Length / 1024} КБ");
        Assert.Contains("★", PdfTools.Text(pdf), StringComparison.Ordinal);
    }

    [SkippableFact]
    public void A_title_in_a_fallback_face_draws_as_with_the_whole_fonts()
    {
        ExternalTools.Require("pdftoppm");
        AssertSameAsWholeFonts(StarDocument(), "star");
    }

    private static Document StarDocument() =>
        Of(P(Prose), Chart(ChartSamples.Bar() with { Title = "Лучшие ★ результаты: № 5, ёлка − 3 → «4»", Categories = ["Щука", "Ёж", "Юла"] }));

    [Fact]
    public void Documents_with_charts_render_the_same_bytes_in_parallel_as_one_by_one()
    {
        var documents = new[]
        {
            ChartSamples.EveryKind(),
            Letter(Chart(ChartSamples.Bar())),
            Of(P("Особый заголовок ★"), Chart(ChartSamples.Line() with { Title = "Другие ★ буквы: ЩЪЭ" })),
        };
        var expected = documents.Select(d => Render(d).Pdf).ToArray();
        var actual = new byte[documents.Length * 4][];
        Parallel.For(0, actual.Length, new ParallelOptions { MaxDegreeOfParallelism = 6 }, i => actual[i] = Render(documents[i % documents.Length]).Pdf);
        for (var i = 0; i < actual.Length; i++)
        {
            Assert.True(expected[i % documents.Length].AsSpan().SequenceEqual(actual[i]), $"документ {i % documents.Length}: в параллели другие байты");
        }
    }

    [Fact]
    public void Each_chart_is_counted_once_and_drawn_once()
    {
        var painter = new CountingPainter();
        var result = new PdfRenderer().RenderDetailed(ChartSamples.EveryKind(), Theme.Default, painter);
        Assert.Equal(ChartSamples.Kinds.Length, painter.Counted);
        Assert.Equal(ChartSamples.Kinds.Length, painter.Drawn);
        Assert.Equal(ChartSamples.Kinds.Length, result.Report.Records.Count(r => r.Kind == LayoutRecord.Chart));

        // Timing, for the report: a document of four charts.
        var watch = Stopwatch.StartNew();
        Render(ChartSamples.EveryKind());
        output.WriteLine($"четыре диаграммы: {watch.ElapsedMilliseconds} мс");
    }

    /// <summary>The document's page drawn with the charts in subset fonts and in whole system fonts: the same pixels.</summary>
    private byte[] AssertSameAsWholeFonts(Document document, string name)
    {
        var subset = Render(document).Pdf;
        var whole = new PdfRenderer().RenderDetailed(document, Theme.Default, new WholeFontPainter()).Pdf;
        Assert.True(whole.Length > subset.Length + (100 * 1024), $"{name}: целые шрифты {whole.Length / 1024} КБ, подмножества {subset.Length / 1024} КБ");
        using var a = SKBitmap.Decode(PdfTools.Png(subset, 1, 100));
        using var b = SKBitmap.Decode(PdfTools.Png(whole, 1, 100));
        Assert.Equal((a.Width, a.Height), (b.Width, b.Height));
        var differing = 0;
        var ink = 0;
        for (var y = 0; y < a.Height; y++)
        {
            for (var x = 0; x < a.Width; x++)
            {
                var p = a.GetPixel(x, y);
                var q = b.GetPixel(x, y);
                ink += q.Red < 128 ? 1 : 0;
                if (Math.Abs(p.Red - q.Red) > ChannelTolerance || Math.Abs(p.Green - q.Green) > ChannelTolerance || Math.Abs(p.Blue - q.Blue) > ChannelTolerance)
                {
                    differing++;
                }
            }
        }

        Assert.True(ink > 1000, $"{name}: страница пуста");
        Assert.True(differing <= 20, $"{name}: отличаются {differing} пикселей: в подмножестве не хватает глифов");
        return subset;
    }

    /// <summary>Draws charts with ScottPlot's own font lookup: whole font files, every glyph there.</summary>
    private sealed class WholeFontPainter : IChartPainter
    {
        public void Paint(DrawingCanvas canvas, SKRect box, ChartSpec spec, PdfContext context) =>
            canvas.DrawLater(box, (skia, page, _) => ChartPainter.Paint(spec, context.Theme, skia, page));
    }

    /// <summary>The vector painter, counting the charts it lays out and the charts drawn on the written pages.</summary>
    private sealed class CountingPainter : IChartPainter, IDisposable
    {
        private readonly VectorChartPainter inner = new();

        public int Counted { get; private set; }

        public int Drawn { get; private set; }

        public void Paint(DrawingCanvas canvas, SKRect box, ChartSpec spec, PdfContext context)
        {
            Counted++;
            inner.Paint(canvas, box, spec, context);
            canvas.DrawLater(box, (_, _, _) => Drawn++);
        }

        public void Dispose() => inner.Dispose();
    }
}
