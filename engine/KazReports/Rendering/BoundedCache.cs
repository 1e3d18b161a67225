using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace KazReports.Rendering;

/// <summary>
/// A process-wide memo of a pure function (a text's width or family, a wrapped label, a shaped text)
/// for documents made again and again with the same texts; the one policy of <see cref="RenderCaches"/>,
/// which makes and names every one. Thread-safe and bounded: two generations of at most
/// <paramref name="capacity"/> entries; when the current one fills it becomes the previous one (the
/// older is dropped), and a value found in the previous one moves into the current one, so the texts
/// every document uses stay. A value is computed again when it has been dropped: the same value.
/// </summary>
/// <param name="name">What the memo holds, in Russian (the <c>--timings</c> report).</param>
/// <param name="comparer">How keys compare; one that also compares an alternate form (a span of text) allows lookups by it.</param>
internal sealed class BoundedCache<TKey, TValue>(string name, int capacity, IEqualityComparer<TKey>? comparer = null) : IRenderCache
    where TKey : notnull
{
    private readonly Lock turn = new();
    private readonly HitCounter hits = new();
    private Generation current = new(comparer);
    private Generation previous = new(comparer);
    private long misses;

    public string Name => name;

    public int Capacity => capacity;

    /// <summary>Entries held now, in both generations.</summary>
    public int Count => Volatile.Read(ref current).Count + Volatile.Read(ref previous).Count;

    /// <summary>Lookups that found a value since the start or the last <see cref="Clear"/>.</summary>
    public long Hits => hits.Total;

    /// <summary>Lookups that found none (the value was computed, or the caller computes it).</summary>
    public long Misses => Interlocked.Read(ref misses);

    /// <summary>The value for a key: remembered, else <paramref name="compute"/>(key, state).</summary>
    public TValue Get<TState>(TKey key, TState state, Func<TKey, TState, TValue> compute)
    {
        var now = Volatile.Read(ref current);
        if (now.Values.TryGetValue(key, out var value))
        {
            hits.Add();
            return value;
        }

        var before = Volatile.Read(ref previous);
        if (ReferenceEquals(before, now) || !before.Values.TryGetValue(key, out value))
        {
            Interlocked.Increment(ref misses);
            value = compute(key, state);
        }
        else
        {
            hits.Add();
        }

        return Add(key, value);
    }

    /// <summary>Remembers a value; a value already there for the key wins and is returned.</summary>
    public TValue Add(TKey key, TValue value)
    {
        var now = Volatile.Read(ref current);
        if (now.Values.TryAdd(key, value))
        {
            Counted(now);
            return value;
        }

        return now.Values.TryGetValue(key, out var stored) ? stored : value;
    }

    /// <summary>Looks a key up by its alternate form (the comparer must compare it), without making a key.</summary>
    public bool TryGet<TAlternate>(TAlternate key, [MaybeNullWhen(false)] out TValue value)
        where TAlternate : notnull, allows ref struct
    {
        var now = Volatile.Read(ref current);
        if (now.Values.GetAlternateLookup<TAlternate>().TryGetValue(key, out value))
        {
            hits.Add();
            return true;
        }

        var before = Volatile.Read(ref previous);
        if (ReferenceEquals(before, now) || !before.Values.GetAlternateLookup<TAlternate>().TryGetValue(key, out value))
        {
            Interlocked.Increment(ref misses);
            return false;
        }

        hits.Add();
        if (now.Values.GetAlternateLookup<TAlternate>().TryAdd(key, value))
        {
            Counted(now);
        }

        return true;
    }

    /// <summary>Forgets every entry and the counts (tests); lookups running meanwhile compute what they miss.</summary>
    public void Clear()
    {
        lock (turn)
        {
            Volatile.Write(ref previous, new Generation(comparer));
            Volatile.Write(ref current, new Generation(comparer));
            hits.Clear();
            Interlocked.Exchange(ref misses, 0);
        }
    }

    private void Counted(Generation now)
    {
        if (Interlocked.Increment(ref now.Count) < capacity)
        {
            return;
        }

        lock (turn)
        {
            if (ReferenceEquals(current, now))
            {
                Volatile.Write(ref previous, now);
                Volatile.Write(ref current, new Generation(comparer));
            }
        }
    }

    private sealed class Generation(IEqualityComparer<TKey>? comparer)
    {
        public readonly ConcurrentDictionary<TKey, TValue> Values = new(comparer);
        public int Count;
    }
}

/// <summary>What <see cref="RenderCaches"/> sees of a memo: its name, size and counts, and a way to empty it.</summary>
internal interface IRenderCache
{
    string Name { get; }

    int Capacity { get; }

    int Count { get; }

    long Hits { get; }

    long Misses { get; }

    void Clear();
}

/// <summary>
/// A count of hits that threads add to at once: one padded slot per stripe of thread ids, so that
/// parallel renders counting a hit on every looked-up word do not fight over one cache line.
/// </summary>
internal sealed class HitCounter
{
    private const int Stripes = 16;

    // 8 longs (64 bytes) per slot: one cache line each.
    private const int Pad = 8;

    private readonly long[] slots = new long[Stripes * Pad];

    public long Total
    {
        get
        {
            long total = 0;
            for (var i = 0; i < Stripes; i++)
            {
                total += Interlocked.Read(ref slots[i * Pad]);
            }

            return total;
        }
    }

    public void Add() => Interlocked.Increment(ref slots[(Environment.CurrentManagedThreadId & (Stripes - 1)) * Pad]);

    public void Clear()
    {
        for (var i = 0; i < Stripes; i++)
        {
            Interlocked.Exchange(ref slots[i * Pad], 0);
        }
    }
}
