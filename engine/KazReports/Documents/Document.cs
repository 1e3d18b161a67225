using SourceSpan = KazReports.Documents.SourceRef;

namespace KazReports.Documents;

/// <summary>
/// A format-neutral document: what the templates produce and every renderer (DOCX, PDF) draws.
/// Immutable; every block keeps the template span that made it.
/// </summary>
public sealed record Document(DocumentInfo Info, IReadOnlyList<Section> Sections);

/// <summary>Metadata: dates come from the data, never from the clock.</summary>
public sealed record DocumentInfo(string Title, string Author, string? Subject, DateOnly Date, string? Keywords = null);

public enum Orientation
{
    Portrait,
    Landscape,
}

/// <summary>Page margins in millimetres.</summary>
public sealed record Margins(double Top, double Right, double Bottom, double Left);

/// <summary>Where page numbers go. ГОСТ Р 7.0.97: centred at the top, from the second page.</summary>
public sealed record PageNumbering(bool Show, bool FromSecondPage, PageNumberPosition Position);

public enum PageNumberPosition
{
    TopCenter,
    BottomCenter,
    BottomRight,
}

/// <summary>A4 page: 210 × 297 mm in portrait.</summary>
public sealed record PageSetup(Orientation Orientation, Margins Margins, PageNumbering Numbering)
{
    public double WidthMm => Orientation == Orientation.Portrait ? 210 : 297;
    public double HeightMm => Orientation == Orientation.Portrait ? 297 : 210;
    public double ContentWidthMm => WidthMm - Margins.Left - Margins.Right;
    public double ContentHeightMm => HeightMm - Margins.Top - Margins.Bottom;
}

/// <summary>A run of pages with one page setup. Page numbering continues across sections.</summary>
public sealed record Section(PageSetup Page, IReadOnlyList<Block> Blocks, SourceSpan Span);
