using System.Runtime.InteropServices;
using KazReports.Diagnostics;

namespace KazReports.Parsing;

/// <summary>What a path is, found without opening it (opening a named pipe for reading waits for ever).</summary>
public enum FileKind
{
    Missing,
    Regular,
    Directory,
    Pipe,
    Device,
    Socket,
    LinkLoop,
    BrokenLink,
    Unreadable,
}

/// <summary>
/// Every input file is looked at before it is read: only a plain file of a bounded size is read,
/// anything else (a named pipe, a device, a socket, a loop of symbolic links, a link to nothing)
/// is refused with a located Russian message. The kind comes from stat(2) through the .NET
/// runtime's own native shim (whose file-status layout is the same on every Unix); on Windows, where
/// the shim does not exist, the attributes tell a device.
/// </summary>
public static class SafeFile
{
    /// <summary>No data or template file is larger than this (a district's results are a few hundred kilobytes).</summary>
    public const long MaxBytes = 256L << 20;

    public const string Code = Codes.NotAFile;

    public static FileKind Probe(string path)
    {
        try
        {
            if (!OperatingSystem.IsWindows()) return ProbeUnix(path);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // A runtime without the shim: fall back to what .NET says.
        }
        if (Directory.Exists(path)) return FileKind.Directory;
        if (!File.Exists(path)) return FileKind.Missing;
        return File.GetAttributes(path).HasFlag(FileAttributes.Device) ? FileKind.Device : FileKind.Regular;
    }

    /// <summary>
    /// True when <paramref name="path"/> is a plain file that may be read; otherwise a diagnostic
    /// (missing files only when <paramref name="required"/>) and false.
    /// </summary>
    public static bool CheckReadable(string path, string display, DiagnosticBag bag, bool required = true, string? missingCode = null, string missingMessage = "файл не найден")
    {
        var kind = Probe(path);
        if (kind == FileKind.Regular)
        {
            long size;
            try { size = new FileInfo(path).Length; }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { size = 0; }
            if (size > MaxBytes)
            {
                bag.Error(Code, new SourceSpan(display, 0, 0),
                    $"файл размером {size >> 20} МБ больше предела {MaxBytes >> 20} МБ: это не файл данных или шаблонов?");
                return false;
            }
            // stat(2) succeeds on a file without read permission: opening it tells (a plain file never blocks).
            try
            {
                using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
                return true;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                bag.Add(new Diagnostic(Severity.Error, Code, new SourceSpan(display, 0, 0),
                    e is UnauthorizedAccessException ? Describe(FileKind.Unreadable) : "файл не открывается: " + FileErrors.Russian(e), e.Message));
                return false;
            }
        }
        if (kind == FileKind.Missing)
        {
            if (required) bag.Error(missingCode ?? Codes.FileMissing, new SourceSpan(display, 0, 0), missingMessage);
            return false;
        }
        bag.Error(Code, new SourceSpan(display, 0, 0), Describe(kind));
        return false;
    }

    /// <summary>
    /// The files of <paramref name="dir"/> matching <paramref name="pattern"/>, in name order; a folder
    /// that cannot be listed (no permission) is an error at the folder and gives none.
    /// </summary>
    public static IReadOnlyList<string> ListFiles(string dir, string pattern, string display, DiagnosticBag bag)
    {
        try
        {
            return Directory.EnumerateFiles(dir, pattern).Order(StringComparer.Ordinal).ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            bag.Add(new Diagnostic(Severity.Error, Code, new SourceSpan(display, 0, 0),
                e is UnauthorizedAccessException ? "нет прав на чтение папки" : "папка не читается: " + FileErrors.Russian(e), e.Message));
            return [];
        }
    }

    /// <summary>Why a path of this kind is not read, in Russian.</summary>
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Directory => "это папка, а не файл",
        FileKind.Pipe => "это именованный канал (FIFO), а не обычный файл: не читается",
        FileKind.Device => "это файл устройства, а не обычный файл: не читается",
        FileKind.Socket => "это сокет, а не обычный файл: не читается",
        FileKind.LinkLoop => "символические ссылки образуют петлю: файл не читается",
        FileKind.BrokenLink => "символическая ссылка ведёт к несуществующему файлу",
        FileKind.Unreadable => "нет прав на чтение файла",
        FileKind.Missing => "файл не найден",
        _ => "файл не читается",
    };

    /// <summary>
    /// The path with every symbolic link resolved (the parts that do not exist yet kept as written);
    /// a loop of links stops after 40 hops, as the system does.
    /// </summary>
    public static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        for (var hops = 0; hops < 40; hops++)
        {
            var root = Path.GetPathRoot(full)!;
            var parts = full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
            var current = root;
            string? redirected = null;
            for (var i = 0; i < parts.Length; i++)
            {
                var next = Path.Combine(current, parts[i]);
                string? target;
                try { target = new FileInfo(next).LinkTarget; }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException) { target = null; }
                if (target is not null)
                {
                    redirected = Path.GetFullPath(Path.Combine([Path.Combine(current, target), .. parts[(i + 1)..]]));
                    break;
                }
                current = next;
            }
            if (redirected is null) return current;
            full = redirected;
        }
        return full;
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or inside it (both real, full paths).</summary>
    public static bool IsInside(string path, string folder)
    {
        var comparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var f = folder.TrimEnd(Path.DirectorySeparatorChar);
        var p = path.TrimEnd(Path.DirectorySeparatorChar);
        return p.Equals(f, comparison) || p.StartsWith(f + Path.DirectorySeparatorChar, comparison);
    }

    private const int IfMt = 0xF000, IfIfo = 0x1000, IfChr = 0x2000, IfDir = 0x4000, IfBlk = 0x6000, IfReg = 0x8000, IfLnk = 0xA000, IfSock = 0xC000;
    private const int ENOENT = 2, EACCES = 13, ENOTDIR = 20, ELOOP = 40, ELOOP_BSD = 62;

    private static FileKind ProbeUnix(string path)
    {
        // The shim's FileStatus starts with two int32 (flags, mode); the buffer is larger than the struct.
        var status = new byte[512];
        if (Stat(path, status, follow: true) is var err && err != 0)
        {
            if (err is ELOOP or ELOOP_BSD) return FileKind.LinkLoop;
            if (err == EACCES) return FileKind.Unreadable;
            if (err is ENOENT or ENOTDIR)
                return Stat(path, status, follow: false) == 0 && (Mode(status) & IfMt) == IfLnk ? FileKind.BrokenLink : FileKind.Missing;
            return FileKind.Unreadable;
        }
        return (Mode(status) & IfMt) switch
        {
            IfReg => FileKind.Regular,
            IfDir => FileKind.Directory,
            IfIfo => FileKind.Pipe,
            IfChr or IfBlk => FileKind.Device,
            IfSock => FileKind.Socket,
            _ => FileKind.Device,
        };
    }

    private static int Mode(byte[] status) => BitConverter.ToInt32(status, 4);

    private static int Stat(string path, byte[] status, bool follow)
    {
        var rc = follow ? NativeStat(path, status) : NativeLStat(path, status);
        return rc == 0 ? 0 : Marshal.GetLastPInvokeError();
    }

    // CA2101: each string parameter names its marshalling (UTF-8) itself.
#pragma warning disable CA2101
    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", SetLastError = true)]
    private static extern int NativeStat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, byte[] status);

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_LStat", SetLastError = true)]
    private static extern int NativeLStat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, byte[] status);
#pragma warning restore CA2101
}
