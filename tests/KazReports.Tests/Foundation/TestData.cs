using System.Text;
using KazReports.Cli;
using KazReports.Data.Loading;
using KazReports.Data.Model;
using KazReports.Diagnostics;
using Xunit;
using KazReports.Validation;

namespace KazReports.Tests.Foundation;

/// <summary>Where the repository and its shipped data are, and the shipped data loaded once.</summary>
internal static class Repo
{
    private static readonly Lazy<string> RootLazy = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "KazReports.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("KazReports.sln not found above " + AppContext.BaseDirectory);
    });

    private static readonly Lazy<(DataSet? Data, DiagnosticBag Bag)> Shipped = new(() => CheckedData.Load(DataDir));

    public static string Root => RootLazy.Value;

    public static string DataDir => Path.Combine(Root, "data");

    public const string ResultsCsv = "results/vpr-oge-2021-2023.csv";

    public const string ResultsHeader =
        "year;procedure;grade;subject;school;participants;count2;share2;count45;share45;count_lowered;share_lowered;source";

    /// <summary>The shipped data, loaded once; the test fails when it does not load.</summary>
    public static DataSet Data => Shipped.Value.Data ?? throw new InvalidOperationException(
        "the shipped data did not load: " + string.Join("\n", Shipped.Value.Bag.Items));

    public static DiagnosticBag Diagnostics => Shipped.Value.Bag;

    /// <summary>(exit code, stdout, stderr) of the CLI run in-process.</summary>
    public static (int Code, string Out, string Err) Cli(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = KazCli.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>The 1-based line of the first line of <paramref name="relPath"/> (in the shipped data) that starts with <paramref name="prefix"/>.</summary>
    public static int LineOf(string relPath, string prefix, string? dataDir = null)
    {
        var lines = File.ReadAllLines(Path.Combine(dataDir ?? DataDir, relPath));
        var i = Array.FindIndex(lines, l => l.StartsWith(prefix, StringComparison.Ordinal));
        Assert.True(i >= 0, $"no line starting with «{prefix}» in {relPath}");
        return i + 1;
    }

    /// <summary>The 1-based column where field <paramref name="index"/> (0-based) of an unquoted CSV line starts.</summary>
    public static int ColumnOf(string line, int index, char sep = ';')
    {
        var col = 1;
        var parts = line.Split(sep);
        for (var i = 0; i < index; i++) col += parts[i].Length + 1;
        return col;
    }

    /// <summary>The column of a school-results field by its header name, in a line written with <see cref="ResultsHeader"/>.</summary>
    public static int ColumnOf(string line, string column) =>
        ColumnOf(line, Array.IndexOf(ResultsHeader.Split(';'), column));
}

/// <summary>A copy of the shipped data folder in a temp dir, to break one thing in it.</summary>
internal sealed class TempData : IDisposable
{
    public string Dir { get; }

    public TempData(bool copyShipped = true)
    {
        Dir = Path.Combine(Path.GetTempPath(), "kaz-foundation-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Dir);
        if (copyShipped) Copy(Repo.DataDir, Dir);
    }

    private static void Copy(string from, string to)
    {
        foreach (var d in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, d)));
        foreach (var f in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(f, Path.Combine(to, Path.GetRelativePath(from, f)), overwrite: true);
    }

    public string PathOf(string rel) => Path.Combine(Dir, rel);

    /// <summary>How the engine names a file of this folder in diagnostics.</summary>
    public string Display(string rel) => Path.Combine(Dir, rel).Replace('\\', '/');

    public string Read(string rel) => File.ReadAllText(PathOf(rel));

    public void Write(string rel, string text)
    {
        var path = PathOf(rel);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
    }

    public void WriteBytes(string rel, byte[] bytes)
    {
        var path = PathOf(rel);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    public void Delete(string rel) => File.Delete(PathOf(rel));

    /// <summary>Replaces the one occurrence of <paramref name="old"/> in a file.</summary>
    public void Replace(string rel, string old, string @new)
    {
        var text = Read(rel);
        var at = text.IndexOf(old, StringComparison.Ordinal);
        Assert.True(at >= 0, $"«{old}» not in {rel}");
        Assert.True(text.IndexOf(old, at + 1, StringComparison.Ordinal) < 0, $"«{old}» is not unique in {rel}");
        Write(rel, text[..at] + @new + text[(at + old.Length)..]);
    }

    /// <summary>Replaces the first occurrence of <paramref name="old"/> after <paramref name="anchor"/>.</summary>
    public void ReplaceAfter(string rel, string anchor, string old, string @new)
    {
        var text = Read(rel);
        var a = text.IndexOf(anchor, StringComparison.Ordinal);
        Assert.True(a >= 0, $"«{anchor}» not in {rel}");
        var at = text.IndexOf(old, a, StringComparison.Ordinal);
        Assert.True(at >= 0, $"«{old}» not after «{anchor}» in {rel}");
        Write(rel, text[..at] + @new + text[(at + old.Length)..]);
    }

    /// <summary>Adds a results file with the standard header and these rows; returns its relative path.</summary>
    public string AddResults(params string[] rows)
    {
        const string rel = "results/zz-test.csv";
        Write(rel, Repo.ResultsHeader + "\n" + string.Join("\n", rows) + "\n");
        return rel;
    }

    /// <summary>Appends text to a file; returns the 1-based line where the appended text starts.</summary>
    public int Append(string rel, string text)
    {
        var old = Read(rel);
        if (!old.EndsWith('\n')) old += "\n";
        var line = old.Count(c => c == '\n') + 1;
        Write(rel, old + text);
        return line;
    }

    public (DataSet? Data, DiagnosticBag Bag) Load() => CheckedData.Load(Dir);

    public (int Code, string Out, string Err) Cli(params string[] args) =>
        Repo.Cli([.. args, "--data", Dir]);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Dir, recursive: true);
        }
        catch (IOException)
        {
            // best effort
        }
    }
}

internal static class DiagnosticAssert
{
    /// <summary>
    /// The diagnostic of <paramref name="code"/> at the place given; every error of the bag has that
    /// code (one bad thing gives one kind of error).
    /// </summary>
    public static Diagnostic At(DiagnosticBag bag, string code, string file, int line, int? column = null)
    {
        var errors = bag.Items.Where(d => d.IsError).ToArray();
        Assert.True(errors.Length > 0, "no errors; diagnostics:\n" + string.Join("\n", bag.Items));
        Assert.True(errors.All(e => e.Code == code),
            $"expected only {code} errors, got:\n" + string.Join("\n", errors));
        var found = bag.Items.Where(d => d.Code == code && d.Span.File == file && d.Span.Line == line &&
                                         (column is null || d.Span.Column == column)).ToArray();
        Assert.True(found.Length > 0,
            $"no {code} at {file}({line},{column}); got:\n" + string.Join("\n", bag.Items.Where(d => d.Code == code)));
        return found[0];
    }

    /// <summary>The CLI's <c>validate</c> on <paramref name="t"/> exits 1 and prints <paramref name="d"/>.</summary>
    public static void CliReports(TempData t, Diagnostic d)
    {
        var (code, stdout, stderr) = t.Cli("validate");
        Assert.Equal(1, code);
        Assert.Contains(d.ToString(), stderr);
        Assert.Contains($"{d.Span}: ошибка {d.Code}: ", stderr);
        Assert.DoesNotContain("данные в порядке", stdout);
    }
}
