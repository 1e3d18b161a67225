using System.Text.RegularExpressions;

namespace KazReports.Tests.Architecture;

/// <summary>
/// The rule of docs/ARCHITECTURE.md «Caches»: a process-wide memo is a field of RenderCaches; only
/// the native objects kept for the process and the listed non-caches hold static tables elsewhere.
/// </summary>
public sealed partial class CacheRuleTests
{
    private static readonly string Engine = Path.Combine(Composition.Repo.Root, "engine", "KazReports");

    // Each with its reason in the file and in docs/ARCHITECTURE.md.
    private static readonly string[] Allowed =
    [
        "Rendering/RenderCaches.cs",           // the memos
        "Rendering/Fonts/FontSet.cs",          // native typefaces of the font files
        "Rendering/Pdf/Text/SharedFonts.cs",   // native SKFonts
        "Rendering/Charts/ChartFonts.cs",      // native SKFonts
        "Rendering/Pdf/Fonts/EmbeddedFonts.cs", // native subset faces
        "Rendering/Pdf/Fonts/MissingGlyphs.cs", // per-build state keyed by the build's bag
        "Text/Hyphenator.cs",                  // the patterns, loaded once
        "Documents/TableGrid.cs",              // each table's placed grid, attached to the table (weak: it dies with it)
    ];

    [GeneratedRegex(@"static\s+(readonly\s+)?[\w.]*(ConcurrentDictionary|ConditionalWeakTable|BoundedCache|Lazy)<")]
    private static partial Regex StaticTable();

    [Fact]
    public void Static_tables_are_memos_of_the_service_or_documented_exceptions()
    {
        var found = Directory.EnumerateFiles(Engine, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal))
            .Where(f => StaticTable().IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(Engine, f).Replace('\\', '/'))
            .ToArray();
        Assert.Contains("Rendering/RenderCaches.cs", found);
        var stray = found.Except(Allowed, StringComparer.Ordinal).ToArray();
        Assert.True(stray.Length == 0, "статические таблицы вне RenderCaches: " + string.Join(", ", stray));
    }

    [Theory]
    [InlineData("    private static readonly ConcurrentDictionary<string, int> Widths = new();")]
    [InlineData("    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Theme, byte[]> Styles = new();")]
    [InlineData("    private static readonly BoundedCache<string, int> Memo = new(\"x\", 10);")]
    [InlineData("    private static Lazy<byte[]> settings = new(() => []);")]
    public void A_stray_static_table_is_seen(string line) => Assert.Matches(StaticTable(), line);
}
