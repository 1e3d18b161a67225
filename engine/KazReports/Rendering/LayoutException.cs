using KazReports.Diagnostics;

namespace KazReports.Rendering;

/// <summary>
/// The one way a renderer fails on what a template made: a block it cannot lay out (a table wider
/// than the page, a picture that cannot be read, a row that fits on no page…). A user mistake in a
/// template, not a bug: the message names the block's template span, the format and, in Russian,
/// what is wrong: «templates/plan.sbn(12,1): PDF: таблица шире области текста: …». Every block
/// reaches its renderer (<see cref="Documents.IBlockVisitor{TArg}"/>), so there is no «unknown block».
/// </summary>
public sealed class LayoutException(string format, SourceSpan span, string reason) : Exception(Compose(format, span, reason))
{
    public const string Code = "KR3001";

    /// <summary>The format that cannot draw the block, «PDF».</summary>
    public string Format { get; } = format;

    /// <summary>The template span of the block (may be <see cref="SourceSpan.None"/>).</summary>
    public SourceSpan Span { get; } = span;

    /// <summary>What is wrong, in Russian, without the span.</summary>
    public string Reason { get; } = reason;

    private static string Compose(string format, SourceSpan span, string reason)
    {
        var where = span.File is null ? "" : span.ToString();
        return where.Length == 0 ? $"{format}: {reason}" : $"{where}: {format}: {reason}";
    }
}
