using KazReports.Data.Model;

namespace KazReports.Analysis;

/// <summary>Results looked up by key in constant time; district rows computed once.</summary>
public sealed class ResultIndex
{
    private readonly Dictionary<(AssessmentKey, string), SchoolResult> _bySchool = [];
    private readonly Dictionary<AssessmentKey, RegionResult> _region = [];
    private readonly Dictionary<AssessmentKey, DistrictRow> _district = [];
    private readonly Dictionary<string, List<SchoolResult>> _schoolRows = new(StringComparer.Ordinal);

    public ResultIndex(IReadOnlyList<SchoolResult> results, IReadOnlyList<RegionResult> region)
    {
        foreach (var r in results)
        {
            _bySchool.TryAdd((r.Key, r.SchoolId), r);
            if (!_schoolRows.TryGetValue(r.SchoolId, out var list)) _schoolRows[r.SchoolId] = list = [];
            list.Add(r);
        }
        foreach (var r in region) _region.TryAdd(r.Key, r);
        foreach (var d in Analysis.DistrictRows.ComputeAll(results)) _district[d.Key] = d;
        Keys = results.Select(r => r.Key).ToHashSet();
    }

    public ResultIndex(DataSet data) : this(data.Results, data.Region) { }

    public IReadOnlySet<AssessmentKey> Keys { get; }

    public SchoolResult? School(AssessmentKey key, string schoolId) => _bySchool.GetValueOrDefault((key, schoolId));

    public IReadOnlyList<SchoolResult> ForSchool(string schoolId) =>
        _schoolRows.TryGetValue(schoolId, out var l) ? l : [];

    public RegionResult? Region(AssessmentKey key) => _region.GetValueOrDefault(key);

    public DistrictRow? District(AssessmentKey key) => _district.GetValueOrDefault(key);

    public IEnumerable<DistrictRow> AllDistrictRows => _district.Values;
}
