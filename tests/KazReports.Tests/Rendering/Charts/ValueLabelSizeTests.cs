using KazReports.Documents;
using KazReports.Rendering.Charts;
using ScottPlot.Plottables;
using SkiaSharp;

namespace KazReports.Tests.Rendering.Charts;

/// <summary>Value labels of horizontal bars are no taller than their bars, so those of neighbouring bars never overlap.</summary>
public class ValueLabelSizeTests
{
    [Theory]
    [InlineData(4, 110)]
    [InlineData(12, 150)]
    [InlineData(31, 250)]
    public void A_value_label_of_a_horizontal_bar_is_no_taller_than_its_bar(int schools, double heightMm)
    {
        var categories = Enumerable.Range(1, schools).Select(i => $"Школа № {i} (СОШ)").ToArray();
        var spec = ChartSamples.HorizontalBars() with
        {
            Categories = categories,
            Series =
            [
                new ChartSeries("Русский язык", categories.Select((_, i) => (decimal?)(60 + (i % 7))).ToArray(), null),
                new ChartSeries("Математика", categories.Select((_, i) => (decimal?)(61 + (i % 5))).ToArray(), null),
            ],
            WidthMm = 170,
            HeightMm = heightMm,
        };
        var size = ChartPainter.SizeInPoints(spec);
        using var plot = ChartPainter.Build(spec, Theme.Default, size);
        using (var surface = SKSurface.Create(new SKImageInfo((int)size.Width, (int)size.Height)))
        {
            ChartPainter.Paint(plot, surface.Canvas, SKRect.Create(0, 0, size.Width, size.Height));
        }

        var data = plot.LastRender.DataRect;
        var limits = plot.Axes.GetLimits();
        var pointsPerUnit = data.Height / (float)Math.Abs(limits.Top - limits.Bottom);
        var bars = plot.GetPlottables<BarPlot>().SelectMany(p => p.Bars.Select(b => (Bar: b, p.ValueLabelStyle.FontSize))).ToList();
        Assert.Equal(2 * schools, bars.Count);
        Assert.All(bars, b => Assert.True(b.FontSize <= (b.Bar.Size * pointsPerUnit) + 0.01,
            $"{schools} школ: подпись {b.FontSize:0.0} pt, полоса {b.Bar.Size * pointsPerUnit:0.0} pt"));
    }
}
