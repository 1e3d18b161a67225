using System.Diagnostics;
using KazReports.Tests.Composition;

namespace KazReports.Tests.Rendering.Pdf;

/// <summary>
/// The PDFs do not depend on the fonts of the machine: the same build in a child process that sees
/// no system font at all (FONTCONFIG_FILE pointing at an empty configuration; Skia reads fontconfig
/// once per process, so only a new process tells) and in one that sees every installed font gives
/// the same bytes, and neither says a word about fonts.
/// </summary>
public sealed class FontIndependenceTests
{
    [Fact]
    public void A_build_without_any_system_font_gives_the_same_pdf_bytes_as_with_all_of_them()
    {
        var empty = Path.Combine(Repo.TempDir("fontconfig"), "fonts.conf");
        File.WriteAllText(empty, "<?xml version=\"1.0\"?>\n<fontconfig></fontconfig>\n");
        var withFonts = Build(null);
        var withoutFonts = Build(empty);

        var files = Directory.EnumerateFiles(withFonts.Output, "*.pdf", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(withFonts.Output, f)).Order(StringComparer.Ordinal).ToArray();
        Assert.True(files.Length >= 3, string.Join(", ", files));
        Assert.Equal(files, Directory.EnumerateFiles(withoutFonts.Output, "*.pdf", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(withoutFonts.Output, f)).Order(StringComparer.Ordinal));
        foreach (var file in files)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(withFonts.Output, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(withoutFonts.Output, file))),
                $"{file}: другие байты без системных шрифтов");
        }

        Assert.DoesNotContain("шрифт", withFonts.Messages, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("шрифт", withoutFonts.Messages, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The report (charts), a letter and the order, built by the kaz command in a new process.</summary>
    private static (string Output, string Messages) Build(string? fontconfig)
    {
        var output = Repo.TempDir(fontconfig is null ? "fonts-all" : "fonts-none");
        var kaz = Path.Combine(AppContext.BaseDirectory, "kaz.dll");
        Assert.True(File.Exists(kaz), kaz);
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { kaz, "build", "--data", Repo.Data, "--templates", Repo.Templates, "--out", output, "--format", "pdf",
            "--only", "vpr", "letters", "orders", "--school", "mokrushinskaya" })
        {
            info.ArgumentList.Add(arg);
        }

        if (fontconfig is not null)
        {
            info.Environment["FONTCONFIG_FILE"] = fontconfig;
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(3)), "kaz build не закончил за 3 минуты");
        var messages = stdout.Result + stderr.Result;
        Assert.True(process.ExitCode == 0, messages);
        return (output, messages);
    }
}
