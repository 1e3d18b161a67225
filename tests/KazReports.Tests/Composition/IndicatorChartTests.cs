using KazReports.Data.Loading;
using KazReports.Documents;
using KazReports.Validation;

namespace KazReports.Tests.Composition;

/// <summary>The passport shows target against actual for the indicators that have actual values.</summary>
public sealed class IndicatorChartTests
{
    [Fact]
    public void Passport_has_no_progress_chart_without_actual_values()
    {
        var blocks = Pipeline.Documents["passport"].Sections.SelectMany(s => s.Blocks);
        Assert.DoesNotContain(blocks, b => b is ChartBlock);
    }

    [Fact]
    public void Passport_charts_target_against_actual_when_the_data_has_them()
    {
        var data = Repo.Copy(Repo.Data, "data");
        var program = Path.Combine(data, "program.yaml");
        var text = File.ReadAllText(program).Replace("  - no: 1\n", "  - no: 1\n    actual: { 2024: 85, 2025: 88 }\n");
        text = text.Replace("  - no: 13\n", "  - no: 13\n    actual: { 2024: 72 }\n");
        File.WriteAllText(program, text);
        var (loaded, bag) = CheckedData.Load(data);
        Assert.False(bag.HasErrors, string.Join("\n", bag.Items));
        var (docs, diagnostics) = Pipeline.Compose(loaded!, Repo.Templates);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        var chart = Assert.Single(docs["passport"].Sections.SelectMany(s => s.Blocks).OfType<ChartBlock>()).Spec;
        Assert.Equal(["Показатель 1", "Показатель 13"], chart.Categories);
        Assert.Equal([90m, 70m], chart.Series[0].Values.Select(v => v!.Value));
        Assert.Equal([88m, 72m], chart.Series[1].Values.Select(v => v!.Value));
        Assert.StartsWith("Рисунок 1 — ", chart.Caption);
    }
}
