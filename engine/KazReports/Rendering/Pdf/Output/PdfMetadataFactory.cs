using KazReports.Documents;
using SkiaSharp;

namespace KazReports.Rendering.Pdf.Output;

/// <summary>
/// The document information of the PDF: title, author, subject, keywords from the model, creator
/// «KazReports», the producer, and both dates at 00:00 UTC of <see cref="DocumentInfo.Date"/> (never
/// the clock; Skia writes the local zone, <see cref="PdfFinisher"/> sets it to UTC).
/// </summary>
internal static class PdfMetadataFactory
{
    public const string Creator = "KazReports";

    public static string Producer { get; } = "KazReports (SkiaSharp " + typeof(SKDocument).Assembly.GetName().Version?.ToString(3) + ")";

    public static SKDocumentPdfMetadata Create(DocumentInfo info, bool pdfA)
    {
        var date = new DateTime(info.Date, TimeOnly.MinValue, DateTimeKind.Utc);
        var metadata = SKDocumentPdfMetadata.Default;
        metadata.Title = info.Title;
        metadata.Author = info.Author;
        metadata.Subject = string.IsNullOrEmpty(info.Subject) ? null : info.Subject;
        metadata.Keywords = string.IsNullOrEmpty(info.Keywords) ? null : info.Keywords;
        metadata.Creator = Creator;
        metadata.Producer = Producer;
        metadata.Creation = date;
        metadata.Modified = date;
        metadata.PdfA = pdfA;
        return metadata;
    }
}
