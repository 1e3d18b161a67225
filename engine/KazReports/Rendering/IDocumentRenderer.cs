using KazReports.Documents;

namespace KazReports.Rendering;

/// <summary>
/// Turns a <see cref="Document"/> into bytes of one format. Renderers see only the document model
/// and the theme: never YAML, CSV or templates. Output is deterministic for the same input.
/// </summary>
public interface IDocumentRenderer
{
    /// <summary>«docx», «pdf».</summary>
    string Format { get; }

    void Render(Document document, Theme theme, Stream output);
}
