using KazReports.Documents;

namespace KazReports.Rendering;

/// <summary>A renderer that can put several documents into one file (all letters, for printing).</summary>
public interface ICombiningRenderer : IDocumentRenderer
{
    /// <summary>
    /// Each document starts a new page and numbers its own pages; paged formats start each on an odd
    /// page (blank pages between), so the file prints on both sides; <paramref name="title"/> names the file.
    /// </summary>
    void RenderMany(IReadOnlyList<Document> documents, Theme theme, Stream output, string? title = null);
}
