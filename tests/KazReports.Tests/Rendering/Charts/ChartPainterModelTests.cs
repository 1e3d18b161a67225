using KazReports.Documents;
using KazReports.Rendering.Charts;
using ScottPlot;
using ScottPlot.Plottables;
using ScottPlot.TickGenerators;
using SkiaSharp;

namespace KazReports.Tests.Rendering.Charts;

/// <summary>The ScottPlot model each chart kind becomes: plottables, values, the threshold, axes, legend.</summary>
public class ChartPainterModelTests
{
    /// <summary>The plot as drawn: ticks are generated during a render, so it is painted into a discarded recording.</summary>
    private static Plot Build(ChartSpec spec)
    {
        var size = ChartPainter.SizeInPoints(spec);
        var plot = ChartPainter.Build(spec, Theme.Default, size);
        using var recorder = new SKPictureRecorder();
        ChartPainter.Paint(plot, recorder.BeginRecording(SKRect.Create(size)), SKRect.Create(size));
        using var picture = recorder.EndRecording();
        return plot;
    }

    private static string[] TickLabels(IAxis axis) =>
        Assert.IsType<NumericManual>(axis.TickGenerator).Ticks.Select(t => t.Label.Replace('\n', ' ')).ToArray();

    private static string[] Legend(Plot plot) => plot.Legend.GetItems().Select(i => i.LabelText).ToArray();

    [Fact]
    public void Bar_is_one_bar_plot_per_series_with_gaps_for_no_data_labels_with_a_comma_and_a_dashed_threshold()
    {
        using var plot = Build(ChartSamples.Bar());
        var series = plot.GetPlottables<BarPlot>().ToList();
        Assert.Equal(3, series.Count);
        Assert.All(series.SelectMany(s => s.Bars), b => Assert.Equal(ScottPlot.Orientation.Vertical, b.Orientation));
        Assert.Equal([44.44, 60, 50], series[0].Bars.Select(b => b.Value));
        Assert.Equal(["44,44", "60", "50"], series[0].Bars.Select(b => b.Label));
        Assert.Equal(["8,26", "13,93", "10,94"], series[1].Bars.Select(b => b.Label));

        // «Край» has data only for the first category: one bar, no bars for the gaps.
        Assert.Equal([10.7], series[2].Bars.Select(b => b.Value));
        Assert.Equal(Color.FromHex("#00B050"), series[2].Bars[0].FillColor);
        Assert.Equal(Color.FromHex("#2F5597"), series[0].Bars[0].FillColor);

        // Bars of a category sit side by side around the category's slot.
        Assert.True(series[0].Bars[0].Position < 0 && series[2].Bars[0].Position > 0);
        Assert.Equal(series[0].Bars[1].Position + 1, series[0].Bars[2].Position, 6);

        var threshold = Assert.Single(plot.GetPlottables<HorizontalLine>());
        Assert.Equal(30, threshold.Y);
        Assert.Equal("порог 30 %", threshold.LegendText);
        Assert.NotEqual(LinePattern.Solid.Name, threshold.LinePattern.Name);

        Assert.Equal("доля «2», %", plot.Axes.Left.Label.Text);
        Assert.Equal(ChartSamples.Bar().Categories, TickLabels(plot.Axes.Bottom));
        Assert.Equal(["0", "20", "40", "60", "80", "100"], TickLabels(plot.Axes.Left));
        Assert.Equal(100, plot.Axes.Left.Max, 6);
        Assert.Equal(["Мокрушинская СОШ", "Район", "Край", "порог 30 %"], Legend(plot));
        Assert.Equal("Мокрушинская СОШ: доля «2» в сравнении с районом и краем", plot.Axes.Title.Label.Text.Replace('\n', ' '));
    }

    [Fact]
    public void A_bar_reaching_the_end_of_a_share_axis_has_its_label_inside_and_no_second_legend_entry()
    {
        var spec = ChartSamples.Bar() with { Series = [new ChartSeries("Школа", [100m, 40m, 98m], null)] };
        using var plot = Build(spec);
        var plots = plot.GetPlottables<BarPlot>().ToList();
        Assert.Equal(2, plots.Count);
        Assert.Equal([40], plots[0].Bars.Select(b => b.Value));
        Assert.Equal([100, 98], plots[1].Bars.Select(b => b.Value));
        Assert.All(plots[1].Bars, b => Assert.True(b.CenterLabel));
        Assert.Equal(Colors.White, plots[1].ValueLabelStyle.ForeColor);
        Assert.Equal(100, plot.Axes.Left.Max, 6);
        Assert.Equal(["Школа", "порог 30 %"], Legend(plot));
    }

