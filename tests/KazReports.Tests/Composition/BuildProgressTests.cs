using KazReports.Build;

namespace KazReports.Tests.Composition;

public sealed class BuildProgressTests
{
    [Fact]
    public void A_few_files_are_listed_by_name()
    {
        var output = new StringWriter();
        var progress = new BuildProgress(output, 3);
        foreach (var name in new[] { "a.docx", "a.pdf", "letters/b.pdf" }) progress.Written(name);
        Assert.Equal(["  a.docx", "  a.pdf", "  letters/b.pdf"], Lines(output));
    }

    [Fact]
    public void Many_files_give_a_line_per_tenth_from_parallel_workers()
    {
        var output = new StringWriter();
        var progress = new BuildProgress(output, 2000);
        Parallel.For(0, 2000, i => progress.Written($"letters/s{i:00000}.pdf"));
        var lines = Lines(output);
        Assert.Equal(10, lines.Length);
        Assert.Equal("  записано 10 % (200 из 2000 файлов)", lines[0]);
        Assert.Equal("  записано 100 % (2000 из 2000 файлов)", lines[^1]);
        Assert.DoesNotContain(lines, l => l.Contains("letters/", StringComparison.Ordinal));
    }

    private static string[] Lines(StringWriter output) =>
        output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
}
