using System.Runtime.InteropServices;
using KazReports.Build;

namespace KazReports.Cli;

/// <summary><c>kaz build --watch</c>: the watch loop with Ctrl+C (and SIGTERM) stopping it cleanly.</summary>
internal static class WatchCommand
{
    public static int Run(BuildOptions options, TextWriter stdout, TextWriter stderr)
    {
        foreach (var dir in new[] { options.DataDir, options.TemplatesDir })
        {
            if (!Directory.Exists(dir))
            {
                stderr.WriteLine($"kaz: папка «{dir}» не найдена — следить не за чем");
                return KazCli.Usage;
            }
        }
        using var stop = new CancellationTokenSource();
        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.Cancel();
        }
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        using var loop = new WatchLoop(options, o => BuildCommand.Execute(o, null), bag => KazCli.Report(bag, stderr), stdout);
        return loop.Run(stop.Token);
    }
}
