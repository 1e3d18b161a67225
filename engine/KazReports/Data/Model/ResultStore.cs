using System.Collections;
using KazReports.Diagnostics;

namespace KazReports.Data.Model;

/// <summary>
/// The school results of a region, compact: a row is ten integers (the key, the school and the file
/// are indexes into tables of distinct values; a missing figure is a sentinel), stored in chunks so
/// that growing never copies the whole table. Shares given as shares, the source text and unusual
/// positions, all rare, sit in a side list. Rows are handed out as <see cref="SchoolResult"/> values.
/// </summary>
public sealed class ResultStore : IReadOnlyList<SchoolResult>
{
    private const int ChunkBits = 14;
    private const int ChunkSize = 1 << ChunkBits;
    private const int None = int.MinValue;

    private StoredRow[][] _chunks = [];
    private readonly List<AssessmentKey> _keys = [];
    private readonly Dictionary<AssessmentKey, int> _keyIds = [];
    private readonly StringTable _schools = new();
    private readonly StringTable _files = new();
    private readonly StringTable _sources = new();
    private readonly List<RowExtras> _extras = [];

    /// <summary>A copy of <paramref name="results"/> in a store (results built in memory, in tests).</summary>
    public static ResultStore From(IEnumerable<SchoolResult> results)
    {
        if (results is ResultStore store) return store;
        var copy = new ResultStore();
        foreach (var r in results) copy.Add(r);
        return copy;
    }

    public int Count { get; private set; }

