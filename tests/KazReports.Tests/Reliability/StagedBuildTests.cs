using KazReports.Build;
using KazReports.Documents;
using KazReports.Rendering;
using KazReports.Tests.Composition;

namespace KazReports.Tests.Reliability;

/// <summary>All-or-nothing builds: a failed build changes nothing in the output folder.</summary>
public sealed class StagedBuildTests
{
    /// <summary>Writes «new» bytes; throws <paramref name="failure"/> from the <paramref name="failAt"/>-th document on.</summary>
    private sealed class FailingLater(string format, int failAt, Func<Exception> failure) : IDocumentRenderer
    {
        private int _count;
        public int Calls => _count;
        public string Format => format;

        public void Render(Document document, Theme theme, Stream output)
        {
            output.Write("a new document that must not reach the output folder"u8);
            if (Interlocked.Increment(ref _count) >= failAt) throw failure();
        }
    }

    private static BuildOptions Orders(string output) => new(Repo.Data, Repo.Templates, output, ["orders", "plan", "roadmap"], null, ["docx"], Parallelism: 1);

    private static Dictionary<string, byte[]> Snapshot(string dir) =>
        Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllBytes);

    private static void AssertUnchanged(Dictionary<string, byte[]> before, string dir)
    {
        var after = Snapshot(dir);
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        foreach (var (file, bytes) in before)
            Assert.True(after[file].AsSpan().SequenceEqual(bytes), $"{file} changed by a failed build");
    }

    private static string BuiltOnce(string name)
    {
        var output = Repo.TempDir(name);
        var result = new BuildRunner(KazReports.Cli.BuildCommand.Renderers()).Run(Orders(output));
        Assert.False(result.Diagnostics.HasErrors, string.Join("\n", result.Diagnostics.Items));
        Assert.Equal(5, result.Written.Count);
        return output;
    }

    [Fact]
    public void A_build_failing_on_a_later_document_changes_no_file_of_the_earlier_ones()
    {
        var output = BuiltOnce("staged-fail");
        var before = Snapshot(output);
        var renderer = new FailingLater("docx", 4, () => new InvalidOperationException("bug in the fourth document"));
        var result = new BuildRunner([renderer]).Run(Orders(output));
        Assert.Equal(5, renderer.Calls); // every document was tried, their errors all reported
        Assert.Equal(2, result.Diagnostics.Items.Count(d => d.Code == BuildRunner.InternalErrorCode));
        Assert.Empty(result.Written);
        AssertUnchanged(before, output);
        Assert.False(Directory.Exists(Path.Combine(output, StagedOutput.StagingName)));
    }

    [Fact]
    public void Disk_full_half_way_stops_the_build_and_leaves_everything_as_it_was()
    {
        var output = BuiltOnce("staged-enospc");
        var before = Snapshot(output);
        var renderer = new FailingLater("docx", 2, () => new IOException("No space left on device", 28));
        var result = new BuildRunner([renderer]).Run(Orders(output));
        var full = Assert.Single(result.Diagnostics.Items, d => d.Code == StagedOutput.DiskFullCode);
        Assert.Equal("на диске кончилось место: сборка остановлена, файлы в папке не изменены", full.Message);
        Assert.Equal("No space left on device", full.Detail);
        Assert.Equal(2, renderer.Calls); // stopped: nothing more is rendered onto a full disk
        AssertUnchanged(before, output);
    }

    [Fact]
    public void A_disk_with_too_little_free_space_is_refused_before_anything_is_read()
    {
        var output = Path.Combine(Repo.TempDir("staged-free"), "new");
        StagedOutput.FreeSpaceProbe.Value = _ => 3L << 20;
        try
        {
            var renderer = new FailingLater("docx", int.MaxValue, () => new InvalidOperationException());
            var result = new BuildRunner([renderer]).Run(Orders(output));
            var d = Assert.Single(result.Diagnostics.Items);
            Assert.Equal($"{output}: ошибка KR4003: на диске свободно 3 МБ, нужно не меньше 16 МБ: освободите место", d.ToString());
            Assert.Equal(0, renderer.Calls);
            Assert.False(Directory.Exists(output), "the refused output folder was left behind");
        }
        finally
        {
            StagedOutput.FreeSpaceProbe.Value = null;
        }
    }

    [Fact]
    public void A_successful_build_lists_stale_files_and_removes_them_with_clean()
    {
        var output = BuiltOnce("staged-stale");
        Directory.CreateDirectory(Path.Combine(output, "letters"));
        File.WriteAllText(Path.Combine(output, "letters", "closed-school.docx"), "a letter of a school no longer in the data");
        File.WriteAllText(Path.Combine(output, "letters", "kazachinskaya.pdf"), "the plan still makes this one");
        File.WriteAllText(Path.Combine(output, "README.md"), "what this folder is");
        File.WriteAllText(Path.Combine(output, "letters", "notes.txt"), "the user's own");
        var renderers = KazReports.Cli.BuildCommand.Renderers();
        var kept = new BuildRunner(renderers).Run(Orders(output));
        Assert.Equal(["letters/closed-school.docx"], kept.Stale);
        Assert.True(File.Exists(Path.Combine(output, "letters", "closed-school.docx")));

        var cleaned = new BuildRunner(renderers).Run(Orders(output) with { Clean = true });
        Assert.Equal(["letters/closed-school.docx"], cleaned.Stale);
        Assert.False(File.Exists(Path.Combine(output, "letters", "closed-school.docx")));
        Assert.True(File.Exists(Path.Combine(output, "letters", "kazachinskaya.pdf")));
        Assert.True(File.Exists(Path.Combine(output, "plan.docx")));
        Assert.True(File.Exists(Path.Combine(output, "README.md")));
        Assert.True(File.Exists(Path.Combine(output, "letters", "notes.txt")));
    }

    [Fact]
    public void Clean_through_the_cli_says_what_it_removed()
    {
        var output = BuiltOnce("staged-cli");
        File.WriteAllText(Path.Combine(output, "vpr-2019.docx"), "old");
        var stdout = new StringWriter();
        var code = KazReports.Cli.KazCli.Run(["build", "--data", Repo.Data, "--templates", Repo.Templates, "--out", output,
            "--only", "plan", "--format", "docx", "--clean"], stdout, new StringWriter());
        Assert.Equal(0, code);
        Assert.Contains("удалены файлы, которых данные больше не дают (1):\n  vpr-2019.docx\n", stdout.ToString().ReplaceLineEndings("\n"));
        Assert.False(File.Exists(Path.Combine(output, "vpr-2019.docx")));
    }

    public static TheoryData<string, int, string> RefusedOutputs() => new()
    {
        { "data", 2, "ошибка KR4004: папка для документов совпадает с папкой данных" },
        { "data/results", 2, "ошибка KR4004: папка для документов находится внутри папки данных" },
        { "templates/partials", 2, "ошибка KR4004: папка для документов находится внутри папки шаблонов" },
        { "", 2, "ошибка KR4004: папка для документов содержит папку данных" },
        { "file", 1, "ошибка KR4003: вместо папки для документов здесь файл: укажите папку в --out" },
        { "file/sub", 1, "ошибка KR4003: не удалось создать папку для документов: часть пути — не папка" },
    };

    [Theory]
    [MemberData(nameof(RefusedOutputs))]
    public void An_unusable_output_folder_is_refused_before_rendering(string outRel, int exit, string message)
    {
        var root = Repo.TempDir("staged-refuse");
        var data = Path.Combine(root, "data");
        var templates = Path.Combine(root, "templates");
        Directory.CreateDirectory(data);
        Directory.CreateDirectory(Path.Combine(data, "results"));
        Directory.CreateDirectory(Path.Combine(templates, "partials"));
        File.WriteAllText(Path.Combine(root, "file"), "not a folder");
        var before = Snapshot(root);
        var output = Path.Combine(root, outRel);
        var stderr = new StringWriter();
        var code = KazReports.Cli.KazCli.Run(["build", "--data", data, "--templates", templates, "--out", output], new StringWriter(), stderr);
        Assert.Equal(exit, code);
        var first = stderr.ToString().Split('\n')[0];
        Assert.StartsWith($"{output.TrimEnd('/')}: {message}", first);
        AssertUnchanged(before, root);
    }

    [Fact]
    public void A_device_or_a_file_instead_of_a_folder_is_named_as_what_it_is()
    {
        var stderr = new StringWriter();
        var code = KazReports.Cli.KazCli.Run(["build", "--data", Repo.Data, "--templates", Repo.Templates, "--out", "/dev/null"], new StringWriter(), stderr);
        Assert.Equal(1, code);
        Assert.StartsWith("/dev/null: ошибка KR4003: вместо папки для документов здесь файл устройства: укажите папку в --out\n", stderr.ToString().ReplaceLineEndings("\n"));
        var file = Path.Combine(Repo.TempDir("data-file"), "data");
        File.WriteAllText(file, "not a folder");
        stderr = new StringWriter();
        code = KazReports.Cli.KazCli.Run(["validate", "--data", file], new StringWriter(), stderr);
        Assert.Equal(1, code);
        Assert.StartsWith($"{file}: ошибка KR1001: это файл, а не папка с данными: укажите папку в --data\n", stderr.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_symbolic_link_to_the_data_folder_is_the_data_folder()
    {
        var root = Repo.TempDir("staged-link");
        var link = Path.Combine(root, "out");
        Directory.CreateSymbolicLink(link, Repo.Data);
        var stderr = new StringWriter();
        var code = KazReports.Cli.KazCli.Run(["build", "--data", Repo.Data, "--templates", Repo.Templates, "--out", link], new StringWriter(), stderr);
        Assert.Equal(2, code);
        Assert.Contains("ошибка KR4004: папка для документов совпадает с папкой данных", stderr.ToString());
    }
}
