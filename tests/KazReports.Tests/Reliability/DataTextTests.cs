using KazReports.Documents;
using KazReports.Tests.Composition;
using static KazReports.Tests.Reliability.BadInputCatalogTests;

namespace KazReports.Tests.Reliability;

/// <summary>
/// Data text is data: characters meaningful to YAML, Markdown or the markup, put in the data,
/// print as written in the body, the tables and the front matter (the document's title).
/// </summary>
public sealed class DataTextTests
{
    private const string SchoolName = "Казачинская: #1 *СОШ* | ::: --- {{ x }} _a_ [b](c) <i>";
    private const string OrderTitle = "Об: #2 *поддержке* | ::: --- {{ y }} `k` [l](m)";

    [Fact]
    public void Markup_and_yaml_characters_in_the_data_print_as_written_everywhere()
    {
        using var s = new Spoilt();
        s.Replace("data/schools.yaml", "short_name: Казачинская СОШ", $"short_name: \"{SchoolName}\"");
        var order = File.ReadAllLines(s.PathOf("data/orders/shnor-support-2024.yaml"));
        var at = Array.FindIndex(order, l => l.StartsWith("title:", StringComparison.Ordinal));
        order[at] = $"title: \"{OrderTitle}\"";
        File.WriteAllLines(s.PathOf("data/orders/shnor-support-2024.yaml"), order);

        var (data, bag) = KazReports.Validation.CheckedData.Load(s.DataDir);
        Assert.False(bag.HasErrors, string.Join("\n", bag.Items));
        var (documents, diagnostics) = Pipeline.Compose(data!, s.TemplatesDir);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));

        var letter = documents["letters/kazachinskaya"];
        Assert.Equal($"Адресные рекомендации — МБОУ {SchoolName}", letter.Info.Title);
        var text = DocumentText.Of(letter).Replace('\u00A0', ' ').Replace('\u2011', '-');
        Assert.Contains($"результаты МБОУ {SchoolName}", text.ReplaceLineEndings(" "));
        var orderDoc = documents.Single(d => d.Key.StartsWith("orders/", StringComparison.Ordinal) && d.Value.Info.Title.Contains("поддержке")).Value;
        Assert.EndsWith($"«{OrderTitle}»", orderDoc.Info.Title);
        Assert.Contains(OrderTitle, DocumentText.Of(orderDoc).Replace('\u00A0', ' ').Replace('\u2011', '-'));
    }
}
