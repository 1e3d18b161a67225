namespace KazReports.Tests.Composition;

/// <summary>Paths of the repository the tests run in.</summary>
internal static class Repo
{
    public static string Root { get; } = Find();

    public static string Data => Path.Combine(Root, "data");
    public static string Templates => Path.Combine(Root, "templates");

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "KazReports.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("KazReports.sln not found above the test folder");
    }

    /// <summary>A fresh temporary folder, removed with the test process's run folder.</summary>
    public static string TempDir(string name)
    {
        var path = Path.Combine(RunDir.Value, name + "-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(path);
        return path;
    }

    private const string RunPrefix = "run-";

    /// <summary>
    /// This test process's temporary folders: kaz-tests/run-PID-…, removed when the process exits or, when
    /// the runner ends it before the removal is done, by the next run, which removes every run folder whose
    /// process is gone (a whole run writes about 150 MB; they used to pile up, 13 GB on this machine).
    /// </summary>
    private static readonly Lazy<string> RunDir = new(() =>
    {
        var root = Path.Combine(Path.GetTempPath(), "kaz-tests");
        Directory.CreateDirectory(root);
        foreach (var stale in Directory.EnumerateDirectories(root, RunPrefix + "*").Where(d => !Alive(Path.GetFileName(d))))
            Remove(stale);
        var dir = Path.Combine(root, $"{RunPrefix}{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}");
        Directory.CreateDirectory(dir);
        if (!OperatingSystem.IsWindows())
        {
            // Others may pass through (the permission tests run the CLI as «nobody»), whatever the umask.
            foreach (var d in new[] { root, dir })
            {
                try
                {
                    File.SetUnixFileMode(d, File.GetUnixFileMode(d) | UnixFileMode.OtherExecute | UnixFileMode.GroupExecute);
                }
                catch (UnauthorizedAccessException)
                {
                    // Another user's kaz-tests folder: left as it is.
                }
            }
        }
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Remove(dir);
        return dir;
    });

    /// <summary>Whether the process that made run-PID-… is still running.</summary>
    private static bool Alive(string runName)
    {
        var parts = runName.Split('-');
        if (parts.Length < 2 || !int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var pid)) return true;
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static void Remove(string dir)
    {
        try
        {
            Directory.Delete(dir, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A file still open or locked by a test: left for the next run to remove.
        }
    }

    /// <summary>Copies a folder (data or templates) to a temp folder a test may spoil.</summary>
    public static string Copy(string source, string name)
    {
        var target = TempDir(name);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }
        return target;
    }
}
