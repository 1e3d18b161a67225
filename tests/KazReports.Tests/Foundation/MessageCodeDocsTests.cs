using System.Text.RegularExpressions;
using KazReports.Tests.Composition;

namespace KazReports.Tests.Foundation;

/// <summary>Every message code the engine can print is explained in data/README.md.</summary>
public sealed partial class MessageCodeDocsTests
{
    [Fact]
    public void Every_code_in_the_engine_is_listed_in_the_data_readme()
    {
        var engine = Path.Combine(Repo.Root, "engine");
        var codes = Directory.EnumerateFiles(engine, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => Code().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);
        Assert.True(codes.Count > 40, $"кодов найдено: {codes.Count}");
        var readme = File.ReadAllText(Path.Combine(Repo.Root, "data", "README.md"));
        var missing = codes.Where(c => !readme.Contains($"| {c} |", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0, "нет в data/README.md: " + string.Join(", ", missing));
    }

    [GeneratedRegex("\"(KR[0-9]{4})\"")]
    private static partial Regex Code();
}
