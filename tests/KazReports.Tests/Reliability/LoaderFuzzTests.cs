using System.Diagnostics;
using System.Text;
using KazReports.Data.Loading;
using KazReports.Data.Model;
using KazReports.Diagnostics;
using KazReports.Tests.Foundation;
using Xunit.Abstractions;
using KazReports.Validation;
using KazReports.Parsing;

namespace KazReports.Tests.Reliability;

/// <summary>
/// A deterministic mutation fuzzer of the loaders: the shipped CSV and YAML files are spoilt (byte
/// flips, insertions of syntax tokens, deletions, truncation, duplication, re-encoding) from a seed,
/// and every spoilt file must give diagnostics, never an exception. Each mutant goes through the
/// decoder, the reader and the typed reader in memory; every 40th is also loaded with
/// <see cref="DataLoader.Load"/> from a data folder (validation included).
/// Time per target: env KAZ_FUZZ_SECONDS; without it 20 s when env CI is set, else 2 s (a local test run);
/// seed: env KAZ_FUZZ_SEED (default 1).
/// A crashing input is saved to $TMP/kaz-fuzz-crashes and becomes a regression test in
/// <see cref="FuzzRegressionTests"/>.
/// </summary>
public sealed class LoaderFuzzTests(ITestOutputHelper output)
{
    private static TimeSpan Budget =>
        TimeSpan.FromSeconds(int.TryParse(Environment.GetEnvironmentVariable("KAZ_FUZZ_SECONDS"), out var s) && s > 0 ? s
            : string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")) ? 2 : 20);

    private static int Seed => int.TryParse(Environment.GetEnvironmentVariable("KAZ_FUZZ_SEED"), out var s) ? s : 1;

    [Fact]
    public void Csv_loader_never_throws_on_mutated_files() =>
        Run("csv", ["results/vpr-oge-2021-2023.csv", "region.csv"]);

    [Fact]
    public void Yaml_loader_never_throws_on_mutated_files() =>
        Run("yaml", Directory.EnumerateFiles(Repo.DataDir, "*.yaml", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Repo.DataDir, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToArray());

    private void Run(string target, string[] files)
    {
        var originals = files.Select(f => File.ReadAllBytes(Path.Combine(Repo.DataDir, f))).ToArray();
        var rng = new Random(Seed);
        using var temp = new TempData();
        var sw = Stopwatch.StartNew();
        long iterations = 0, fullLoads = 0, diagnostics = 0;
        var crashes = new List<string>();
        while (sw.Elapsed < Budget || iterations == 0)
        {
            var i = rng.Next(files.Length);
            var bytes = Mutator.Mutate(originals[i], rng);
            var full = iterations % 40 == 39;
            try
            {
                diagnostics += InMemory(files[i], bytes);
                if (full)
                {
                    temp.WriteBytes(files[i], bytes);
                    var (_, bag) = CheckedData.Load(temp.Dir);
                    diagnostics += bag.Items.Count;
                    temp.WriteBytes(files[i], originals[i]);
                    fullLoads++;
                }
            }
            catch (Exception e)
            {
                var dir = Path.Combine(Path.GetTempPath(), "kaz-fuzz-crashes");
                Directory.CreateDirectory(dir);
                var path = Path.Combine(dir, $"{target}-{Seed}-{iterations}-{Path.GetFileName(files[i])}");
                File.WriteAllBytes(path, bytes);
                crashes.Add($"{files[i]} → {path}: {e.GetType().Name}: {e.Message}\n{e.StackTrace}");
                if (full) temp.WriteBytes(files[i], originals[i]);
                if (crashes.Count >= 20) break;
            }
            iterations++;
        }
        var summary = $"fuzz {target}: seed {Seed}, {sw.Elapsed.TotalSeconds:0.0} s, {iterations} iterations " +
                      $"({fullLoads} full loads), {diagnostics} diagnostics, {crashes.Count} crashes";
        output.WriteLine(summary);
        File.AppendAllText(Path.Combine(Path.GetTempPath(), $"kaz-fuzz-{target}.log"), summary + "\n");
        Assert.True(crashes.Count == 0, summary + "\n" + string.Join("\n\n", crashes));
    }

    private static readonly Lazy<Catalog> ShippedCatalog = new(() => Repo.Data.Catalog);

    /// <summary>The decoder and the reader of <paramref name="file"/> on <paramref name="bytes"/>; the number of diagnostics.</summary>
    internal static int InMemory(string file, byte[] bytes)
    {
        var bag = new DiagnosticBag();
        var text = TextDecoder.Decode(bytes, file, bag);
        if (file.EndsWith(".csv", StringComparison.Ordinal))
        {
            var table = CsvTableReader.Read(text, file, bag);
            if (table is not null)
            {
                var loader = new ResultsLoader(ShippedCatalog.Value, Settings.Default, bag);
                if (file == "region.csv") loader.ReadRegionRows(table);
                else loader.ReadSchoolRows(table);
            }
            return bag.Items.Count;
        }
        var root = YamlFile.Parse(text, file, bag);
        if (root is null) return bag.Items.Count;
        var name = Path.GetFileName(file);
        _ = name switch
        {
            "catalog.yaml" => CatalogReader.Read(root),
            "district.yaml" => DistrictReader.Read(root),
            "program.yaml" => ProgramReader.Read(root),
            "schools.yaml" => SchoolsReader.Read(root),
            "settings.yaml" => SettingsReader.Read(root),
            "shnor.yaml" => ShnorReader.ReadRule(root, ShippedCatalog.Value),
            "shnor-published.yaml" => ShnorReader.ReadPublished(root),
            "plan.yaml" => ActivitiesReader.ReadPlan(root),
            "letters.yaml" => OrdersReader.ReadLetters(root),
            "recommendations.yaml" => RecommendationsReader.Read(root),
            _ when name.StartsWith("roadmap-", StringComparison.Ordinal) => ActivitiesReader.ReadRoadmap(root),
            _ when file.StartsWith("orders/", StringComparison.Ordinal) => OrdersReader.Read(root),
            _ => (object)root,
        };
        return bag.Items.Count;
    }
}

/// <summary>Deterministic mutations of file bytes.</summary>
internal static class Mutator
{
    private static readonly string[] Tokens =
    [
        ";", ",", "\t", "\"", "\"\"", "\n", "\r\n", "\r", ":", ": ", "- ", "  ", "[", "]", "{", "}", "&a ", "*a", "!!int ", "!!str ", "? ",
        "|", ">", "#", "'", "%", "—", "1 234", "5,17%", "-1", "0", "99999999999999999999", "31.02.2024", "2024-13-45", "null", "~",
        "\uFEFF", "ё", "Ш", "../", "<<: *a", "---\n", "...\n", "\u0000", "1e400", "NaN", ".inf", "true", "[]", "{}", "- - - ",
    ];

    public static byte[] Mutate(byte[] original, Random rng)
    {
        var b = new List<byte>(original);
        var n = 1 + rng.Next(4);
        for (var k = 0; k < n; k++) Apply(b, rng);
        return b.ToArray();
    }

    private static void Apply(List<byte> b, Random rng)
    {
        int At() => b.Count == 0 ? 0 : rng.Next(b.Count + 1);
        switch (rng.Next(11))
        {
            case 0 when b.Count > 0: // bit flip
                var i = rng.Next(b.Count);
                b[i] ^= (byte)(1 << rng.Next(8));
                break;
            case 1 when b.Count > 0: // random byte
                b[rng.Next(b.Count)] = (byte)rng.Next(256);
                break;
            case 2: case 3: case 4: // a syntax token
                b.InsertRange(At(), Encoding.UTF8.GetBytes(Tokens[rng.Next(Tokens.Length)]));
                break;
            case 5 when b.Count > 0: // delete a range
                var s = rng.Next(b.Count);
                b.RemoveRange(s, Math.Min(b.Count - s, 1 + rng.Next(64)));
                break;
            case 6: // truncate
                if (b.Count > 0) { var p = rng.Next(b.Count); b.RemoveRange(p, b.Count - p); }
                break;
            case 7 when b.Count > 0: // duplicate a range somewhere
                var from = rng.Next(b.Count);
                var len = Math.Min(b.Count - from, 1 + rng.Next(200));
                b.InsertRange(At(), b.GetRange(from, len));
                break;
            case 8: // re-encode
                var text = Encoding.UTF8.GetString(b.ToArray());
                var enc = rng.Next(4) switch
                {
                    0 => TextDecoder.Windows1251,
                    1 => (Encoding)new UnicodeEncoding(false, true),
                    2 => new UTF8Encoding(true),
                    _ => Encoding.Latin1,
                };
                b.Clear();
                b.AddRange(enc.GetPreamble());
                b.AddRange(enc.GetBytes(text));
                break;
            case 9: // random bytes
                var r = new byte[1 + rng.Next(16)];
                rng.NextBytes(r);
                b.InsertRange(At(), r);
                break;
            default: // swap two lines
                var lines = Encoding.UTF8.GetString(b.ToArray()).Split('\n');
                if (lines.Length > 2)
                {
                    var x = rng.Next(lines.Length);
                    var y = rng.Next(lines.Length);
                    (lines[x], lines[y]) = (lines[y], lines[x]);
                    b.Clear();
                    b.AddRange(Encoding.UTF8.GetBytes(string.Join('\n', lines)));
                }
                break;
        }
    }
}