    public SchoolResult this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            ref readonly var row = ref Row(index);
            var extras = row.Extras >= 0 ? _extras[row.Extras] : null;
            var file = _files[row.File];
            return new SchoolResult(
                _keys[row.Key],
                _schools[row.School],
                Value(row.Participants),
                new Measure(Value(row.Count2), extras?.Share2),
                new Measure(Value(row.Count45), extras?.Share45),
                new Measure(Value(row.CountLowered), extras?.ShareLowered),
                extras?.Source,
                extras?.Span ?? new SourceSpan(file, row.Line, 1),
                extras?.SchoolSpan ?? new SourceSpan(file, row.Line, row.SchoolColumn));
        }
    }

    /// <summary>Adds a result; its index.</summary>
    public int Add(in SchoolResult r)
    {
        var span = r.Span;
        var schoolSpan = r.SchoolSpan;
        var file = _files.Intern(span.File ?? "");
        var ownSpan = span.File is null || span.Column != 1 ? span : (SourceSpan?)null;
        var ownSchoolSpan = schoolSpan.File == span.File && schoolSpan.Line == span.Line ? (SourceSpan?)null : schoolSpan;
        return Add(r.Key, _schools.Intern(r.SchoolId), r.Participants, r.Fail, r.High, r.Lowered, r.Source,
            file, span.Line, schoolSpan.Column, ownSpan, ownSchoolSpan);
    }

    /// <summary>Adds a row read from a file: its span is the row's line at column 1.</summary>
    internal int Add(AssessmentKey key, int school, int? participants, Measure fail, Measure high, Measure lowered, string? source,
        int file, int line, SourceSpan schoolSpan) =>
        Add(key, school, participants, fail, high, lowered, source, file, line, schoolSpan.Column,
            null, schoolSpan.Line == line && schoolSpan.File == _files[file] ? null : schoolSpan);

    private int Add(AssessmentKey key, int school, int? participants, Measure fail, Measure high, Measure lowered, string? source,
        int file, int line, int schoolColumn, SourceSpan? span, SourceSpan? schoolSpan)
    {
        var extras = -1;
        if (fail.GivenShare is not null || high.GivenShare is not null || lowered.GivenShare is not null || source is not null ||
            span is not null || schoolSpan is not null)
        {
            extras = _extras.Count;
            _extras.Add(new RowExtras(fail.GivenShare, high.GivenShare, lowered.GivenShare,
                source is null ? null : _sources[_sources.Intern(source)], span, schoolSpan));
        }
        if (!_keyIds.TryGetValue(key, out var keyId))
        {
            keyId = _keys.Count;
            _keys.Add(key);
            _keyIds.Add(key, keyId);
        }
        var index = Count;
        if ((index >> ChunkBits) == _chunks.Length)
        {
            Array.Resize(ref _chunks, _chunks.Length + 1);
            _chunks[^1] = new StoredRow[ChunkSize];
        }
        _chunks[index >> ChunkBits][index & (ChunkSize - 1)] = new StoredRow
        {
            Key = keyId, School = school, Participants = participants ?? None,
            Count2 = fail.Count ?? None, Count45 = high.Count ?? None, CountLowered = lowered.Count ?? None,
            Line = line, SchoolColumn = schoolColumn, Extras = extras, File = file,
        };
        Count++;
        return index;
    }

    /// <summary>Drops the rows from <paramref name="count"/> on (a file that turned out unreadable).</summary>
    internal void Truncate(int count)
    {
        if (count >= Count) return;
        Count = count;
        _chunks = _chunks[..((count + ChunkSize - 1) >> ChunkBits)];
    }

    /// <summary>The index of a school id in the store's table of ids, added when new.</summary>
    internal int InternSchool(ReadOnlySpan<char> id) => _schools.Intern(id);

    internal int InternFile(string file) => _files.Intern(file);

    /// <summary>The store's index of a school id, or −1.</summary>
    internal int FindSchool(string id) => _schools.Find(id);

    /// <summary>The store's index of a key, or −1.</summary>
    internal int FindKey(AssessmentKey key) => _keyIds.GetValueOrDefault(key, -1);

    internal int SchoolCount => _schools.Count;

    internal int KeyCount => _keys.Count;

    internal string SchoolAt(int school) => _schools[school];

    internal AssessmentKey KeyAt(int key) => _keys[key];

    internal int SchoolOf(int index) => Row(index).School;

    internal int KeyOf(int index) => Row(index).Key;

    internal int? ParticipantsOf(int index) => Value(Row(index).Participants);

    /// <summary>The counts of the three measures of a row (null when not known).</summary>
    internal (int? Fail, int? High, int? Lowered) CountsOf(int index)
    {
        ref readonly var row = ref Row(index);
        return (Value(row.Count2), Value(row.Count45), Value(row.CountLowered));
    }

    /// <summary>The years that have a result, ascending.</summary>
    public IReadOnlyList<int> Years
    {
        get
        {
            var used = new bool[_keys.Count];
            for (var i = 0; i < Count; i++) used[Row(i).Key] = true;
            return _keys.Where((_, k) => used[k]).Select(k => k.Year).Distinct().Order().ToArray();
        }
    }

    public IEnumerator<SchoolResult> GetEnumerator()
    {
        for (var i = 0; i < Count; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private ref readonly StoredRow Row(int index) => ref _chunks[index >> ChunkBits][index & (ChunkSize - 1)];

    private static int? Value(int stored) => stored == None ? null : stored;

    private struct StoredRow
    {
        public int Key;
        public int School;
        public int Participants;
        public int Count2;
        public int Count45;
        public int CountLowered;
        public int Line;
        public int SchoolColumn;
        public int Extras;
        public int File;
    }

    /// <summary>What few rows have: shares given as shares, a source, a position other than the row's.</summary>
    private sealed record RowExtras(decimal? Share2, decimal? Share45, decimal? ShareLowered, string? Source, SourceSpan? Span, SourceSpan? SchoolSpan);

    /// <summary>Row numbers grouped by school (a counting sort, stable) and where each school's group starts.</summary>
    internal (int[] Rows, int[] Start) GroupBySchool()
    {
        var start = new int[SchoolCount + 1];
        for (var i = 0; i < Count; i++) start[SchoolOf(i) + 1]++;
        for (var s = 0; s < SchoolCount; s++) start[s + 1] += start[s];
        var next = start[..^1];
        var rows = new int[Count];
        for (var i = 0; i < Count; i++) rows[next[SchoolOf(i)]++] = i;
        return (rows, start);
    }
}

/// <summary>Distinct strings, each kept once and known by its index; looked up by text without allocating.</summary>
internal sealed class StringTable
{
    private readonly List<string> _items = [];
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

    public int Count => _items.Count;

    public string this[int index] => _items[index];

    public int Intern(string text)
    {
        if (_index.TryGetValue(text, out var i)) return i;
        return AddNew(text);
    }

    public int Intern(ReadOnlySpan<char> text)
    {
        if (_index.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text, out var i)) return i;
        return AddNew(text.ToString());
    }

    public int Find(string text) => _index.GetValueOrDefault(text, -1);

    private int AddNew(string text)
    {
        var i = _items.Count;
        _items.Add(text);
        _index.Add(text, i);
        return i;
    }
}
