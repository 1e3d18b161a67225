using System.Diagnostics;

namespace KazReports.Tests.Composition;

/// <summary>Runs the command-line tools the checks need (qpdf, poppler, LibreOffice), failing clearly when one is missing.</summary>
internal static class Tools
{
    public static string Run(string tool, IEnumerable<string> args, TimeSpan? timeout = null)
    {
        var psi = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) psi.ArgumentList.Add(a);
        Process? started;
        try
        {
            started = Process.Start(psi);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new InvalidOperationException($"{tool} is not installed: .ci/run installs qpdf, poppler-utils and libreoffice-writer-nogui");
        }
        using var p = started!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        var limit = timeout ?? TimeSpan.FromMinutes(1);
        Assert.True(p.WaitForExit(limit), $"{tool} did not finish in {limit}");
        Assert.True(p.ExitCode == 0, $"{tool} {string.Join(' ', args)}: {stderr.Result}{stdout.Result}");
        return stdout.Result;
    }
}
