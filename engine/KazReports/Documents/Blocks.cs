using SourceSpan = KazReports.Documents.SourceRef;

namespace KazReports.Documents;

/// <summary>A block of a section: paragraphs, headings, lists, tables, official blocks.</summary>
public abstract record Block(SourceSpan Span);

public enum Alignment
{
    Default,
    Left,
    Center,
    Right,
    Justify,
}

/// <summary>A heading, level 1–3; renderers keep it with the next block.</summary>
public sealed record Heading(int Level, IReadOnlyList<Inline> Content, SourceSpan Span) : Block(Span);

/// <summary>
/// A paragraph. <see cref="Style"/> names a theme paragraph style («Normal», «Title», «TableText»,
/// «Small»…, and the roles of an official document's text set by directives: «Subject» — a letter's
/// subject or an order's title, «Salutation», «OrderWord» — «ПРИКАЗЫВАЮ:»; see <see cref="StyleNames"/>);
/// null alignment or indent means «as the style says».
/// </summary>
public sealed record Paragraph(
    IReadOnlyList<Inline> Content,
    SourceSpan Span,
    string Style = "Normal",
    Alignment Alignment = Alignment.Default,
    bool? FirstLineIndent = null,
    bool KeepWithNext = false) : Block(Span);

/// <summary>The names of the paragraph styles that say what a paragraph is in an official document.</summary>
public static class StyleNames
{
    /// <summary>«Заголовок к тексту»: a letter's subject, an order's title (bold runs, no indent).</summary>
    public const string Subject = "Subject";

    /// <summary>«Уважаемый …!», centred.</summary>
    public const string Salutation = "Salutation";

    /// <summary>«ПРИКАЗЫВАЮ:», «ПОСТАНОВЛЯЮ:», without indent.</summary>
    public const string OrderWord = "OrderWord";
}

/// <summary>How a list is set.</summary>
public enum ListKind
{
    /// <summary>Markers in a hanging indent («1.», «–»), the text aligned after them.</summary>
    Plain,

    /// <summary>
    /// Numbered clauses of an order or a letter's recommendations: the number at the first-line
    /// indent, the text running on and wrapping back to the left margin, justified.
    /// </summary>
    Clauses,
}

/// <summary>A list, bulleted or numbered, items may hold nested lists.</summary>
public sealed record ListBlock(bool Ordered, int Start, IReadOnlyList<ListItem> Items, SourceSpan Span, ListKind Kind = ListKind.Plain) : Block(Span);

public sealed record ListItem(IReadOnlyList<Block> Blocks, SourceSpan Span);

/// <summary>A forced page break.</summary>
public sealed record PageBreak(SourceSpan Span) : Block(Span);

/// <summary>A raster image (PNG or JPEG) with its size on the page.</summary>
public sealed record ImageBlock(byte[] Data, double WidthMm, double HeightMm, string AltText, SourceSpan Span) : Block(Span);

/// <summary>A chart: a spec that each renderer draws natively (the charts module fills it in).</summary>
public sealed record ChartBlock(ChartSpec Spec, SourceSpan Span) : Block(Span);

/// <summary>A data-bound chart description, format-neutral.</summary>
public sealed record ChartSpec(
    string Kind,
    string Title,
    IReadOnlyList<string> Categories,
    IReadOnlyList<ChartSeries> Series,
    string? ValueAxisTitle,
    decimal? Threshold,
    string? ThresholdLabel,
    double WidthMm,
    double HeightMm,
    string? Caption);

public sealed record ChartSeries(string Name, IReadOnlyList<decimal?> Values, string? Color);
