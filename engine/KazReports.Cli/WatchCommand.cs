using KazReports.Build;

namespace KazReports.Cli;

/// <summary><c>kaz build --watch</c>.</summary>
internal static class WatchCommand
{
    public static int Run(BuildOptions options, TextWriter stdout, TextWriter stderr)
    {
        stderr.WriteLine("kaz: --watch пока не готов");
        return KazCli.Usage;
    }
}
