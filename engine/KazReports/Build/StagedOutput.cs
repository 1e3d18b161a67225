using KazReports.Parsing;
using System.Collections.Concurrent;
using KazReports.Diagnostics;

namespace KazReports.Build;

/// <summary>
/// All or nothing: the documents of a build are written into a staging folder inside the output
/// folder (same file system, so moving a file is a rename) and moved into place only when the whole
/// build succeeded; a build with any error leaves the output folder as it was. The output folder is
/// checked before anything is rendered: a file, a folder that cannot be written, a full disk, or the
/// data or templates folder (or one inside or around them) is refused.
/// </summary>
public sealed class StagedOutput : IDisposable
{
    public const string StagingName = ".kaz-staging";

    /// <summary>The output folder cannot be used (a file, no rights, a full disk, a failed move).</summary>
    public const string RefusedCode = "KR4003";

    /// <summary>The output folder is the data or templates folder, or inside or around one: a usage mistake.</summary>
    public const string ConflictCode = "KR4004";

    /// <summary>The disk filled up while writing.</summary>
    public const string DiskFullCode = "KR4005";

    /// <summary>Less free space than this refuses the build before rendering.</summary>
    public const long MinimumFreeBytes = 16L << 20;

    /// <summary>Tests replace the free-space probe (a full disk cannot be made on demand).</summary>
    internal static readonly AsyncLocal<Func<string, long>?> FreeSpaceProbe = new();

    private readonly string _out;
    private readonly string _shown;
    private readonly string _staging;
    private readonly bool _createdOut;
    private readonly OutputLock _lock;
    private readonly ConcurrentDictionary<string, byte> _staged = new(StringComparer.Ordinal);
    private int _diskFull;

    private StagedOutput(string outDir, string shown, bool createdOut, OutputLock outputLock)
    {
        _out = outDir;
        _shown = shown;
        _createdOut = createdOut;
        _lock = outputLock;
        _staging = Path.Combine(outDir, StagingName);
    }

    public string OutDir => _out;

    /// <summary>True once a write ran out of disk space: the build should stop.</summary>
    public bool DiskFull => Volatile.Read(ref _diskFull) != 0;

    /// <summary>Checks the output folder and opens its staging folder; null with a diagnostic when refused.</summary>
    public static StagedOutput? Open(string outDir, string dataDir, string templatesDir, DiagnosticBag bag)
    {
        var shown = outDir.TrimEnd('/', '\\').Replace('\\', '/');
        if (shown.Length == 0) shown = outDir;
        var span = new SourceSpan(shown, 0, 0);
        var full = Path.GetFullPath(outDir);
        var real = SafeFile.RealPath(full);
        foreach (var (dir, what) in new[] { (dataDir, "данных"), (templatesDir, "шаблонов") })
        {
            var other = SafeFile.RealPath(dir);
            if (SafeFile.IsInside(real, other) || SafeFile.IsInside(other, real))
            {
                var how = SafeFile.IsInside(other, real) && !SafeFile.IsInside(real, other) ? "содержит папку" : real == other ? "совпадает с папкой" : "находится внутри папки";
                bag.Error(ConflictCode, span, $"папка для документов {how} {what} ({dir.TrimEnd('/', '\\')}): укажите другую папку в --out");
                return null;
            }
        }
        var kind = SafeFile.Probe(full);
        if (kind is not (FileKind.Directory or FileKind.Missing))
        {
            bag.Error(RefusedCode, span, kind == FileKind.Regular
                ? "вместо папки для документов здесь файл: укажите папку в --out"
                : $"вместо папки для документов здесь {Noun(kind)}: укажите папку в --out");
            return null;
        }
        var created = kind == FileKind.Missing;
        for (var up = Path.GetDirectoryName(full); created && up is not null; up = Path.GetDirectoryName(up))
        {
            if (SafeFile.Probe(up) is var k && k == FileKind.Missing) continue;
            if (k == FileKind.Directory) break;
            bag.Error(RefusedCode, span, $"не удалось создать папку для документов: часть пути — не папка ({up}: {(k == FileKind.Regular ? "это файл" : SafeFile.Describe(k))})");
            return null;
        }
        try
        {
            Directory.CreateDirectory(full);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            bag.Add(new Diagnostic(Severity.Error, RefusedCode, span, "не удалось создать папку для документов: " + FileErrors.Russian(e), e.Message));
            return null;
        }
        var free = FreeSpace(full);
        if (free is { } bytes && bytes < MinimumFreeBytes)
        {
            bag.Error(RefusedCode, span, $"на диске свободно {bytes >> 20} МБ, нужно не меньше {MinimumFreeBytes >> 20} МБ: освободите место");
            RemoveIfCreated(full, created);
            return null;
        }
        var outputLock = OutputLock.TryAcquire(full, bag);
        if (outputLock is null)
        {
            RemoveIfCreated(full, created);
            return null;
        }
        var staged = new StagedOutput(full, shown, created, outputLock);
        try
        {
            // A staging folder left by a build that was killed is only debris.
            if (Directory.Exists(staged._staging)) Directory.Delete(staged._staging, recursive: true);
            Directory.CreateDirectory(staged._staging);
            var probe = Path.Combine(staged._staging, ".probe");
            File.WriteAllBytes(probe, [0]);
            File.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            bag.Add(new Diagnostic(Severity.Error, RefusedCode, span, "в папку для документов нельзя записать: " + FileErrors.Russian(e), e.Message));
            staged.Dispose();
            return null;
        }
        return staged;
    }

