using KazReports.Diagnostics;
using KazReports.Text;

namespace KazReports.Data.Model;

/// <summary>
/// One row of the passport table: a field name and either a text, a list, or a block the program
/// holds elsewhere (<see cref="Block"/> is «indicators» or «monitoring»).
/// </summary>
public sealed record PassportRow(string Field, string? Text, IReadOnlyList<string> Items, string? Block, SourceSpan Span);

/// <summary>An indicator of the program with its target: a number with a unit, or «да».</summary>
public sealed record Indicator(
    int No,
    string Text,
    decimal? Target,
    string? TargetText,
    string? Unit,
    string? Qualifier,
    IReadOnlyDictionary<int, decimal> Actual,
    SourceSpan Span)
{
    /// <summary>«не менее 90 %», «100 %», «да».</summary>
    public string TargetDisplay
    {
        get
        {
            var value = Target is { } t ? Numbers.Format(t) + (Unit is null ? "" : "\u00A0" + Unit) : TargetText ?? "";
            return Qualifier is null ? value : $"{Qualifier} {value}";
        }
    }
}

public sealed record MonitoringItem(string What, string Frequency);

public sealed record ProgramInfo(
    string Title,
    string Kind,
    string KindGenitive,
    string KindDative,
    int YearFrom,
    int YearTo,
    string? ApprovedOrder,
    DateOnly? ApprovedDate,
    IReadOnlyList<PassportRow> Passport,
    IReadOnlyList<Indicator> Indicators,
    string Goal,
    IReadOnlyList<string> Tasks,
    IReadOnlyList<string> ExpectedResults,
    IReadOnlyList<MonitoringItem> Monitoring,
    IReadOnlyList<string> Risks,
    SourceSpan Span);
