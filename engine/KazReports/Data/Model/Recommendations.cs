using KazReports.Diagnostics;

namespace KazReports.Data.Model;

/// <summary>A rule that chooses a recommendation for a school (data/recommendations.yaml).</summary>
public sealed record RecommendationRule(
    string Id,
    string When,
    string Text,
    decimal MinGap,
    IReadOnlyList<string> ActivityTags,
    IReadOnlyList<string> ActivityIds,
    SourceSpan Span)
{
    public static readonly string[] Conditions = ["low_procedure", "shnor", "cohort_worse", "above_district", "missing_data", "no_low"];
}
