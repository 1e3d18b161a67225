using System.Diagnostics;
using System.Text;

namespace KazReports.Tests;

/// <summary>
/// The outside programs of the integration tests (LibreOffice, poppler, qpdf). A test that needs
/// one calls <see cref="Require"/> first: without the program on PATH it is reported as not run
/// (skipped) with the Debian package to install, never as failed. CI installs them all and fails on
/// any test not run (.ci/run).
/// </summary>
internal static class ExternalTools
{
    /// <summary>The Debian package of each program.</summary>
    private static readonly Dictionary<string, string> Packages = new(StringComparer.Ordinal)
    {
        ["soffice"] = "libreoffice-writer-nogui",
        ["pdftotext"] = "poppler-utils",
        ["pdftoppm"] = "poppler-utils",
        ["pdffonts"] = "poppler-utils",
        ["pdfinfo"] = "poppler-utils",
        ["qpdf"] = "qpdf",
    };

    /// <summary>True when the program is an executable file in a folder of PATH.</summary>
    public static bool Exists(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, tool))
            .Any(path => File.Exists(path) && (OperatingSystem.IsWindows() || (File.GetUnixFileMode(path) & UnixFileMode.UserExecute) != 0));

    /// <summary>Skips the calling test (Xunit.SkippableFact) when a program is missing.</summary>
    public static void Require(params string[] tools)
    {
        foreach (var tool in tools)
        {
            Skip.IfNot(Exists(tool), $"не запущен: нет {tool}, установите пакет Debian {Packages.GetValueOrDefault(tool, tool)}");
        }
    }

    /// <summary>Runs a program (skipping the test when it is missing); its standard output, or a failed assertion with its messages.</summary>
    public static string Run(string tool, IEnumerable<string> args, TimeSpan? timeout = null)
    {
        Require(tool);
        var info = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException(tool);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        var limit = timeout ?? TimeSpan.FromMinutes(1);
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{tool} не ответил за {limit}");
        }

        Assert.True(process.ExitCode == 0, $"{tool} {string.Join(' ', args)}: код {process.ExitCode}\n{error.Result}{output.Result}");
        return output.Result;
    }

    /// <summary>Runs a program on PDF bytes written to a temporary file (<c>{in}</c> in the arguments).</summary>
    public static string OnPdf(string tool, byte[] pdf, params string[] args)
    {
        Require(tool);
        var input = Path.Combine(Path.GetTempPath(), $"kaz-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(input, pdf);
        try
        {
            return Run(tool, args.Select(a => a == "{in}" ? input : a));
        }
        finally
        {
            File.Delete(input);
        }
    }

    /// <summary>Page <paramref name="page"/> as PNG bytes at <paramref name="dpi"/>, drawn by poppler's pdftoppm.</summary>
    public static byte[] Png(byte[] pdf, int page, int dpi)
    {
        var dir = Directory.CreateTempSubdirectory("kaz-pdf-png");
        try
        {
            var prefix = Path.Combine(dir.FullName, "page");
            OnPdf("pdftoppm", pdf, "-png", "-r", dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), "-f", page.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "-l", page.ToString(System.Globalization.CultureInfo.InvariantCulture), "-singlefile", "{in}", prefix);
            return File.ReadAllBytes(prefix + ".png");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
