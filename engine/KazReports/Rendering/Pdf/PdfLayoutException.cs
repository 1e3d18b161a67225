using KazReports.Diagnostics;

namespace KazReports.Rendering.Pdf;

/// <summary>
/// A block that the PDF renderer cannot lay out (a table wider than the page, a picture that cannot
/// be read, a row that fits on no page…). The message names the template span of the block and says
/// in Russian what is wrong: «templates/plan.sbn(12,1): таблица шире области текста: …».
/// </summary>
public sealed class PdfLayoutException : Exception
{
    public PdfLayoutException(SourceSpan span, string reason)
        : base(Compose(span, reason))
    {
        Span = span;
        Reason = reason;
    }

    /// <summary>The template span of the block (may be <see cref="SourceSpan.None"/>).</summary>
    public SourceSpan Span { get; }

    /// <summary>What is wrong, in Russian, without the span.</summary>
    public string Reason { get; }

    private static string Compose(SourceSpan span, string reason)
    {
        var where = span.File is null ? "" : span.ToString();
        return where.Length == 0 ? $"PDF: {reason}" : $"{where}: PDF: {reason}";
    }
}
