using System.Reflection;
using System.Text;
using KazReports.Documents;
using ScottPlot;
using SkiaSharp;

namespace KazReports.Rendering.Charts;

/// <summary>
/// Routes a plot's texts to typefaces the caller supplies: the PDF renderer gives a chart the same
/// subset faces as the page text, so a chart adds no whole font file to the PDF. ScottPlot looks a
/// font name up in a process-wide cache; a typeface set on each text style instead is per plot, so
/// documents rendered in parallel do not see each other's faces. Without it ScottPlot finds fonts by name.
/// </summary>
internal static class ChartTypefaces
{
    /// <summary>Characters any chart may draw besides its own strings: digits and signs of numbers.</summary>
    public const string NumberCharacters = " 0123456789,.-−+%";

    /// <summary>The faces (family, bold) the plot's texts ask for, in a stable order.</summary>
    public static IReadOnlyList<(string Family, bool Bold)> Faces(Plot plot) => Faces([.. Labels(plot)]);

    /// <summary>The faces (family, bold) texts ask for, in a stable order: of the labels <see cref="Apply"/> returned.</summary>
    public static IReadOnlyList<(string Family, bool Bold)> Faces(IReadOnlyList<LabelStyle> labels)
    {
        var faces = new List<(string Family, bool Bold)>();
        foreach (var label in labels)
        {
            var face = (label.FontName, label.Bold);
            if (!faces.Contains(face))
            {
                faces.Add(face);
            }
        }

        return faces;
    }

    /// <summary>
    /// Gives every text of the plot the typeface <paramref name="resolve"/> returns for its family and
    /// boldness (asked once per face; null leaves ScottPlot's lookup by name). Legend items, which the legend makes anew on
    /// each render, become the legend's fixed items first so their typefaces stay.
    /// </summary>
    /// <returns>
    /// The plot's texts: they stay the plot's texts until it is rendered, so <see cref="Apply(IReadOnlyList{LabelStyle}, Func{string, bool, SKTypeface?})"/>
    /// and <see cref="Faces(IReadOnlyList{LabelStyle})"/> can take them instead of finding them again.
    /// </returns>
    public static IReadOnlyList<LabelStyle> Apply(Plot plot, Func<string, bool, SKTypeface?> resolve)
    {
        ArgumentNullException.ThrowIfNull(plot);
        ArgumentNullException.ThrowIfNull(resolve);
        var legend = plot.Legend;
        if (legend.DisplayPlottableLegendItems)
        {
            var items = legend.GetItems();
            legend.ManualItems = [.. items];
            legend.DisplayPlottableLegendItems = false;
        }

        var labels = Labels(plot).ToList();
        Apply(labels, resolve);
        return labels;
    }

    /// <summary>
    /// <see cref="Apply(Plot, Func{string, bool, SKTypeface?})"/> on the texts it returned for a plot
    /// not rendered since: gives each the typeface <paramref name="resolve"/> returns for its family
    /// and boldness (asked once per face).
    /// </summary>
    public static void Apply(IReadOnlyList<LabelStyle> labels, Func<string, bool, SKTypeface?> resolve)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(resolve);
        var resolved = new Dictionary<(string, bool), SKTypeface?>();
        foreach (var label in labels)
        {
            var face = (label.FontName, label.Bold);
            if (!resolved.TryGetValue(face, out var typeface))
            {
                typeface = resolve(label.FontName, label.Bold);
                resolved[face] = typeface;
            }

            label.Font = typeface;
        }
    }

    /// <summary>
    /// Every character the chart of <paramref name="spec"/> can draw: its title, categories, series
    /// names, value axis title, threshold label, and digits and signs of its numbers.
    /// </summary>
    public static string Characters(ChartSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var text = new StringBuilder(NumberCharacters);
        text.Append(spec.Title);
        foreach (var category in spec.Categories)
        {
            text.Append(category);
        }

        foreach (var series in spec.Series)
        {
            text.Append(series.Name);
        }

        text.Append(spec.ValueAxisTitle);
        if (spec.Threshold is not null)
        {
            text.Append(ChartLayout.ThresholdName(spec));
        }

        var seen = new SortedSet<int>();
        foreach (var rune in text.ToString().EnumerateRunes())
        {
            if (!Rune.IsControl(rune))
            {
                seen.Add(rune.Value);
            }
        }

        var result = new StringBuilder();
        foreach (var value in seen)
        {
            result.Append(char.ConvertFromUtf32(value));
        }

        return result.ToString();
    }

    /// <summary>Every text style the plot draws with: axes, panels (title), plottables (value and threshold labels), legend items.</summary>
    private static IEnumerable<LabelStyle> Labels(Plot plot)
    {
        var owners = new List<object>();
        owners.AddRange(plot.Axes.GetAxes());
        owners.AddRange(plot.Axes.GetPanels());
        owners.Add(plot.Axes.Title);
        owners.AddRange(plot.GetPlottables());
        var labels = owners.SelectMany(Styles).ToList();
        labels.AddRange(plot.Legend.GetItems().Select(i => i.LabelStyle));
        return labels.Distinct(ReferenceEqualityComparer.Instance).Cast<LabelStyle>();
    }

    /// <summary>The label styles an object holds in public properties and fields (ScottPlot types name them variously).</summary>
    private static IEnumerable<LabelStyle> Styles(object owner) =>
        RenderCaches.ChartLabelAccessors.Get(owner.GetType(), 0, static (type, _) =>
        [
            .. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.PropertyType == typeof(LabelStyle) && p.CanRead && p.GetIndexParameters().Length == 0 && !p.IsDefined(typeof(ObsoleteAttribute)))
                .Select(p => (Func<object, LabelStyle?>)(o => p.GetValue(o) as LabelStyle)),
            .. type.GetFields(BindingFlags.Public | BindingFlags.Instance)
                .Where(f => f.FieldType == typeof(LabelStyle) && !f.IsDefined(typeof(ObsoleteAttribute)))
                .Select(f => (Func<object, LabelStyle?>)(o => f.GetValue(o) as LabelStyle)),
        ])
        .Select(get => get(owner))
        .OfType<LabelStyle>();
}
