using KazReports.Diagnostics;

namespace KazReports.Data.Model;

/// <summary>One «оценочная процедура» of the ШНОР rule: a procedure and subject, optionally some grades.</summary>
public sealed record ShnorProcedure(string Procedure, string Subject, IReadOnlyList<int> Grades, SourceSpan Span);

/// <summary>
/// A criterion: in each of the last <see cref="Years"/> years of results the school had at least
/// <see cref="MinLowPerYear"/> low procedures.
/// </summary>
public sealed record ShnorCriterion(string Id, string Text, int Years, int MinLowPerYear, SourceSpan Span);

public sealed record ShnorRule(
    decimal Threshold,
    IReadOnlyList<ShnorProcedure> Procedures,
    IReadOnlyList<ShnorCriterion> Criteria,
    SourceSpan Span)
{
    /// <summary>How many years back the rule looks, the list year included.</summary>
    public int YearsNeeded => Criteria.Count == 0 ? 1 : Criteria.Max(c => c.Years);
}

public sealed record PublishedShnorList(int Year, string? Source, IReadOnlyList<string> SchoolIds, SourceSpan Span,
    IReadOnlyList<SourceSpan>? SchoolSpans = null);
