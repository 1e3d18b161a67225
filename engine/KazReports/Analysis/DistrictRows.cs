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

    /// <summary>Every district row the data allows, in a stable order (year, procedure, grade, subject); one pass over the results.</summary>
    public static IReadOnlyList<DistrictRow> ComputeAll(IReadOnlyList<SchoolResult> results)
    {
        var store = ResultStore.From(results);
        var sums = new KeySums[store.KeyCount];
        for (var i = 0; i < store.Count; i++)
        {
            ref var sum = ref sums[store.KeyOf(i)];
            sum.All++;
            if (store.ParticipantsOf(i) is not { } n || n <= 0) continue;
            var (fail, high, lowered) = store.CountsOf(i);
            sum.Rows++;
            sum.Participants += n;
            sum.Fail = Add(sum.Fail, fail, n);
            sum.High = Add(sum.High, high, n);
            sum.Lowered = Add(sum.Lowered, lowered, n);
        }
        return Enumerable.Range(0, sums.Length)
            .Where(k => sums[k].Rows > 0)
            .Select(k => (Key: store.KeyAt(k), Sum: sums[k]))
            .OrderBy(x => x.Key.Year).ThenBy(x => x.Key.Procedure, StringComparer.Ordinal).ThenBy(x => x.Key.Grade).ThenBy(x => x.Key.Subject, StringComparer.Ordinal)
            .Select(x => new DistrictRow(x.Key, x.Sum.Participants, x.Sum.Rows, x.Sum.Fail, x.Sum.High, x.Sum.Lowered, x.Sum.All - x.Sum.Rows))
            .ToArray();
    }

    private static WeightedShare Add(WeightedShare share, int? count, int participants) =>
        count is { } c ? new WeightedShare(share.Count + c, share.Participants + participants) : share;

    /// <summary>What one key's district row adds up while the results are read.</summary>
    private struct KeySums
    {
        public int All;
        public int Rows;
        public int Participants;
        public WeightedShare Fail;
        public WeightedShare High;
        public WeightedShare Lowered;
    }

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
