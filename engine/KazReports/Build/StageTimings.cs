using System.Collections.Concurrent;
using System.Diagnostics;

namespace KazReports.Build;

/// <summary>CPU time spent per stage of a build, summed over the workers.</summary>
public sealed class StageTimings
{
    private readonly ConcurrentDictionary<string, long> _ticks = new(StringComparer.Ordinal);

    public void Add(string stage, long startTimestamp) =>
        _ticks.AddOrUpdate(stage, Stopwatch.GetTimestamp() - startTimestamp, (_, t) => t + Stopwatch.GetTimestamp() - startTimestamp);

    public IReadOnlyList<(string Stage, TimeSpan Time)> All =>
        _ticks.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => (kv.Key, Stopwatch.GetElapsedTime(0, kv.Value))).ToArray();
}
