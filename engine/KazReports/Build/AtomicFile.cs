namespace KazReports.Build;

/// <summary>
/// Writes a file through a temporary name in the same folder and moves it into place only when
/// complete: a failed write never leaves a half-written file nor destroys the previous one.
/// </summary>
public static class AtomicFile
{
    public static void Write(string path, Action<Stream> write)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(dir);
        var temp = Path.Combine(dir, $".{Path.GetFileName(path)}.{Environment.ProcessId}.{Environment.CurrentManagedThreadId}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                write(stream);
                // No fsync: the move below keeps a failed write from replacing the old file. Forcing
                // every document to disk blocked a worker ~9 ms per file; what is lost is only
                // durability across a power cut right after the build.

            }
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }
}
