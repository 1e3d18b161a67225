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

    /// <summary>A fresh temporary folder, removed with the test process.</summary>
    public static string TempDir(string name)
    {
        var path = Path.Combine(Path.GetTempPath(), "kaz-tests", name + "-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(path);
        return path;
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