    [Fact]
    public void Hbar_puts_school_names_on_the_vertical_axis_first_on_top_and_the_threshold_upright()
    {
        var spec = ChartSamples.HorizontalBars();
        using var plot = Build(spec);
        var series = plot.GetPlottables<BarPlot>().ToList();
        Assert.Equal(2, series.Count);
        Assert.All(series.SelectMany(s => s.Bars), b => Assert.Equal(ScottPlot.Orientation.Horizontal, b.Orientation));
        Assert.Equal([5.17, 0, 75, 13.93], series[0].Bars.Select(b => b.Value));
        Assert.Equal([1.69, 10, 8.26], series[1].Bars.Select(b => b.Value));

        var positions = series[0].Bars.Select(b => b.Position).ToList();
        Assert.Equal(positions.OrderByDescending(p => p), positions);
        Assert.Equal(spec.Categories, TickLabels(plot.Axes.Left));
        var ticks = Assert.IsType<NumericManual>(plot.Axes.Left.TickGenerator).Ticks;
        Assert.True(ticks[0].Position > ticks[^1].Position);

        var threshold = Assert.Single(plot.GetPlottables<VerticalLine>());
        Assert.Equal(30, threshold.X);
        Assert.Empty(plot.GetPlottables<HorizontalLine>());
        Assert.Equal("доля «2», %", plot.Axes.Bottom.Label.Text);
        Assert.Equal(["Русский язык", "Математика", "порог ШНОР 30 %"], Legend(plot));
    }

    [Fact]
    public void Line_is_one_scatter_per_series_with_markers_gaps_as_NaN_and_value_labels()
    {
        using var plot = Build(ChartSamples.Line());
        var lines = plot.GetPlottables<Scatter>().ToList();
        Assert.Equal(2, lines.Count);
        Assert.Equal([20.75, 18.75, 6.52], lines[0].Data.GetScatterPoints().Select(p => p.Y));
        var gap = lines[1].Data.GetScatterPoints().Select(p => p.Y).ToList();
        Assert.Equal(28.57, gap[0]);
        Assert.True(double.IsNaN(gap[1]));
        Assert.Equal(75, gap[2]);
        Assert.All(lines, l => Assert.True(l.MarkerSize > 0));
        Assert.NotEqual(lines[0].MarkerShape, lines[1].MarkerShape);

        var labels = plot.GetPlottables<ScottPlot.Plottables.Text>().Select(t => t.LabelText).ToList();
        Assert.Equal(5, labels.Count);
        Assert.Contains("20,75", labels);
        Assert.Contains("6,52", labels);

        Assert.Equal(30, Assert.Single(plot.GetPlottables<HorizontalLine>()).Y);
        Assert.Equal(["4 кл., 2021", "5 кл., 2022", "6 кл., 2023"], TickLabels(plot.Axes.Bottom));
        Assert.Equal(["Казачинская СОШ", "Мокрушинская СОШ", "порог ШНОР 30 %"], Legend(plot));
    }

    [Fact]
    public void Many_lines_get_no_value_labels_and_repeat_colours_dotted_with_other_markers()
    {
        var names = Enumerable.Range(1, 8).Select(i => "Школа " + i).ToList();
        var spec = ChartSamples.Line() with
        {
            Series = names.Select((n, i) => new ChartSeries(n, [i, i + 1m, i + 2m], null)).ToList(),
        };
        using var plot = Build(spec);
        var lines = plot.GetPlottables<Scatter>().ToList();
        Assert.Equal(8, lines.Count);
        Assert.Empty(plot.GetPlottables<ScottPlot.Plottables.Text>());
        Assert.Equal(lines[0].LineColor, lines[5].LineColor);
        Assert.NotEqual(lines[0].LinePattern.Name, lines[5].LinePattern.Name);
        Assert.NotEqual(lines[0].MarkerShape, lines[5].MarkerShape);
    }

