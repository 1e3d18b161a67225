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

    [Fact]
    public void The_count_after_iz_agrees_with_its_number()
    {
        var output = new StringWriter();
        var progress = new BuildProgress(output, 101);
        for (var i = 0; i < 101; i++) progress.Written($"letters/s{i:000}.pdf");
        Assert.Equal("  записано 100 % (101 из 101 файла)", Lines(output)[^1]);
    }

    [Theory]
    [InlineData(1, 0.5, "1 файл за 0,50 с")]
    [InlineData(3, 12.25, "3 файла за 12,25 с")]
    [InlineData(11, 1, "11 файлов за 1,00 с")]
    [InlineData(56, 2.1, "56 файлов за 2,10 с")]
    public void The_closing_line_agrees_with_its_number_and_has_a_decimal_comma(int files, double seconds, string expected) =>
        Assert.Equal(expected, $"{WatchLoop.Files(files)} за {KazReports.Text.Numbers.Seconds(TimeSpan.FromSeconds(seconds))}");

    private static string[] Lines(StringWriter output) =>
        output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
}
