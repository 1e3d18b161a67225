namespace KazReports.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}

/// <summary>
/// A problem found in user input, printed compiler-style:
/// <c>data/results.csv(14,5): ошибка KR1012: доля «2» 122 % больше 100 %</c>.
/// <see cref="Detail"/> keeps the original (English) text of a library or the system, shown only with <c>--verbose</c>.
/// </summary>
public sealed record Diagnostic(Severity Severity, string Code, SourceSpan Span, string Message, string? Detail = null)
{
    public bool IsError => Severity == Severity.Error;

    public override string ToString()
    {
        var kind = Severity == Severity.Error ? "ошибка" : "предупреждение";
        var where = Span.ToString();
        return where.Length == 0 ? $"{kind} {Code}: {Message}" : $"{where}: {kind} {Code}: {Message}";
    }
}
