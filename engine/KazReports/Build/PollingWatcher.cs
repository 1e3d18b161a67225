namespace KazReports.Build;

/// <summary>
/// Watches a folder by looking at it at an interval: every file's size and time of change, compared
/// with the last look. What <see cref="WatchLoop"/> falls back to when the system's watcher cannot be
/// had (Linux allows 128 inotify instances per user by default, shared by every program of that user).
/// </summary>
internal sealed class PollingWatcher : IDisposable
{
    private readonly string dir;
    private readonly Action<string> changed;
    private readonly Timer timer;
    private readonly object gate = new();
    private Dictionary<string, (long Size, DateTime Written)> last;
    private bool disposed;

    public PollingWatcher(string dir, TimeSpan interval, Action<string> changed)
    {
        this.dir = Path.GetFullPath(dir);
        this.changed = changed;
        last = Look(this.dir);
        timer = new Timer(_ => Poll(), null, interval, interval);
    }

    /// <summary>Compares the folder with the last look and reports every path added, removed or changed.</summary>
    internal void Poll()
    {
        lock (gate)
        {
            if (disposed) return;
            var now = Look(dir);
            foreach (var (path, state) in now)
            {
                if (!last.TryGetValue(path, out var before) || before != state) changed(path);
            }

            foreach (var path in last.Keys.Where(p => !now.ContainsKey(p)))
                changed(path);
            last = now;
        }
    }

    private static Dictionary<string, (long, DateTime)> Look(string dir)
    {
        var files = new Dictionary<string, (long, DateTime)>(StringComparer.Ordinal);
        try
        {
            var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = 0 };
            foreach (var info in new DirectoryInfo(dir).EnumerateFiles("*", options))
                files[info.FullName] = (info.Length, info.LastWriteTimeUtc);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The folder is being replaced or went away: the next look sees what is there then.
        }

        return files;
    }

    public void Dispose()
    {
        lock (gate) disposed = true;
        timer.Dispose();
    }
}