    [Fact]
    public void Stacked100_stacks_shares_to_100_labels_wide_segments_with_their_values_and_puts_the_threshold_upright()
    {
        using var plot = Build(ChartSamples.Stacked100());
        var series = plot.GetPlottables<BarPlot>().ToList();
        Assert.Equal(4, series.Count);
        Assert.All(series.SelectMany(s => s.Bars), b => Assert.Equal(ScottPlot.Orientation.Horizontal, b.Orientation));

        // The first category: 2 + 40 + 38 + 20 = 100.
        var first = series.Select(s => s.Bars.Single(b => b.Position == 1)).ToList();
        Assert.Equal([0, 2, 42, 80], first.Select(b => Math.Round(b.ValueBase, 6)));
        Assert.Equal([2, 42, 80, 100], first.Select(b => Math.Round(b.Value, 6)));
        Assert.All(first, b => Assert.True(b.CenterLabel));
        Assert.Equal(["", "40", "38", "20"], first.Select(b => b.Label));

        // The district: 8,26 + 45 + 30 + 16,74 = 100, every segment labelled.
        var district = series.Select(s => s.Bars.Single(b => b.Position == 0)).ToList();
        Assert.Equal(100, district[^1].Value, 6);
        Assert.Equal(["8,26", "45", "30", "16,74"], district.Select(b => b.Label));

        Assert.Equal(30, Assert.Single(plot.GetPlottables<VerticalLine>()).X);
        Assert.Equal(["«2»", "«3»", "«4»", "«5»", "порог 30 %"], Legend(plot));
    }

    [Fact]
    public void Long_category_names_along_the_bottom_wrap_to_their_slot()
    {
        var spec = ChartSamples.Bar() with { WidthMm = 90 };
        using var plot = Build(spec);
        var labels = Assert.IsType<NumericManual>(plot.Axes.Bottom.TickGenerator).Ticks.Select(t => t.Label).ToList();
        Assert.All(labels, l => Assert.Contains('\n', l));
        Assert.Equal(0, plot.Axes.Bottom.TickLabelStyle.Rotation);
    }

    [Fact]
    public void A_word_too_long_for_its_slot_turns_the_category_names()
    {
        var spec = ChartSamples.Bar() with
        {
            Categories = ["Общеобразовательная", "Среднеобразовательная", "Основнообразовательная"],
            WidthMm = 70,
        };
        using var plot = Build(spec);
        Assert.NotEqual(0, plot.Axes.Bottom.TickLabelStyle.Rotation);
        Assert.Equal(spec.Categories, TickLabels(plot.Axes.Bottom));
        // The axis keeps room for the turned names, so they do not run over the legend below.
        var style = plot.Axes.Bottom.TickLabelStyle;
        var widest = KazReports.Rendering.Charts.ChartText.Widest(spec.Categories, style.FontName, style.FontSize);
        Assert.True(plot.Axes.Bottom.MinimumSize >= widest * MathF.Sqrt(0.5f), $"{plot.Axes.Bottom.MinimumSize} < {widest}·sin 45°");
    }

    [Fact]
    public void Every_label_uses_the_theme_family_with_Cyrillic()
    {
        var family = ChartFonts.Family(Theme.Default);
        var typeface = ChartFonts.Typeface(family);
        Assert.Equal(family, typeface.FamilyName, ignoreCase: true);
        Assert.True(typeface.ContainsGlyphs("Доля учащихся «2» — №"));

        using var plot = Build(ChartSamples.Bar());
        Assert.Equal(family, plot.Axes.Left.TickLabelStyle.FontName);
        Assert.Equal(family, plot.Axes.Bottom.TickLabelStyle.FontName);
        Assert.Equal(family, plot.Legend.FontName);
        Assert.All(plot.GetPlottables<BarPlot>(), b => Assert.Equal(family, b.ValueLabelStyle.FontName));
    }

    [Fact]
    public void Charts_use_the_theme_font_files_whatever_family_word_is_told()
    {
        var theme = Theme.Default with { FontFamilies = ["Нет Такого Шрифта"] };
        var family = ChartFonts.Family(theme);
        Assert.Equal("Liberation Serif", family);
        Assert.True(ChartFonts.Typeface(family).ContainsGlyphs("Доля"));
        Assert.True(ChartFonts.Typeface(family, bold: true).IsBold);

        // A title with a sign Liberation Serif lacks is set in the theme's first fallback that has it.
        Assert.Equal("DejaVu Sans", ChartFonts.Family(theme, "Доля ★"));
        Assert.Equal("DejaVu Sans", ChartFonts.Typeface("DejaVu Sans").FamilyName);
    }
}
