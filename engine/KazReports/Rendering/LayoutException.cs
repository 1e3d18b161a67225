using KazReports.Diagnostics;

namespace KazReports.Rendering;

/// <summary>
/// A renderer cannot lay out a block the template produced (a table wider than the page…): a user
/// mistake in a template, reported as a diagnostic with the block's template span.
/// </summary>
public abstract class LayoutException(SourceSpan span, string reason, string message) : Exception(message)
{
    public const string Code = "KR3001";

    /// <summary>The template span of the block (may be <see cref="SourceSpan.None"/>).</summary>
    public SourceSpan Span { get; } = span;

    /// <summary>What is wrong, in Russian, without the span.</summary>
    public string Reason { get; } = reason;
}
