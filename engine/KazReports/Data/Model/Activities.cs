using KazReports.Diagnostics;

namespace KazReports.Data.Model;

public sealed record Activity(
    string? Id,
    string Text,
    string Deadline,
    string Result,
    string Responsible,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> Schools,
    SourceSpan Span,
    IReadOnlyList<SourceSpan>? SchoolSpans = null);

public sealed record PlanSection(string Title, IReadOnlyList<Activity> Activities, SourceSpan Span);

public sealed record Plan(string Title, IReadOnlyList<PlanSection> Sections, SourceSpan Span);

public sealed record OrderRef(string Number, DateOnly Date);

public sealed record RoadmapDirection(
    string Title,
    IReadOnlyList<string> Tasks,
    IReadOnlyList<Activity> Activities,
    IReadOnlyList<string> PlannedResults,
    SourceSpan Span);

public sealed record Roadmap(
    string Id,
    int Year,
    string Title,
    OrderRef? Order,
    IReadOnlyList<string> Intro,
    IReadOnlyList<RoadmapDirection> Directions,
    SourceSpan Span)
{
    public IEnumerable<Activity> AllActivities => Directions.SelectMany(d => d.Activities);
}
