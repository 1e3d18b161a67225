using System.Diagnostics;

namespace KazReports.Tests.Composition;

/// <summary>Output depends on the data and templates only: not on the machine's culture, time zone or core count.</summary>
public sealed class DeterminismTests
{
    private static string BuildInProcess(IDictionary<string, string> env, params string[] extra) => BuildDataInProcess(env, Repo.Data, extra);

    private static string BuildDataInProcess(IDictionary<string, string> env, string data, params string[] extra)
    {
        var output = Repo.TempDir("det");
        var kaz = Path.Combine(AppContext.BaseDirectory, "kaz.dll");
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { kaz, "build", "--data", data, "--templates", Repo.Templates, "--out", output, "--format", "all" }.Concat(extra))
            psi.ArgumentList.Add(a);
        foreach (var (k, v) in env) psi.Environment[k] = v;
        using var p = Process.Start(psi)!;
        var stderr = p.StandardError.ReadToEndAsync();
        p.StandardOutput.ReadToEnd();
        Assert.True(p.WaitForExit(120_000), "kaz build did not finish");
        Assert.True(p.ExitCode == 0, stderr.Result);
        return output;
    }

    private static void AssertSameFiles(string a, string b)
    {
        var files = Directory.EnumerateFiles(a, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".docx", StringComparison.Ordinal) || f.EndsWith(".pdf", StringComparison.Ordinal) || f.EndsWith(".html", StringComparison.Ordinal)).ToArray();
        Assert.Contains(files, f => f.EndsWith(".pdf", StringComparison.Ordinal));
        Assert.Contains(files, f => f.EndsWith(".html", StringComparison.Ordinal));
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var other = Path.Combine(b, Path.GetRelativePath(a, file));
            Assert.True(File.ReadAllBytes(file).AsSpan().SequenceEqual(File.ReadAllBytes(other)), $"{Path.GetRelativePath(a, file)} differs");
        }
    }

    [Fact]
    public void Culture_and_time_zone_do_not_change_a_byte()
    {
        var plain = BuildInProcess(new Dictionary<string, string> { ["LANG"] = "C", ["LC_ALL"] = "C", ["TZ"] = "UTC" });
        var german = BuildInProcess(new Dictionary<string, string> { ["LANG"] = "de_DE.UTF-8", ["LC_ALL"] = "de_DE.UTF-8", ["TZ"] = "Asia/Krasnoyarsk" });
        AssertSameFiles(plain, german);
    }

    [Fact]
    public void One_worker_or_many_give_the_same_files()
    {
        var env = new Dictionary<string, string> { ["LANG"] = "ru_RU.UTF-8" };
        var one = BuildInProcess(env, "--jobs", "1");
        var two = BuildInProcess(env, "--jobs", "2");
        AssertSameFiles(one, two);
    }

    [Fact]
    public void Letters_of_a_synthetic_region_are_the_same_on_one_worker_or_two()
    {
        var data = Repo.TempDir("region");
        KazReports.Synthetic.RegionGenerator.Write(data, Repo.Data, schools: 40, seed: 7);
        var env = new Dictionary<string, string> { ["LANG"] = "ru_RU.UTF-8" };
        var one = BuildDataInProcess(env, data, "--only", "letters", "--jobs", "1");
        var two = BuildDataInProcess(env, data, "--only", "letters", "--jobs", "2");
        Assert.Equal(120, Directory.EnumerateFiles(Path.Combine(one, "letters")).Count()); // DOCX, PDF and HTML
        AssertSameFiles(one, two);
    }
}
