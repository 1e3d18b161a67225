using KazReports.Parsing;
using System.Globalization;
using KazReports.Documents;
using Markdig.Extensions.CustomContainers;
using YamlDotNet.RepresentationModel;

namespace KazReports.Templates.Markup;

/// <summary>
/// The chart directive: a YAML body with kind, title, categories, series, threshold, caption.
/// </summary>
internal static class ChartMarkup
{
    /// <summary>bar: grouped columns; hbar: grouped horizontal bars (long names); line: dynamics; stacked100: shares that sum to 100 %.</summary>
    public static readonly string[] Kinds = ["bar", "hbar", "line", "stacked100"];

    public static ChartBlock? Parse(CustomContainer c, Attributes a, MarkupParser.Context ctx)
    {
        var span = ctx.Span(c);
        YamlStream stream;
        try
        {
            stream = KazReports.Parsing.SafeYaml.Load(new StringReader(string.Join('\n', ctx.RawLines(c))));
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            ctx.Bag.Error(TemplateCodes.Markup, span, "диаграмма: описание не YAML: " + KazReports.Parsing.SafeYaml.Message(e));
            return null;
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode map)
        {
            ctx.Bag.Error(TemplateCodes.Markup, span, "диаграмма без описания");
            return null;
        }
        string? S(string key) => map.Children.TryGetValue(new YamlScalarNode(key), out var v) && v is YamlScalarNode s ? s.Value : null;
        var categories = map.Children.TryGetValue(new YamlScalarNode("categories"), out var cn) && cn is YamlSequenceNode cs
            ? cs.Children.OfType<YamlScalarNode>().Select(x => x.Value ?? "").ToArray()
            : [];
        var series = new List<ChartSeries>();
        if (map.Children.TryGetValue(new YamlScalarNode("series"), out var sn) && sn is YamlSequenceNode ss)
        {
            foreach (var item in ss.Children.OfType<YamlMappingNode>())
            {
                string? G(string k) => item.Children.TryGetValue(new YamlScalarNode(k), out var v) && v is YamlScalarNode x ? x.Value : null;
                var values = item.Children.TryGetValue(new YamlScalarNode("values"), out var vn) && vn is YamlSequenceNode vs
                    ? vs.Children.OfType<YamlScalarNode>().Select(x => Num(x.Value)).ToArray()
                    : [];
                series.Add(new ChartSeries(G("name") ?? "", values, G("color")));
            }
        }
        if (categories.Length == 0 || series.Count == 0 || series.All(s => s.Values.All(v => v is null)))
        {
            ctx.Bag.Error(TemplateCodes.Markup, span, "диаграмма без данных: нужны categories и series со значениями");
            return null;
        }
        foreach (var s in series.Where(s => s.Values.Count != categories.Length))
            ctx.Bag.Error(TemplateCodes.Markup, span, $"диаграмма: в ряду «{s.Name}» {s.Values.Count} значений, а категорий {categories.Length}");
        if (series.Count > MaxSeries)
            ctx.Bag.Warning(TemplateCodes.Markup, span, $"диаграмма: рядов {series.Count} — легенда займёт место графика, линии и столбцы не различить; покажите не больше {MaxSeries}, остальное — в таблице");
        if (categories.Length > MaxCategories)
            ctx.Bag.Warning(TemplateCodes.Markup, span, $"диаграмма: категорий {categories.Length} — столбцы станут тоньше подписей; покажите не больше {MaxCategories}, остальное — в таблице");
        var spec = new ChartSpec(S("kind") ?? a["kind"] ?? "bar", S("title") ?? "", categories, series, S("axis"),
            Num(S("threshold")), S("threshold_label"),
            double.TryParse(S("width"), NumberStyles.Float, CultureInfo.InvariantCulture, out var w) ? w : 160,
            double.TryParse(S("height"), NumberStyles.Float, CultureInfo.InvariantCulture, out var h) ? h : 90,
            S("caption") is { } caption ? $"Рисунок {++ctx.ChartCount} — {caption}" : null);
        if (!Kinds.Contains(spec.Kind))
        {
            ctx.Bag.Error(TemplateCodes.Markup, span, $"диаграмма: неизвестный вид «{spec.Kind}»; известны: {string.Join(", ", Kinds)}");
            return null;
        }
        return new ChartBlock(spec, span);
    }

    /// <summary>More series than this leave no room for the plot under the legend (a 160 × 90 mm chart).</summary>
    internal const int MaxSeries = 20;

    /// <summary>More categories than this make bars thinner than their labels, even on a whole page.</summary>
    internal const int MaxCategories = 60;

    private static decimal? Num(string? s) =>
        s is null || s.Length == 0 ? null :
        decimal.TryParse(s.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;
}
