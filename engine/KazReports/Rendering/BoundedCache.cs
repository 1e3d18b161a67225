using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace KazReports.Rendering;

/// <summary>
/// A process-wide memo of a pure function (a text's width or family, a wrapped label, a shaped text)
/// for documents made again and again with the same texts. Thread-safe and bounded: two generations
/// of at most <paramref name="capacity"/> entries; when the current one fills it becomes the previous
/// one (the older is dropped), and a value found in the previous one moves into the current one, so
/// the texts every document uses stay. A value is computed again when it has been dropped: the same value.
/// </summary>
/// <param name="comparer">How keys compare; one that also compares an alternate form (a span of text) allows lookups by it.</param>
internal sealed class BoundedCache<TKey, TValue>(int capacity, IEqualityComparer<TKey>? comparer = null)
    where TKey : notnull
{
    private readonly Lock turn = new();
    private Generation current = new(comparer);
    private Generation previous = new(comparer);

    public int Capacity => capacity;

    /// <summary>Entries held now, in both generations.</summary>
    public int Count => Volatile.Read(ref current).Count + Volatile.Read(ref previous).Count;

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
            return true;
        }

        var before = Volatile.Read(ref previous);
        if (ReferenceEquals(before, now) || !before.Values.GetAlternateLookup<TAlternate>().TryGetValue(key, out value))
        {
            return false;
        }

        if (now.Values.GetAlternateLookup<TAlternate>().TryAdd(key, value))
        {
            Counted(now);
        }

        return true;
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
