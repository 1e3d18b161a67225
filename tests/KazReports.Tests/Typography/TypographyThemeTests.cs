using KazReports.Diagnostics;
using KazReports.Templates;

namespace KazReports.Tests.Typography;

public sealed class TypographyThemeTests
{
    private static (KazReports.Documents.Theme Theme, DiagnosticBag Bag) Load(string yaml)
    {
        var path = Path.Combine(Path.GetTempPath(), $"kaz-theme-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, yaml);
        try
        {
            var bag = new DiagnosticBag();
            return (ThemeLoader.Load(path, "theme.yaml", bag), bag);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_typography_section_switches_the_typograph_hyphenation_and_the_breaker()
    {
        var (theme, bag) = Load("""
            typography:
              typograph: false
              line_breaking: greedy
              looseness: 1
              hyphenation:
                enabled: false
                left_min: 3
                right_min: 3
                consecutive: 3
            """);
        Assert.False(bag.HasErrors, string.Join('\n', bag.Items));
        var t = theme.Typography;
        Assert.False(t.Typograph);
        Assert.False(t.Hyphenation);
        Assert.False(t.TotalFit);
        Assert.Equal((3, 3, 3, 1), (t.HyphenLeftMin, t.HyphenRightMin, t.ConsecutiveHyphens, t.Looseness));
    }

    [Fact]
    public void An_unknown_breaker_is_an_error_naming_the_setting()
    {
        var (_, bag) = Load("typography:\n  line_breaking: fancy\n");
        Assert.Contains(bag.Items, d => d.ToString().Contains("typography.line_breaking «fancy»", StringComparison.Ordinal));
    }

    [Fact]
    public void The_shipped_order_keeps_the_number_sign_with_its_number()
    {
        var on = Composition.Pipeline.Documents["orders/19"];
        Assert.Contains("№\u00A018", KazReports.Documents.DocumentText.Of(on));
    }
}
