using KazReports.Documents;
using KazReports.Rendering.Charts;

namespace KazReports.Tests.Rendering.Charts;

/// <summary>The rules both renderers share: numbers, the value axis, bar geometry, alt text.</summary>
public class ChartLayoutTests
{
    [Theory]
    [InlineData(13.93, "13,93")]
    [InlineData(10, "10")]
    [InlineData(10.70, "10,7")]
    [InlineData(66.666, "66,67")]
    [InlineData(0, "0")]
    public void Numbers_have_a_decimal_comma_and_no_trailing_zeros(double value, string expected) =>
        Assert.Equal(expected, ChartLayout.Number(value));

    [Fact]
    public void The_value_axis_ends_on_a_whole_step_above_the_data_and_the_threshold()
    {
        // Not a share (no «%» in the axis title): the axis follows the data.
        var bar = ChartSamples.Bar() with { ValueAxisTitle = "число участников" };
        Assert.Equal(10, ChartLayout.MajorUnit(bar));
        Assert.Equal(70, ChartLayout.ValueMax(bar));

        var low = bar with { Series = [new ChartSeries("x", [1m, 2m, 3m], null)] };
        Assert.Equal(35, ChartLayout.ValueMax(low));

        var none = bar with { Series = [new ChartSeries("x", [0m, null, 0m], null)], Threshold = null };
        Assert.Equal(1, ChartLayout.ValueMax(none));

        Assert.Equal(100, ChartLayout.ValueMax(ChartSamples.Stacked100()));
        Assert.Equal(10, ChartLayout.MajorUnit(ChartSamples.Stacked100()));
    }

    [Theory]
    [InlineData("bar", 20)]
    [InlineData("hbar", 10)]
    [InlineData("line", 20)]
    [InlineData("stacked100", 10)]
    public void Share_axes_run_from_0_to_100_whatever_the_data(string kind, double unit)
    {
        var spec = ChartSamples.Of(kind);
        Assert.True(ChartLayout.IsShare(spec));
        Assert.Equal(100, ChartLayout.ValueMax(spec));
        Assert.Equal(unit, ChartLayout.MajorUnit(spec));

        // Low shares keep the same scale: every letter draws on the same axis.
        var low = spec with { Series = [new ChartSeries("x", [1m, 2m, 3m], null)], Threshold = 5m };
        Assert.Equal(100, ChartLayout.ValueMax(low));
    }

    [Fact]
    public void An_axis_in_per_cent_with_values_above_100_is_not_a_share()
    {
        var growth = ChartSamples.Bar() with { ValueAxisTitle = "рост, %", Series = [new ChartSeries("x", [50m, 180m, 90m], null)] };
        Assert.False(ChartLayout.IsShare(growth));
        Assert.True(ChartLayout.ValueMax(growth) > 180);
    }

    [Theory]
    [InlineData(13.44, 10)]
    [InlineData(17, 20)]
    [InlineData(2.3, 2.5)]
    [InlineData(0.4, 0.5)]
    public void Steps_are_1_2_2_5_5_times_a_power_of_ten(double raw, double step) =>
        Assert.Equal(step, ChartLayout.Step(raw), 9);

    [Fact]
    public void Word_gap_width_matches_the_drawn_bar_geometry()
    {
        // Three bars in 0,8 of a slot: each 0,267 wide; the gap of 0,2 is 75 % of a bar.
        Assert.Equal(75, ChartLayout.GapWidthPercent(ChartSamples.Bar()));
        Assert.Equal(50, ChartLayout.GapWidthPercent(ChartSamples.HorizontalBars()));
        Assert.Equal(67, ChartLayout.GapWidthPercent(ChartSamples.Stacked100()));
    }

    [Fact]
    public void Alt_text_has_the_title_every_value_and_no_data_and_the_threshold()
    {
        var text = ChartText.AltText(ChartSamples.Bar());
        Assert.StartsWith("Мокрушинская СОШ: доля «2» в сравнении с районом и краем.", text, StringComparison.Ordinal);
        Assert.Contains("Мокрушинская СОШ: ВПР 5 кл., математика 44,44; ВПР 5 кл., русский язык 60;", text, StringComparison.Ordinal);
        Assert.Contains("Край: ВПР 5 кл., математика 10,7; ВПР 5 кл., русский язык нет данных;", text, StringComparison.Ordinal);
        Assert.EndsWith("порог 30 %: 30.", text, StringComparison.Ordinal);
    }
}
