using System.Collections.Concurrent;

namespace KazReports.Rendering.Charts;

/// <summary>
/// A process-wide memo of a pure function (a text's width, a text's family, a wrapped label) for
/// charts made again and again with the same texts. Thread-safe and bounded: two generations of at
/// most <paramref name="capacity"/> entries; when the current one fills it becomes the previous one
/// (the older is dropped), and a value found in the previous one moves into the current one, so the
/// texts every chart uses stay. A value is computed again when it has been dropped: the same value.
/// </summary>
internal sealed class BoundedCache<TKey, TValue>(int capacity)
    where TKey : notnull
{
    private readonly Lock turn = new();
    private Generation current = new();
    private Generation previous = new();

    /// <summary>The value for a key: remembered, else <paramref name="compute"/>(key, state).</summary>
    public TValue Get<TState>(TKey key, TState state, Func<TKey, TState, TValue> compute)
    {
        var now = Volatile.Read(ref current);
        if (now.Values.TryGetValue(key, out var value))
        {
            return value;
        }

        var before = Volatile.Read(ref previous);
        if (ReferenceEquals(before, now) || !before.Values.TryGetValue(key, out value))
        {
            value = compute(key, state);
        }

        if (now.Values.TryAdd(key, value) && Interlocked.Increment(ref now.Count) >= capacity)
        {
            lock (turn)
            {
                if (ReferenceEquals(current, now))
                {
                    Volatile.Write(ref previous, now);
                    Volatile.Write(ref current, new Generation());
                }
            }
        }

        return value;
    }

    private sealed class Generation
    {
        public readonly ConcurrentDictionary<TKey, TValue> Values = new();
        public int Count;
    }
}
