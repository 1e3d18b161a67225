using System.Globalization;
using KazReports.Documents;
using KazReports.Rendering;
using KazReports.Rendering.Pdf.Text;

namespace KazReports.Tests.Rendering.Pdf;

/// <summary>Shaped texts and fonts shared by all renders of the process: same results, bounded, safe in parallel.</summary>
[Collection(ProcessCaches.Name)]
public sealed class ShapeCacheTests
{
    [Fact]
    public void Renders_share_shaped_texts_whose_fonts_outlive_each_render()
    {
        var text = "Общий текст " + Guid.NewGuid().ToString("N");
        ShapedText first;
        using (var shaper = PdfSamples.Shaper())
        {
            first = shaper.Shape(text, PdfSamples.Body);
        }

        using var other = PdfSamples.Shaper();
        var second = other.Shape(text, PdfSamples.Body with { });
        Assert.Same(first, second);

        // The first render's shaper is disposed: the font of the shared result is still alive.
        var run = Assert.Single(second.Runs);
        Assert.NotEqual(IntPtr.Zero, run.Font.Handle);
        Assert.Equal(run.Font.MeasureText(run.Glyphs), second.Width, 2);
    }

    [Fact]
    public void A_span_and_a_string_give_the_same_shaped_text_and_pieces()
    {
        using var shaper = PdfSamples.Shaper();
        var word = "Слово" + Guid.NewGuid().ToString("N");
        var line = "перед " + word + " после";
        var fromSpan = shaper.Entry(line.AsSpan(6, word.Length), PdfSamples.Body);
        Assert.Same(fromSpan.Shaped, shaper.Shape(word, PdfSamples.Body));
        Assert.Equal(word, fromSpan.Shaped.Text);
        Assert.Same(fromSpan.Word(breakAfter: false), fromSpan.Word(breakAfter: false));
        Assert.True(fromSpan.Word(breakAfter: true).BreakAfter);
        Assert.False(fromSpan.Word(breakAfter: false).BreakAfter);
        Assert.Equal(PieceKind.Space, shaper.Entry(" ", PdfSamples.Body).Space().Kind);
    }

    [Fact]
    public void The_cache_stays_bounded_and_keeps_texts_in_steady_use()
    {
        using var shaper = PdfSamples.Shaper();
        var style = PdfSamples.Body with { Size = 13.25f };
        var recurring = shaper.Shape("Уважаемый руководитель!", style);
        for (var i = 0; i < 3 * RenderCaches.ShapedTextEntries; i++)
        {
            shaper.Shape("ш" + i.ToString(CultureInfo.InvariantCulture), style);
            if (i % 1000 == 0)
            {
                Assert.Same(recurring, shaper.Shape("Уважаемый руководитель!", style));
            }
        }

        Assert.True(ShapeCache.Count <= 2 * RenderCaches.ShapedTextEntries, $"в кэше {ShapeCache.Count} записей");
        Assert.Same(recurring, shaper.Shape("Уважаемый руководитель!", style));
    }

    [Fact]
    public void Parallel_renders_of_new_texts_give_the_bytes_of_a_render_alone()
    {
        // Texts no render has shaped yet: the renders shape them at the same time.
        var unique = Guid.NewGuid().ToString("N");
        var document = PdfSamples.Of(
            PdfSamples.H(1, "Заголовок " + unique),
            new Paragraph([new Run("Текст " + unique + " и ещё " + unique[..8] + "-" + unique[8..], RunStyle.Bold)], PdfSamples.At),
            PdfSamples.SpannedTable(),
            PdfSamples.LongTable(30));
        var results = new byte[8][];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => results[i] = PdfSamples.Render(document).Pdf);
        var alone = PdfSamples.Render(document).Pdf;
        Assert.All(results, pdf => Assert.Equal(alone, pdf));
    }
}
