using System.Diagnostics;
using System.Text;

namespace KazReports.Tests.Rendering.Pdf;

/// <summary>
/// poppler-utils and qpdf run as processes on a rendered PDF. A missing tool fails the test with a
/// message saying what to install (CI installs both); tests are never skipped silently.
/// </summary>
internal static class PdfTools
{
    public static string Text(byte[] pdf, bool layout = false, int? first = null, int? last = null)
    {
        var args = new List<string>();
        if (layout)
        {
            args.Add("-layout");
        }

        if (first is { } f)
        {
            args.AddRange(["-f", f.ToString()]);
        }

        if (last is { } l)
        {
            args.AddRange(["-l", l.ToString()]);
        }

        return Run("pdftotext", pdf, [.. args, "{in}", "-"]).Output;
    }

    /// <summary>The text of each page (pdftotext separates pages with a form feed).</summary>
    public static string[] Pages(byte[] pdf, bool layout = true) => Text(pdf, layout).Split('\f');

    public static (int Exit, string Output) QpdfCheck(byte[] pdf) => Run("qpdf", pdf, ["--check", "{in}"], allowFailure: true);

    /// <summary>pdffonts rows: name, type, embedded flag.</summary>
    public static List<(string Name, bool Embedded)> Fonts(byte[] pdf)
    {
        var output = Run("pdffonts", pdf, ["{in}"]).Output;
        var rows = new List<(string, bool)>();
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0];
        var emb = header.IndexOf(" emb ", StringComparison.Ordinal) + 1;
        foreach (var line in lines.Skip(2))
        {
            rows.Add((line.Split(' ')[0], line.Length > emb + 3 && line.Substring(emb, 3).Trim() == "yes"));
        }

        return rows;
    }

    public static string Info(byte[] pdf) => Run("pdfinfo", pdf, ["{in}"]).Output;

    /// <summary>The number of pages pdfinfo reports.</summary>
    public static int PageCount(byte[] pdf) =>
        int.Parse(Info(pdf).Split('\n').First(l => l.StartsWith("Pages:", StringComparison.Ordinal))[6..].Trim(), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The rows of <c>pdfimages -list</c> after its two header lines: one per image drawn.</summary>
    public static List<string> Images(byte[] pdf) =>
        Run("pdfimages", pdf, ["-list", "{in}"]).Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();

    /// <summary>qpdf with arguments, the file last (e.g. «--json», «--json-key=outlines»).</summary>
    public static string Qpdf(byte[] pdf, params string[] args) => Run("qpdf", pdf, [.. args, "{in}"]).Output;

    /// <summary>Page <paramref name="page"/> as PNG bytes at <paramref name="dpi"/>.</summary>
    public static byte[] Png(byte[] pdf, int page, int dpi)
    {
        var dir = Directory.CreateTempSubdirectory("kaz-pdf-png");
        try
        {
            var prefix = Path.Combine(dir.FullName, "page");
            Run("pdftoppm", pdf, ["-png", "-r", dpi.ToString(), "-f", page.ToString(), "-l", page.ToString(), "-singlefile", "{in}", prefix]);
            return File.ReadAllBytes(prefix + ".png");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static (int Exit, string Output) Run(string tool, byte[] pdf, string[] args, bool allowFailure = false)
    {
        var input = Path.Combine(Path.GetTempPath(), $"kaz-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(input, pdf);
        try
        {
            var info = new ProcessStartInfo(tool)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardOutputEncoding = Encoding.UTF8,
                UseShellExecute = false,
            };
            foreach (var arg in args)
            {
                info.ArgumentList.Add(arg == "{in}" ? input : arg);
            }

            Process process;
            try
            {
                process = Process.Start(info) ?? throw new InvalidOperationException(tool);
            }
            catch (System.ComponentModel.Win32Exception)
            {
                Assert.Fail($"{tool} не найден: установите poppler-utils и qpdf (apt-get install poppler-utils qpdf); CI ставит их сам");
                throw;
            }

            using (process)
            {
                var output = process.StandardOutput.ReadToEndAsync();
                var error = process.StandardError.ReadToEndAsync();
                if (!process.WaitForExit(60_000))
                {
                    process.Kill(entireProcessTree: true);
                    Assert.Fail($"{tool} не ответил за минуту");
                }

                var text = output.Result + error.Result;
                if (!allowFailure && process.ExitCode != 0)
                {
                    Assert.Fail($"{tool} {string.Join(' ', args)}: код {process.ExitCode}\n{text}");
                }

                return (process.ExitCode, text);
            }
        }
        finally
        {
            File.Delete(input);
        }
    }
}
