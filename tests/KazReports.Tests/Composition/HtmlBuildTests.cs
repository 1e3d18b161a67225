using KazReports.Cli;

namespace KazReports.Tests.Composition;

/// <summary><c>kaz build --format html</c>: a page per document and the index of what was built.</summary>
public sealed class HtmlBuildTests
{
    [Fact]
    public void Html_build_writes_pages_and_an_index_of_the_built_files()
    {
        var output = Repo.TempDir("html-build");
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = KazCli.Run(["build", "--data", Repo.Data, "--templates", Repo.Templates, "--out", output, "--format", "html", "--only", "vpr", "orders"],
            stdout, stderr);
        Assert.True(code == 0, stderr.ToString());
        Assert.True(File.Exists(Path.Combine(output, "vpr-2023.html")));
        Assert.True(File.Exists(Path.Combine(output, "orders", "18.html")));
        Assert.False(File.Exists(Path.Combine(output, "vpr-2023.pdf")));
        var index = File.ReadAllText(Path.Combine(output, "index.html"));
        Assert.Contains("href=\"vpr-2023.html\"", index, StringComparison.Ordinal);
        Assert.Contains("href=\"orders/18.html\"", index, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"vpr-2023.pdf\"", index, StringComparison.Ordinal);
        // Documents not built this time are still listed, without links.
        Assert.Contains("Паспорт программы", index, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"passport.html\"", index, StringComparison.Ordinal);
        Assert.Contains("не собран", index, StringComparison.Ordinal);
        Assert.Contains("index.html", Directory.EnumerateFiles(output).Select(Path.GetFileName));
    }

    [Fact]
    public void Html_is_one_of_the_formats_and_part_of_all()
    {
        var stderr = new StringWriter();
        Assert.Equal(KazCli.Usage, KazCli.Run(["build", "--format", "htm"], new StringWriter(), stderr));
        Assert.Contains("html", stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains(BuildCommand.Renderers(), r => r.Format == "html");
    }
}
