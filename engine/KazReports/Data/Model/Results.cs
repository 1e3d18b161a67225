using KazReports.Diagnostics;

namespace KazReports.Data.Model;

/// <summary>
/// One measure of a result row («2», «4 и 5» or «понизили»): the count when known, the share
/// otherwise. A share given with known participants is turned into a count when loading.
/// </summary>
public readonly record struct Measure(int? Count, decimal? GivenShare)
{
    public static readonly Measure None = new(null, null);

    public bool HasValue => Count.HasValue || GivenShare.HasValue;

    /// <summary>The share in %, exact: from the count when participants are known.</summary>
    public decimal? Share(int? participants) =>
        Count is { } c && participants is > 0 ? 100m * c / participants.Value : GivenShare;
}

/// <summary>The key of a measurement: one procedure, grade and subject in one year.</summary>
public readonly record struct AssessmentKey(int Year, string Procedure, int Grade, string Subject)
{
    public override string ToString() => $"{Procedure} {Grade} кл. {Subject} {Year}";
}

/// <summary>
/// One school's result in one procedure, grade, subject and year. A value: a loaded region keeps its
/// results compactly in a <see cref="ResultStore"/> and hands them out as these records on reading.
/// </summary>
public readonly record struct SchoolResult(
    AssessmentKey Key,
    string SchoolId,
    int? Participants,
    Measure Fail,
    Measure High,
    Measure Lowered,
    string? Source,
    SourceSpan Span,
    SourceSpan SchoolSpan = default)
{
    public int Year => Key.Year;
    public string Procedure => Key.Procedure;
    public int Grade => Key.Grade;
    public string Subject => Key.Subject;

    public decimal? Share2 => Fail.Share(Participants);
    public decimal? Share45 => High.Share(Participants);
    public decimal? ShareLowered => Lowered.Share(Participants);
}

/// <summary>A reference row of the region (shares only).</summary>
public sealed record RegionResult(
    AssessmentKey Key,
    decimal? Share2,
    decimal? Share45,
    decimal? ShareLowered,
    SourceSpan Span);
