using System.Diagnostics;
using KazReports.Tests.Composition;

namespace KazReports.Tests.Reliability;

/// <summary>
/// Files and folders without read permission in data/ or templates/. Root ignores file modes, and the
/// tests run as root in CI: there the CLI runs as the unprivileged user «nobody» (65534) through
/// util-linux's <c>setpriv</c> (Debian's essential set), on a copy of the data everyone may read
/// except the one file or folder under test. As any other user the CLI runs in this process.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class UnreadableFileTests
{
    private const int Nobody = 65534;

    public static TheoryData<string, string[], string> Cases() => new()
    {
        { "data/schools.yaml", [], "data/schools.yaml: ошибка KR1036: нет прав на чтение файла" },
        { "data/results/vpr-oge-2021-2023.csv", [], "data/results/vpr-oge-2021-2023.csv: ошибка KR1036: нет прав на чтение файла" },
        { "data/results", [], "data/results: ошибка KR1036: нет прав на чтение папки" },
        { "data/program", [], "data/program: ошибка KR1036: нет прав на чтение папки" },
        { "data", [], "data: ошибка KR1036: нет прав на чтение папки" },
        { "templates/theme.yaml", [], "templates/theme.yaml: ошибка KR1036: нет прав на чтение файла" },
        { "templates/order.sbn", ["--only", "orders"], "templates/order.sbn: ошибка KR1036: нет прав на чтение файла" },
        { "templates/partials/order-header.sbn", ["--only", "orders"], "templates/partials/order-header.sbn: ошибка KR1036: нет прав на чтение файла" },
    };

    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public void An_unreadable_file_or_folder_is_a_located_russian_error_and_changes_nothing(string locked, string[] more, string expected)
    {
        Skip.If(IsRoot() && !ExternalTools.Exists("setpriv"), "не запущен: нет setpriv, установите пакет Debian util-linux");
        var root = Repo.TempDir("unreadable");
        CopyTree(Repo.Data, Path.Combine(root, "data"));
        CopyTree(Repo.Templates, Path.Combine(root, "templates"));
        var output = Path.Combine(root, "out");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "plan.docx"), "the last good build");
        // Everything readable by everyone, the output folder writable by everyone; then one thing locked.
        foreach (var dir in Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories).Append(root))
            File.SetUnixFileMode(dir, (UnixFileMode)0b111_101_101);
        File.SetUnixFileMode(output, (UnixFileMode)0b111_111_111);
        File.SetUnixFileMode(Path.Combine(root, locked), UnixFileMode.None);
        try
        {
            var (code, stdout, stderr) = Kaz(root, ["build", "--data", "data", "--templates", "templates", "--out", "out", "--format", "docx", .. more]);
            Assert.Equal(1, code);
            Assert.Contains(expected + "\n", stderr);
            Assert.Equal(1, stderr.Split('\n').Count(l => l.Contains(": ошибка ", StringComparison.Ordinal) && !l.Contains("KR2003", StringComparison.Ordinal)));
            Assert.EndsWith("сборка с ошибками: ни один файл в out не записан и не изменён\n", stderr);
            Assert.DoesNotContain("Exception", stderr + stdout);
            Assert.Equal(["plan.docx"], Directory.EnumerateFileSystemEntries(output).Select(Path.GetFileName));
            Assert.Equal("the last good build", File.ReadAllText(Path.Combine(output, "plan.docx")));
        }
        finally
        {
            File.SetUnixFileMode(Path.Combine(root, locked), (UnixFileMode)0b111_101_101);
        }
    }

    private static void CopyTree(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
            File.SetUnixFileMode(to, (UnixFileMode)0b110_100_100);
        }
    }

    /// <summary>Runs the CLI in <paramref name="dir"/> as a user file modes apply to.</summary>
    private static (int Code, string Out, string Err) Kaz(string dir, string[] args)
    {
        if (!IsRoot())
        {
            var o = new StringWriter();
            var e = new StringWriter();
            var previous = Environment.CurrentDirectory;
            Environment.CurrentDirectory = dir;
            try
            {
                return (KazReports.Cli.KazCli.Run(args, o, e), o.ToString(), e.ToString().ReplaceLineEndings("\n"));
            }
            finally
            {
                Environment.CurrentDirectory = previous;
            }
        }
        var psi = new ProcessStartInfo("setpriv")
        {
            WorkingDirectory = dir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in (string[])[$"--reuid={Nobody}", $"--regid={Nobody}", "--clear-groups", "dotnet", Path.Combine(ToolForNobody.Value, "kaz.dll"), .. args])
            psi.ArgumentList.Add(a);
        psi.Environment["HOME"] = dir;
        psi.Environment["DOTNET_CLI_HOME"] = dir;
        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(120_000), "kaz did not finish");
        return (process.ExitCode, stdout.Result, stderr.ReplaceLineEndings("\n"));
    }

    /// <summary>
    /// The built CLI where «nobody» may run it: the test's own folder when every folder above it lets
    /// others through, else (a clone in a 0700 folder such as `mktemp -d` makes) a copy of its assemblies
    /// and this platform's native libraries in a temporary folder everyone may read.
    /// </summary>
    private static readonly Lazy<string> ToolForNobody = new(() =>
    {
        var bin = AppContext.BaseDirectory;
        if (OthersMayEnter(bin)) return bin;
        var copy = Repo.TempDir("tool-for-nobody");
        foreach (var file in Directory.EnumerateFiles(bin).Where(f => f.EndsWith(".dll", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal)))
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        var native = Path.Combine(bin, "runtimes", System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier);
        if (Directory.Exists(native)) CopyTree(native, Path.Combine(copy, "runtimes", System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier));
        foreach (var dir in Directory.EnumerateDirectories(copy, "*", SearchOption.AllDirectories).Append(copy))
            File.SetUnixFileMode(dir, (UnixFileMode)0b111_101_101);
        foreach (var file in Directory.EnumerateFiles(copy, "*", SearchOption.AllDirectories))
            File.SetUnixFileMode(file, (UnixFileMode)0b110_100_100);
        Assert.True(OthersMayEnter(copy), $"{copy}: «nobody» cannot enter the temporary folder either");
        return copy;
    });

    /// <summary>Every folder from the root down to <paramref name="path"/> lets others through (o+x).</summary>
    private static bool OthersMayEnter(string path)
    {
        for (var dir = Path.GetFullPath(path).TrimEnd('/'); !string.IsNullOrEmpty(dir); dir = Path.GetDirectoryName(dir))
        {
            if ((File.GetUnixFileMode(dir) & UnixFileMode.OtherExecute) == 0) return false;
        }

        return true;
    }

    /// <summary>The effective user is root (its id is in /proc/self/status on Linux).</summary>
    private static bool IsRoot() =>
        File.Exists("/proc/self/status") && File.ReadLines("/proc/self/status").Any(l => l.StartsWith("Uid:", StringComparison.Ordinal) && l.Split('\t', StringSplitOptions.RemoveEmptyEntries)[2] == "0");
}
