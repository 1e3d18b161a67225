using System.Collections.Concurrent;
using System.Diagnostics;
using KazReports.Diagnostics;

namespace KazReports.Build;

/// <summary>
/// <c>kaz build --watch</c>: builds once, then watches the data and templates folders and, a short
/// moment after the last save, rebuilds only the documents the saved files affect. Each round
/// prints its diagnostics and «готово: N файлов за X с». A save with errors writes nothing for the
/// documents it breaks: their last good files stay. Stops when the token is cancelled (Ctrl+C).
/// </summary>
public sealed class WatchLoop(
    BuildOptions options,
    Func<BuildOptions, BuildResult> build,
    Action<DiagnosticBag> report,
    TextWriter stdout) : IDisposable
{
    /// <summary>How long the folders must be quiet before a rebuild: an editor's save is several events.</summary>
    public TimeSpan Debounce { get; init; } = TimeSpan.FromMilliseconds(300);

    /// <summary>How often the folders are looked at when the system's watcher cannot be had (or <see cref="Polling"/> is set).</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Look at the folders at <see cref="PollInterval"/> instead of the system's watcher (for tests; the fallback's path).</summary>
    internal bool Polling { get; init; }

    private readonly ConcurrentQueue<string> changed = new();
    private readonly SemaphoreSlim signal = new(0);

    public void Dispose() => signal.Dispose();

    public int Run(CancellationToken token)
    {
        Round(options, "сборка всех документов");
        using var data = Watch(options.DataDir);
        using var templates = Watch(options.TemplatesDir);
        stdout.WriteLine($"слежу за {options.DataDir} и {options.TemplatesDir}; Ctrl+C — выход");
        try
        {
            while (!token.IsCancellationRequested)
            {
                signal.Wait(token);
                // Quiet for a moment: the rest of the save (and of other files saved together) arrives.
                while (signal.Wait(Debounce, token))
                {
                }
                var paths = new List<string>();
                while (changed.TryDequeue(out var path)) paths.Add(path);
                var change = ChangeSet.From(paths, options.DataDir, options.TemplatesDir);
                if (change.IsEmpty) continue;
                var filter = change.Filter(new TemplateDependencies(options.TemplatesDir));
                var what = $"изменено: {string.Join(", ", change.Files)}";
                Round(filter is null ? options : options with { Filter = Both(options.Filter, filter) }, what);
            }
        }
        catch (OperationCanceledException)
        {
        }
        stdout.WriteLine("наблюдение остановлено");
        return 0;
    }

    private void Round(BuildOptions round, string what)
    {
        stdout.WriteLine(what);
        var clock = Stopwatch.StartNew();
        var result = build(round);
        report(result.Diagnostics);
        if (result.Diagnostics.HasErrors)
            stdout.WriteLine($"есть ошибки: записано файлов {result.Written.Count}; документы с ошибками не записаны, прежние файлы оставлены");
        else
            stdout.WriteLine($"готово: {Files(result.Written.Count)} за {Text.Numbers.Seconds(clock.Elapsed)}");
        stdout.Flush();
    }

    /// <summary>
    /// The system's watcher of the folder, or, when it cannot be had (the inotify limit of the user is
    /// reached, the folder is on a file system without notifications), a look at the folder every
    /// <see cref="PollInterval"/>, said once.
    /// </summary>
    private IDisposable Watch(string dir)
    {
        if (!Polling)
        {
            try
            {
                return SystemWatcher(dir);
            }
            catch (Exception e) when (e is IOException or PlatformNotSupportedException or UnauthorizedAccessException)
            {
                var why = e.Message.Contains("inotify", StringComparison.Ordinal)
                    ? "исчерпан предел наблюдателей inotify, fs.inotify.max_user_instances"
                    : Diagnostics.FileErrors.Russian(e);
                var every = PollInterval == TimeSpan.FromSeconds(1) ? "секунду" : PollInterval.TotalSeconds.ToString("0.##", Text.Numbers.Russian) + " с";
                stdout.WriteLine($"система не сообщает об изменениях в {dir} ({why}): проверяю папку раз в {every}");
            }
        }

        return new PollingWatcher(dir, PollInterval, Add);
    }

    /// <summary>«1 файл», «3 файла», «56 файлов».</summary>
    internal static string Files(int n) => Text.RussianForms.Count(n, "файл", "файла", "файлов");

    private FileSystemWatcher SystemWatcher(string dir)
    {
        var watcher = new FileSystemWatcher(Path.GetFullPath(dir))
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        watcher.Changed += (_, e) => Add(e.FullPath);
        watcher.Created += (_, e) => Add(e.FullPath);
        watcher.Deleted += (_, e) => Add(e.FullPath);
        watcher.Renamed += (_, e) =>
        {
            Add(e.OldFullPath);
            Add(e.FullPath);
        };
        try
        {
            watcher.EnableRaisingEvents = true;
        }
        catch
        {
            watcher.Dispose();
            throw;
        }

        return watcher;
    }

    private void Add(string path)
    {
        changed.Enqueue(path);
        signal.Release();
    }

    private static Func<DocumentJob, bool> Both(Func<DocumentJob, bool>? first, Func<DocumentJob, bool> second) =>
        first is null ? second : job => first(job) && second(job);
}
