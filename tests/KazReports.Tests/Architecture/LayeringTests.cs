namespace KazReports.Tests.Architecture;

/// <summary>The layering of docs/ARCHITECTURE.md holds in the engine's sources, and the checker catches each kind of back-edge.</summary>
public sealed class LayeringTests
{
    private static readonly string Engine = Path.Combine(Composition.Repo.Root, "engine", "KazReports");

    private static readonly Lazy<Dictionary<string, string>> Sources = new(() =>
        Directory.EnumerateFiles(Engine, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToDictionary(f => Path.GetRelativePath(Composition.Repo.Root, f), File.ReadAllText));

    private static Dictionary<string, HashSet<string>> Types => Layering.TypesOf(Sources.Value.Values);

    [Fact]
    public void The_engine_has_no_back_edges()
    {
        var types = Types;
        var edges = Sources.Value.SelectMany(kv => Layering.BackEdges(kv.Key, kv.Value, types)).ToArray();
        Assert.True(edges.Length == 0, "обратные зависимости между слоями:\n" + string.Join("\n", edges));
        Assert.True(Sources.Value.Count > 100, "the engine's sources were found");
    }

    [Theory]
    [InlineData("KazReports.Data.Loading", "using KazReports.Validation;", "Data.Loading → Validation")]
    [InlineData("KazReports.Data.Loading", "        Validation.DataValidator.Validate(data, bag);", "Data.Loading → Validation")]
    [InlineData("KazReports.Validation", "        var (rows, start) = Analysis.ResultIndex.GroupBySchool(store);", "Validation → Analysis")]
    [InlineData("KazReports.Validation", "        var x = KazReports.Analysis.ResultIndex.GroupBySchool(store);", "Validation → Analysis")]
    [InlineData("KazReports.Templates", "using KazReports.Data.Loading;", "Templates → Data.Loading")]
    [InlineData("KazReports.Documents", "using KazReports.Diagnostics;", "Documents → Foundation")]
    [InlineData("KazReports.Documents", "using SourceSpan = KazReports.Diagnostics.SourceSpan;", "Documents → Foundation")]
    [InlineData("KazReports.Rendering.Pdf.Layout", "using KazReports.Rendering.Pdf.Fonts;", "Pdf.Layout → Pdf.Fonts")]
    [InlineData("KazReports.Rendering.Docx", "using static KazReports.Templates.ScriptModel;", "Rendering → Templates")]
    [InlineData("KazReports.Analysis", "    private static Rendering.Docx.DocxRenderer? r;", "Analysis → Rendering")]
    public void A_back_edge_in_a_source_is_found(string ns, string line, string edge)
    {
        var source = $"namespace {ns};\n\n{line}\n";
        var found = Layering.BackEdges("x.cs", source, Types).ToArray();
        var one = Assert.Single(found);
        Assert.Contains(edge, one);
        Assert.StartsWith("x.cs(3)", one);
    }

    [Theory]
    [InlineData("KazReports.Data.Loading", "// Validation.DataValidator runs after loading")]
    [InlineData("KazReports.Data.Loading", "    var s = \"KazReports.Analysis.ResultIndex\";")]
    [InlineData("KazReports.Data.Loading", "    /* using KazReports.Validation; */")]
    [InlineData("KazReports.Templates", "using KazReports.Analysis;")]
    [InlineData("KazReports.Build", "using KazReports.Rendering;")]
    [InlineData("KazReports.Rendering.Pdf", "using KazReports.Rendering.Pdf.Fonts;")]
    public void Comments_strings_and_allowed_edges_are_not_back_edges(string ns, string line)
    {
        var source = $"namespace {ns};\n\n{line}\n";
        Assert.Empty(Layering.BackEdges("x.cs", source, Types));
    }
}
