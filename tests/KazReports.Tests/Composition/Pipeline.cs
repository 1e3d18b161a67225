using KazReports.Build;
using KazReports.Data.Loading;
using KazReports.Diagnostics;
using KazReports.Documents;
using KazReports.Validation;

namespace KazReports.Tests.Composition;

/// <summary>Composes the shipped documents in memory (no files), once per test run.</summary>
internal static class Pipeline
{
    private static readonly Lazy<IReadOnlyDictionary<string, Document>> Shipped = new(() => ComposeAll(Repo.Data, Repo.Templates));

    public static IReadOnlyDictionary<string, Document> Documents => Shipped.Value;

    public static IReadOnlyDictionary<string, Document> ComposeAll(string dataDir, string templatesDir)
    {
        var (data, bag) = CheckedData.Load(dataDir);
        Assert.False(bag.HasErrors, string.Join("\n", bag.Items));
        var (documents, diagnostics) = Compose(data!, templatesDir);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        return documents;
    }

    public static (IReadOnlyDictionary<string, Document> Documents, DiagnosticBag Diagnostics) Compose(Data.Model.DataSet data, string templatesDir)
    {
        var bag = new DiagnosticBag();
        var result = new Dictionary<string, Document>();
        if (DocumentComposer.Open(data, templatesDir, bag, "templates") is not { } composer) return (result, bag);
        foreach (var job in composer.Plan(bag))
        {
            if (composer.Compose(job, bag) is { } doc) result[job.OutputName] = doc;
        }
        return (result, bag);
    }

    /// <summary>A document's text with the typograph's no-break spaces and hyphens read as plain ones.</summary>
    public static string Text(string name) => DocumentText.Of(Documents[name]).Replace('\u00A0', ' ').Replace('\u2011', '-');
}
