using KazReports.Build;
using KazReports.Documents;
using KazReports.Rendering;
using KazReports.Tests.Composition;

namespace KazReports.Tests.Reliability;

/// <summary>The output folder's <c>index.html</c> is part of the staged build: all or nothing, never stale.</summary>
public sealed class StagedIndexTests
{
    private sealed class Failing(string format) : IDocumentRenderer
    {
        public string Format => format;

        public void Render(Document document, Theme theme, Stream output)
        {
            output.Write("half a page"u8);
            throw new InvalidOperationException("a bug in the " + format + " renderer");
        }
    }

    private static BuildOptions Orders(string output, params string[] formats) =>
        new(Repo.Data, Repo.Templates, output, ["orders"], null, formats, Parallelism: 1);

    private static string Index(string output) => Path.Combine(output, "index.html");

    private static BuildResult Build(BuildOptions options)
    {
        var result = KazReports.Cli.BuildCommand.Execute(options, null);
        Assert.False(result.Diagnostics.HasErrors, string.Join("\n", result.Diagnostics.Items));
        return result;
    }

    [Fact]
    public void The_index_is_committed_with_the_documents_and_links_the_files_staged_with_it()
    {
        var output = Repo.TempDir("index-staged");
        var result = Build(Orders(output, "docx", "html"));
        Assert.Contains(Index(output), result.Written);
        var html = File.ReadAllText(Index(output));
        // Written into an empty folder: the links can only come from the files staged in the same build.
        Assert.Contains("href=\"orders/18.html\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"orders/18.docx\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"orders/18.pdf\"", html, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(output, "*.kaz-tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_failing_build_leaves_the_old_index_untouched()
    {
        var output = Repo.TempDir("index-fail");
        Build(Orders(output, "docx", "html"));
        var before = File.ReadAllBytes(Index(output));
        var stamp = File.GetLastWriteTimeUtc(Index(output));
        File.Delete(Path.Combine(output, "orders", "18.docx")); // the index of a good build would change: no DOCX link
        var result = new BuildRunner([new KazReports.Rendering.Docx.DocxRenderer(), new Failing("html")]).Run(Orders(output, "docx", "html"));
        Assert.True(result.Diagnostics.HasErrors);
        Assert.Equal(before, File.ReadAllBytes(Index(output)));
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(Index(output)));
        Assert.False(File.Exists(Path.Combine(output, "orders", "18.docx")));
        Assert.False(Directory.Exists(Path.Combine(output, StagedOutput.StagingName)));
    }

    [Fact]
    public void Clean_never_removes_the_index_and_a_docx_build_refreshes_it()
    {
        var output = Repo.TempDir("index-clean");
        Build(Orders(output, "html"));
        Assert.DoesNotContain("href=\"orders/18.docx\"", File.ReadAllText(Index(output)), StringComparison.Ordinal);
        var result = Build(Orders(output, "docx") with { Clean = true });
        Assert.Empty(result.Stale!);
        Assert.Contains(Index(output), result.Written);
        var html = File.ReadAllText(Index(output));
        // The folder now has both: the refreshed index links both.
        Assert.Contains("href=\"orders/18.docx\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"orders/18.html\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_docx_build_into_a_folder_without_an_index_creates_none()
    {
        var output = Repo.TempDir("index-docx");
        var result = Build(Orders(output, "docx"));
        Assert.False(File.Exists(Index(output)));
        Assert.DoesNotContain(Index(output), result.Written);
        Assert.Equal(3, result.Written.Count); // the three orders, nothing else
    }
}
