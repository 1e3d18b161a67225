using KazReports.Documents;
using KazReports.Rendering.Charts;

namespace KazReports.Rendering.Html;

/// <summary>
/// Images and charts. A chart is a &lt;figure&gt;: the inline SVG with <c>role="img"</c>, named by the chart's title and
/// described by a sentence that states the data; the &lt;figcaption&gt; (which names the figure);
/// and the chart's data as a table in a &lt;details&gt; (hidden in print, where the chart is on paper).
/// </summary>
internal static class MediaRenderer
{
    /// <summary>A raster image inline as a data: URL (the page loads nothing from outside), at its size on paper.</summary>
    public static void Image(HtmlContext cx, ImageBlock image)
    {
        var png = image.Data is [0x89, 0x50, ..];
        var src = $"data:image/{(png ? "png" : "jpeg")};base64,{Convert.ToBase64String(image.Data)}";
        cx.W.Open("figure").Open("img",
            ("src", src),
            ("alt", image.AltText),
            ("style", $"width:{HtmlWriter.Number(image.WidthMm)}mm")).Close("figure").Line();
    }

    public static void Chart(HtmlContext cx, ChartSpec spec)
    {
        var w = cx.W;
        var id = cx.NextId("chart");
        var caption = string.IsNullOrWhiteSpace(spec.Caption) ? spec.Title : spec.Caption;
        var svg = ChartSvg.Render(spec, cx.Theme, id);
        w.Open("figure", ("class", "chart")).Line();
        var gt = svg.IndexOf('>', StringComparison.Ordinal);
        w.Raw($"<svg role=\"img\" aria-labelledby=\"{id}-title\" aria-describedby=\"{id}-desc\"").Raw(svg[4..(gt + 1)])
         .Open("title", ("id", id + "-title")).Text(spec.Title).Close("title")
         .Open("desc", ("id", id + "-desc")).Text(Statement(spec)).Close("desc")
         .Raw(svg[(gt + 1)..]).Line();
        w.Element("figcaption", caption, ("id", id + "-caption")).Line();
        DataTable(cx, spec);
        w.Close("figure").Line();
    }

    /// <summary>The data in words: «Русский язык: Казачинская СОШ — 5,17; …».</summary>
    public static string Statement(ChartSpec spec)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(spec.ValueAxisTitle)) parts.Add($"Значения: {spec.ValueAxisTitle}.");
        foreach (var series in spec.Series)
        {
            var values = spec.Categories.Select((c, i) => $"{c} — {Value(series, i)}");
            parts.Add($"{series.Name}: {string.Join("; ", values)}.");
        }
        if (spec.Threshold is { } t)
            parts.Add($"{(string.IsNullOrWhiteSpace(spec.ThresholdLabel) ? "Порог" : spec.ThresholdLabel)}: {Format(t)}.");
        return string.Join(" ", parts);
    }

    private static void DataTable(HtmlContext cx, ChartSpec spec)
    {
        var w = cx.W;
        w.Open("details").Element("summary", "Данные диаграммы").Line();
        w.Open("table").Element("caption", spec.Title).Line();
        w.Open("thead").Open("tr").Element("th", spec.ValueAxisTitle is { Length: > 0 } axis ? axis : "Показатель", ("scope", "col"));
        foreach (var series in spec.Series) w.Element("th", series.Name, ("scope", "col"));
        w.Close("tr").Close("thead").Line().Open("tbody").Line();
        for (var c = 0; c < spec.Categories.Count; c++)
        {
            w.Open("tr").Element("th", spec.Categories[c], ("scope", "row"));
            foreach (var series in spec.Series) w.Element("td", Value(series, c), ("class", "al-center"));
            w.Close("tr").Line();
        }
        w.Close("tbody").Line().Close("table").Line().Close("details").Line();
    }

    private static string Value(ChartSeries series, int category) =>
        category < series.Values.Count && series.Values[category] is { } v ? Format(v) : "нет данных";

    private static string Format(decimal value) => ChartLayout.Number((double)value);
}
