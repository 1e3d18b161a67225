using KazReports.Diagnostics;

namespace KazReports.Data.Model;

public sealed record OrderItem(string Text, string? Responsible, string? Deadline, SourceSpan Span);

public sealed record OrderAppendix(string Title, string? Document, SourceSpan Span);

public sealed record Order(
    string Number,
    DateOnly Date,
    string Title,
    string Preamble,
    IReadOnlyList<OrderItem> Items,
    IReadOnlyList<OrderAppendix> Appendices,
    string Kind,
    int? ShnorYear,
    SourceSpan Span,
    SourceSpan? ShnorYearSpan = null)
{
    /// <summary>A name for files: the number with anything unsafe replaced.</summary>
    public string FileName => "order-" + Ids.Sanitize(Number);
}

public sealed record LettersInfo(
    DateOnly Date,
    string NumberPrefix,
    int Year,
    string? ExecutorName,
    string? ExecutorPhone,
    SourceSpan Span,
    SourceSpan? YearSpan = null);
