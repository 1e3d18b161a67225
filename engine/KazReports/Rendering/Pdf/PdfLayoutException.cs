using KazReports.Diagnostics;

namespace KazReports.Rendering.Pdf;

/// <summary>
/// A block that the PDF renderer cannot lay out (a table wider than the page, a picture that cannot
/// be read, a row that fits on no page…). The message names the template span of the block and says
/// in Russian what is wrong: «templates/plan.sbn(12,1): таблица шире области текста: …».
/// </summary>
public sealed class PdfLayoutException(SourceSpan span, string reason) : LayoutException(span, reason, Compose(span, reason))
{
    private static string Compose(SourceSpan span, string reason)
    {
        var where = span.File is null ? "" : span.ToString();
        return where.Length == 0 ? $"PDF: {reason}" : $"{where}: PDF: {reason}";
    }
}
