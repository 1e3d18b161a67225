namespace KazReports.Diagnostics;

/// <summary>
/// File-system failures told in Russian: .NET's messages are English and carry the system's wording;
/// the original goes into <see cref="Diagnostic.Detail"/> for <c>--verbose</c>.
/// </summary>
public static class FileErrors
{
    // errno values (Linux; .NET puts the errno into IOException.HResult on Unix) and Windows HRESULTs.
    private const int ENOSPC = 28, EDQUOT = 122, EROFS = 30, ENOTDIR = 20, EISDIR = 21, ELOOP = 40, EIO = 5, ENAMETOOLONG = 36, EACCES = 13, EPERM = 1;
    private const int WinDiskFull = unchecked((int)0x80070070), WinHandleDiskFull = unchecked((int)0x80070027);

    public static bool IsDiskFull(Exception e) =>
        e is IOException { HResult: ENOSPC or EDQUOT or WinDiskFull or WinHandleDiskFull };

    public static string Russian(Exception e) => e switch
    {
        UnauthorizedAccessException => "нет прав доступа",
        PathTooLongException => "слишком длинный путь или имя файла",
        FileNotFoundException or DirectoryNotFoundException => "файл или папка не найдены",
        _ when IsDiskFull(e) => "на диске нет места",
        IOException { HResult: EROFS } => "диск доступен только для чтения",
        IOException { HResult: ENOTDIR } => "часть пути — файл, а не папка",
        IOException { HResult: EISDIR } => "по этому пути папка, а не файл",
        IOException { HResult: ELOOP } => "символические ссылки образуют петлю",
        IOException { HResult: EIO } => "ошибка чтения или записи диска",
        IOException { HResult: ENAMETOOLONG } => "слишком длинное имя файла",
        IOException { HResult: EACCES or EPERM } => "нет прав доступа",
        _ => "ошибка файловой системы",
    };
}
