using System.Text;
using KazReports.Documents;

namespace KazReports.Rendering.Charts;

/// <summary>Texts of a chart: the alternative text for readers that cannot see it, wrapped labels.</summary>
internal static class ChartText
{
    /// <summary>Alternative text longer than this is cut with «…».</summary>
    public const int MaxAltText = 1500;

    /// <summary>
    /// «Доля «2» по школам. Русский язык: Казачинская СОШ 5,17; Рождественская СОШ нет данных. Порог ШНОР 30 %: 30.»
    /// The title, then each series with its values by category.
    /// </summary>
    public static string AltText(ChartSpec spec)
    {
        var text = new StringBuilder();
        text.Append(string.IsNullOrWhiteSpace(spec.Title) ? "Диаграмма" : spec.Title.Trim());
        text.Append('.');
        foreach (var series in spec.Series)
        {
            text.Append(' ').Append(string.IsNullOrWhiteSpace(series.Name) ? "Ряд" : series.Name.Trim()).Append(": ");
            var items = spec.Categories.Select((category, i) =>
                category + " " + (ChartLayout.Value(series, i) is { } v ? ChartLayout.Number(v) : "нет данных"));
            text.Append(string.Join("; ", items)).Append('.');
        }

        if (spec.Threshold is { } threshold)
        {
            text.Append(' ').Append(ChartLayout.ThresholdName(spec)).Append(": ").Append(ChartLayout.Number(threshold)).Append('.');
        }

        var result = text.ToString();
        return result.Length <= MaxAltText ? result : result[..(MaxAltText - 1)].TrimEnd() + "…";
    }

    /// <summary>
    /// Breaks a text into lines no wider than <paramref name="width"/> points at the given size,
    /// at spaces (a word longer than the width stays whole on its own line).
    /// </summary>
    public static IReadOnlyList<string> Wrap(string text, string family, float sizePt, float width, bool bold = false) =>
        // The same category names and titles are wrapped to the same widths in every letter's charts: remembered.
        RenderCaches.ChartWrapped.Get((text, family, sizePt, width, bold), 0, static (key, _) => WrapOnce(key.Text, key.Family, key.Size, key.Width, key.Bold));

    private static string[] WrapOnce(string text, string family, float sizePt, float width, bool bold)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && ChartFonts.Measure(family, sizePt, candidate, bold) > width)
            {
                lines.Add(line.ToString());
                line.Clear().Append(word);
            }
            else
            {
                line.Clear().Append(candidate);
            }
        }

        if (line.Length > 0 || lines.Count == 0)
        {
            lines.Add(line.ToString());
        }

        return [.. lines];
    }

    /// <summary>The widest line of a text, in points.</summary>
    public static float Widest(IEnumerable<string> lines, string family, float sizePt, bool bold = false) =>
        lines.Select(l => ChartFonts.Measure(family, sizePt, l, bold)).DefaultIfEmpty(0).Max();
}