    /// <summary>Writes one output (a path relative to the output folder, «/» separated) into the staging folder.</summary>
    public string Write(string relative, Action<Stream> write)
    {
        var path = Path.Combine(_staging, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
            write(stream);
        }
        catch
        {
            try { File.Delete(path); } catch (IOException) { }
            throw;
        }
        _staged[relative] = 0;
        return Path.Combine(_out, relative);
    }

    /// <summary>True when the output folder will hold <paramref name="relative"/> after the commit (staged now or already there).</summary>
    public bool WillExist(string relative) => _staged.ContainsKey(relative) || File.Exists(Path.Combine(_out, relative));

    /// <summary>
    /// True (with one diagnostic per build) when <paramref name="e"/> says the disk is full: the
    /// build stops and nothing is moved into place.
    /// </summary>
    public bool ReportDiskFull(Exception e, DiagnosticBag bag)
    {
        if (!FileErrors.IsDiskFull(e)) return false;
        if (Interlocked.Exchange(ref _diskFull, 1) == 0)
            bag.Add(new Diagnostic(Severity.Error, DiskFullCode, new SourceSpan(_shown, 0, 0),
                "на диске кончилось место: сборка остановлена, файлы в папке не изменены", e.Message));
        return true;
    }

    /// <summary>Moves every staged file into the output folder; the final paths.</summary>
    public IReadOnlyList<string> Commit(DiagnosticBag bag)
    {
        var done = new List<string>();
        foreach (var relative in _staged.Keys.Order(StringComparer.Ordinal))
        {
            var target = Path.Combine(_out, relative);
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Move(Path.Combine(_staging, relative), target, overwrite: true);
                done.Add(target);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                bag.Add(new Diagnostic(Severity.Error, RefusedCode, new SourceSpan(Shown(relative), 0, 0),
                    "файл не удалось переместить на место: " + FileErrors.Russian(e), e.Message));
            }
        }
        _staged.Clear();
        return done;
    }

    /// <summary>
    /// Files in the output folder that no document of the data would produce (<paramref name="expected"/>:
    /// relative paths of every output the full plan makes in any format): a school removed from the
    /// data leaves its letter behind. Only files of the kinds the build writes are considered (a
    /// README or the user's own notes are never listed); hidden files and folders are the build's own.
    /// </summary>
    public IReadOnlyList<string> Stale(IReadOnlySet<string> expected)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = true };
        var kinds = expected.Select(Path.GetExtension).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return Directory.EnumerateFiles(_out, "*", options)
            .Select(f => Path.GetRelativePath(_out, f).Replace('\\', '/'))
            .Where(r => !r.Split('/').Any(part => part.StartsWith('.')))
            .Where(r => kinds.Contains(Path.GetExtension(r)) && !Path.GetFileName(r).Equals("README.md", StringComparison.OrdinalIgnoreCase))
            .Where(r => !expected.Contains(r))
            .Order(StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>Removes stale files (from <see cref="Stale"/>) and the folders they leave empty.</summary>
    public void Remove(IEnumerable<string> stale, DiagnosticBag bag)
    {
        foreach (var relative in stale)
        {
            var path = Path.Combine(_out, relative);
            try
            {
                File.Delete(path);
                var dir = Path.GetDirectoryName(path)!;
                if (dir != _out && !Directory.EnumerateFileSystemEntries(dir).Any()) Directory.Delete(dir);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                bag.Add(new Diagnostic(Severity.Warning, RefusedCode, new SourceSpan(Shown(relative), 0, 0),
                    "устаревший файл не удалось удалить: " + FileErrors.Russian(e), e.Message));
            }
        }
    }

    public string Shown(string relative) => $"{_shown}/{relative}";

    public void Dispose()
    {
        try
        {
            if (Directory.Exists(_staging)) Directory.Delete(_staging, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Removed at the start of the next build.
        }
        _lock.Dispose();
        RemoveIfCreated(_out, _createdOut);
    }

    /// <summary>What stands where the output folder should be, in Russian.</summary>
    private static string Noun(FileKind kind) => kind switch
    {
        FileKind.Device => "файл устройства",
        FileKind.Pipe => "именованный канал (FIFO)",
        FileKind.Socket => "сокет",
        FileKind.LinkLoop => "петля символических ссылок",
        FileKind.BrokenLink => "символическая ссылка в никуда",
        _ => "то, что не открывается (нет прав)",
    };

    private static void RemoveIfCreated(string dir, bool created)
    {
        try
        {
            if (created && Directory.Exists(dir) && !Directory.EnumerateFileSystemEntries(dir).Any()) Directory.Delete(dir);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // An empty folder left behind harms nothing.
        }
    }

    private static long? FreeSpace(string dir)
    {
        if (FreeSpaceProbe.Value is { } probe) return probe(dir);
        try
        {
            return new DriveInfo(dir).AvailableFreeSpace;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }
}
