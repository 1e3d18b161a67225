using KazReports.Data.Model;

namespace KazReports.Analysis;

/// <summary>
/// Shares validation finds impossible (KR1031: no class of up to the settings' size gives them):
/// the documents mark them where printed and leave them out of every comparison.
/// </summary>
public static class Plausibility
{
    /// <summary>Whether the share of «2» of the result is given without participants and no class can give it.</summary>
    public static bool Unlikely(SchoolResult? r, Settings settings) =>
        r is { Participants: null, Fail.Count: null, Fail.GivenShare: { } share } &&
        ShareCheck.SmallestClass(share, Decimals(share), settings.MaxClassSize) is null;

    /// <summary>The share of «2» when it may be compared, null when missing or unlikely.</summary>
    public static decimal? Comparable(SchoolResult? r, Settings settings) =>
        r is { } x && !Unlikely(x, settings) ? x.Share2 : null;

    /// <summary>The decimals the share was written with (a decimal keeps its scale: 14,59 has 2).</summary>
    private static int Decimals(decimal d) => (decimal.GetBits(d)[3] >> 16) & 0xFF;
}
