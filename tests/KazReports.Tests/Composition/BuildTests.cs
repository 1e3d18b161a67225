using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using KazReports.Cli;

namespace KazReports.Tests.Composition;

/// <summary>The whole `kaz build` of the shipped data: every DOCX valid, deterministic, written atomically.</summary>
public sealed class BuildTests
{
    private static readonly Lazy<(string Out, int Exit, string Stdout, string Stderr)> Shipped = new(() => Build(Repo.Data, "build"));

    private static (string Out, int Exit, string Stdout, string Stderr) Build(string data, string name, params string[] extra)
    {
        var output = Repo.TempDir(name);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        string[] args = ["build", "--data", data, "--templates", Repo.Templates, "--out", output, "--format", "docx", .. extra];
        var exit = KazCli.Run(args, stdout, stderr);
        return (output, exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Build_writes_every_document()
    {
        var (output, exit, stdout, stderr) = Shipped.Value;
        Assert.True(exit == 0, stderr);
        var files = Directory.EnumerateFiles(output, "*.docx", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(output, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(18, files.Length);
        Assert.Contains("passport.docx", files);
        Assert.Contains("vpr-2023.docx", files);
        Assert.Contains("letters/chelnokovskaya.docx", files);
        Assert.Contains("orders/2-1.docx", files);
        Assert.Contains("готово: 18 файлов", stdout);
        Assert.Empty(Directory.EnumerateFiles(output, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void Every_docx_of_the_build_has_zero_validation_errors()
    {
        var (output, _, _, _) = Shipped.Value;
        var validator = new OpenXmlValidator(FileFormatVersions.Microsoft365);
        var problems = new List<string>();
        foreach (var file in Directory.EnumerateFiles(output, "*.docx", SearchOption.AllDirectories))
        {
            using var doc = WordprocessingDocument.Open(file, false);
            foreach (var e in validator.Validate(doc).Take(5))
                problems.Add($"{Path.GetFileName(file)}: {e.Path?.XPath}: {e.Description}");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Two_builds_give_byte_identical_files()
    {
        var first = Shipped.Value.Out;
        var second = Build(Repo.Data, "build2").Out;
        foreach (var file in Directory.EnumerateFiles(first, "*.docx", SearchOption.AllDirectories))
        {
            var other = Path.Combine(second, Path.GetRelativePath(first, file));
            Assert.True(File.ReadAllBytes(file).AsSpan().SequenceEqual(File.ReadAllBytes(other)), $"{file} differs between builds");
        }
    }

    [Fact]
    public void Only_and_school_select_documents()
    {
        var (output, exit, _, stderr) = Build(Repo.Data, "only", "--only", "letters", "--school", "kazanskaya");
        Assert.True(exit == 0, stderr);
        var files = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Select(f => Path.GetFileName(f)!).ToArray();
        Assert.Equal(new[] { "kazanskaya.docx" }, files);
    }

    [Fact]
    public void Failed_build_keeps_the_previous_output_intact()
    {
        var data = Repo.Copy(Repo.Data, "data");
        var (output, exit, _, _) = Build(data, "keep");
        Assert.Equal(0, exit);
        var before = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
            .ToDictionary(f => f, File.ReadAllBytes);

        // Break the data: the build must stop before writing anything.
        File.AppendAllText(Path.Combine(data, "results", "vpr-oge-2021-2023.csv"), "2023;ВПР;5;rus;nowhere;;;5;;;;;\n");
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = KazCli.Run(["build", "--data", data, "--templates", Repo.Templates, "--out", output, "--format", "docx"], stdout, stderr);
        Assert.Equal(1, code);
        Assert.Contains("KR1010", stderr.ToString());
        foreach (var (file, bytes) in before)
            Assert.True(File.ReadAllBytes(file).AsSpan().SequenceEqual(bytes), $"{file} was touched by a failed build");
    }

    [Fact]
    public void Unknown_only_value_is_a_usage_error()
    {
        var code = KazCli.Run(["build", "--templates", Repo.Templates, "--only", "nothing"], new StringWriter(), new StringWriter());
        Assert.Equal(2, code);
    }
}

public sealed class OutputLockTests
{
    [Fact]
    public void Second_build_into_a_locked_folder_is_refused_with_a_message()
    {
        var output = Repo.TempDir("lock");
        var bag = new KazReports.Diagnostics.DiagnosticBag();
        using var held = KazReports.Build.OutputLock.TryAcquire(output, bag);
        Assert.NotNull(held);
        var stderr = new StringWriter();
        var code = KazReports.Cli.KazCli.Run(["build", "--data", Repo.Data, "--templates", Repo.Templates, "--out", output], new StringWriter(), stderr);
        Assert.Equal(1, code);
        Assert.Contains("KR4001", stderr.ToString());
        Assert.Contains("другая сборка", stderr.ToString());
        Assert.Empty(Directory.EnumerateFiles(output, "*.docx", SearchOption.AllDirectories));
    }
}

public sealed class FailingRendererTests
{
    /// <summary>Writes half a file, then fails: what a crash in a renderer looks like to the build.</summary>
    private sealed class HalfWayRenderer(string format) : KazReports.Rendering.IDocumentRenderer
    {
        public string Format => format;

        public void Render(KazReports.Documents.Document document, KazReports.Documents.Theme theme, Stream output)
        {
            output.Write("half a document"u8);
            throw new IOException("renderer failed half-way");
        }
    }

    [Fact]
    public void A_renderer_failing_half_way_leaves_the_previous_files_intact()
    {
        var output = Repo.TempDir("halfway");
        var good = new KazReports.Build.BuildRunner(KazReports.Cli.BuildCommand.Renderers());
        var options = new KazReports.Build.BuildOptions(Repo.Data, Repo.Templates, output, ["orders"], null, ["docx"]);
        Assert.False(good.Run(options).Diagnostics.HasErrors);
        var before = Directory.EnumerateFiles(output, "*.docx", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllBytes);
        Assert.Equal(3, before.Count);

        var failing = new KazReports.Build.BuildRunner([new HalfWayRenderer("docx")]);
        var result = failing.Run(options);
        Assert.Equal(3, result.Diagnostics.Items.Count(d => d.Code == "KR4002"));
        Assert.All(result.Diagnostics.Items.Where(d => d.Code == "KR4002"), d => Assert.Contains("renderer failed half-way", d.Detail));
        Assert.Empty(result.Written);

        foreach (var (file, bytes) in before)
            Assert.True(File.ReadAllBytes(file).AsSpan().SequenceEqual(bytes), $"{file} was damaged by a failing renderer");
        Assert.Empty(Directory.EnumerateFiles(output, "*.tmp", SearchOption.AllDirectories));
    }
}
