using KazReports.Data.Model;

namespace KazReports.Analysis;

/// <summary>A district row: pupils summed over the schools, shares weighted by participants.</summary>
public sealed record DistrictRow(
    AssessmentKey Key,
    int Participants,
    int SchoolCount,
    WeightedShare Fail,
    WeightedShare High,
    WeightedShare Lowered,
    int SchoolsWithoutParticipants = 0)
{
    /// <summary>Every school that reported the assessment gave its participants: the row covers the district.</summary>
    public bool Complete => SchoolsWithoutParticipants == 0;

    public decimal? Share2 => Fail.Share;
    public decimal? Share45 => High.Share;
    public decimal? ShareLowered => Lowered.Share;
}

/// <summary>Pupils of a measure out of the participants of the schools that report it.</summary>
public readonly record struct WeightedShare(int Count, int Participants)
{
    public decimal? Share => Participants > 0 ? 100m * Count / Participants : null;
}

public static class DistrictRows
{
    /// <summary>
    /// The district row of one assessment: counts summed over schools with known participants
    /// (17 «2» of 122 pupils -> 13,93 %). Schools that give only a share, without participants,
    /// cannot be weighted and are left out; null when no school has participants.
    /// </summary>
    public static DistrictRow? Compute(IEnumerable<SchoolResult> results, AssessmentKey key)
    {
        var all = results.Where(r => r.Key == key).ToArray();
        var rows = all.Where(r => r.Participants is > 0).ToArray();
        if (rows.Length == 0) return null;
        return new DistrictRow(
            key,
            rows.Sum(r => r.Participants!.Value),
            rows.Length,
            Weigh(rows, r => r.Fail),
            Weigh(rows, r => r.High),
            Weigh(rows, r => r.Lowered),
            all.Length - rows.Length);
    }

    /// <summary>Every district row the data allows, in a stable order (year, procedure, grade, subject).</summary>
    public static IReadOnlyList<DistrictRow> ComputeAll(IReadOnlyList<SchoolResult> results) =>
        results.Select(r => r.Key).Distinct()
            .OrderBy(k => k.Year).ThenBy(k => k.Procedure, StringComparer.Ordinal).ThenBy(k => k.Grade).ThenBy(k => k.Subject, StringComparer.Ordinal)
            .Select(k => Compute(results, k)).OfType<DistrictRow>().ToArray();

    private static WeightedShare Weigh(IEnumerable<SchoolResult> rows, Func<SchoolResult, Measure> measure)
    {
        int count = 0, participants = 0;
        foreach (var r in rows)
        {
            if (measure(r).Count is not { } c) continue;
            count += c;
            participants += r.Participants!.Value;
        }
        return new WeightedShare(count, participants);
    }
}
