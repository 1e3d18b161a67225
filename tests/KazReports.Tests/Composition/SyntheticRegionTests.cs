using KazReports.Data.Loading;
using KazReports.Synthetic;
using KazReports.Validation;

namespace KazReports.Tests.Composition;

/// <summary>`kaz generate`: a valid region in the real data format, the same for the same seed.</summary>
public sealed class SyntheticRegionTests
{
    [Fact]
    public void A_generated_region_loads_without_errors()
    {
        var dir = Repo.TempDir("region");
        RegionGenerator.Write(dir, Repo.Data, schools: 25, seed: 1);
        var (data, bag) = CheckedData.Load(dir);
        Assert.False(bag.HasErrors, string.Join("\n", bag.Items.Take(5)));
        Assert.Equal(25, data!.Schools.Count);
        Assert.True(data.Results.Count >= 25 * 10, $"{data.Results.Count} results");
        Assert.True(data.Years.Count >= 3);
    }

    [Fact]
    public void The_same_seed_gives_the_same_files_and_another_seed_other_results()
    {
        string Generate(int seed)
        {
            var dir = Repo.TempDir("region");
            RegionGenerator.Write(dir, Repo.Data, schools: 12, seed: seed);
            return dir;
        }

        var (a, b, c) = (Generate(5), Generate(5), Generate(6));
        var files = Directory.EnumerateFiles(a, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(a, f)).Order(StringComparer.Ordinal).ToArray();
        Assert.Contains("schools.yaml", files);
        foreach (var file in files)
            Assert.Equal(File.ReadAllBytes(Path.Combine(a, file)), File.ReadAllBytes(Path.Combine(b, file)));
        var results = Path.Combine("results", "synthetic.csv");
        Assert.NotEqual(File.ReadAllBytes(Path.Combine(a, results)), File.ReadAllBytes(Path.Combine(c, results)));
    }
}
