using KazReports.Data.Model;

namespace KazReports.Analysis;

/// <summary>
/// Results looked up by key and school; district rows computed once, in one pass. Built over a
/// <see cref="ResultStore"/>, it holds two integers per result: the rows grouped by school (in file
/// order within a school) and each one's key.
/// </summary>
public sealed class ResultIndex
{
    private readonly ResultStore _store;
    private readonly int[] _rows;
    private readonly int[] _rowKeys;
    private readonly int[] _schoolStart;
    private readonly Dictionary<AssessmentKey, RegionResult> _region = [];
    private readonly Dictionary<AssessmentKey, DistrictRow> _district = [];

    public ResultIndex(IReadOnlyList<SchoolResult> results, IReadOnlyList<RegionResult> region)
    {
        _store = ResultStore.From(results);
        (_rows, _schoolStart) = _store.GroupBySchool();
        _rowKeys = new int[_rows.Length];
        for (var i = 0; i < _rows.Length; i++) _rowKeys[i] = _store.KeyOf(_rows[i]);
        foreach (var r in region) _region.TryAdd(r.Key, r);
        foreach (var d in Analysis.DistrictRows.ComputeAll(_store)) _district[d.Key] = d;
        var used = new bool[_store.KeyCount];
        foreach (var k in _rowKeys) used[k] = true;
        Keys = Enumerable.Range(0, used.Length).Where(k => used[k]).Select(_store.KeyAt).ToHashSet();
    }

    public ResultIndex(DataSet data) : this(data.Results, data.Region) { }

    public IReadOnlySet<AssessmentKey> Keys { get; }

    /// <summary>The school's result for the key (the first one if the data repeats it), or null.</summary>
    public SchoolResult? School(AssessmentKey key, string schoolId)
    {
        var school = _store.FindSchool(schoolId);
        var k = _store.FindKey(key);
        if (school < 0 || k < 0) return null;
        for (var i = _schoolStart[school]; i < _schoolStart[school + 1]; i++)
        {
            if (_rowKeys[i] == k) return _store[_rows[i]];
        }
        return null;
    }

    /// <summary>Every result of the school, in the order of the files.</summary>
    public IReadOnlyList<SchoolResult> ForSchool(string schoolId)
    {
        var school = _store.FindSchool(schoolId);
        if (school < 0) return [];
        var list = new SchoolResult[_schoolStart[school + 1] - _schoolStart[school]];
        for (var i = 0; i < list.Length; i++) list[i] = _store[_rows[_schoolStart[school] + i]];
        return list;
    }

    public RegionResult? Region(AssessmentKey key) => _region.GetValueOrDefault(key);

    public DistrictRow? District(AssessmentKey key) => _district.GetValueOrDefault(key);

    public IEnumerable<DistrictRow> AllDistrictRows => _district.Values;
}
