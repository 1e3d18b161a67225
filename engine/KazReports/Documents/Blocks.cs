using SourceSpan = KazReports.Documents.SourceRef;

namespace KazReports.Documents;

/// <summary>
/// A block of a section: paragraphs, headings, lists, tables, official blocks. The set is closed:
/// only the engine derives blocks (the constructor is <c>private protected</c>, <see cref="Accept{TArg}"/>
/// internal), and each record hands itself to its <see cref="IBlockVisitor{TArg}"/> method.
/// </summary>
public abstract record Block
{
    private protected Block(SourceSpan span) => Span = span;

    /// <summary>Where the block came from in its template.</summary>
    public SourceSpan Span { get; init; }

    /// <summary>Calls the <paramref name="visitor"/>'s method for this block's record.</summary>
    internal abstract void Accept<TArg>(IBlockVisitor<TArg> visitor, TArg arg);
}

public enum Alignment
{
    Default,
    Left,
    Center,
    Right,
    Justify,
}

/// <summary>A heading, level 1–3; renderers keep it with the next block.</summary>
public sealed record Heading(int Level, IReadOnlyList<Inline> Content, SourceSpan Span) : Block(Span)
{
    internal override void Accept<TArg>(IBlockVisitor<TArg> visitor, TArg arg) => visitor.Visit(this, arg);
}

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
    bool KeepWithNext = false) : Block(Span)
{
    internal override void Accept<TArg>(IBlockVisitor<TArg> visitor, TArg arg) => visitor.Visit(this, arg);
}

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
public sealed record ListBlock(bool Ordered, int Start, IReadOnlyList<ListItem> Items, SourceSpan Span, ListKind Kind = ListKind.Plain) : Block(Span)
{
    internal override void Accept<TArg>(IBlockVisitor<TArg> visitor, TArg arg) => visitor.Visit(this, arg);
}

public sealed record ListItem(IReadOnlyList<Block> Blocks, SourceSpan Span);

/// <summary>A forced page break.</summary>
public sealed record PageBreak(SourceSpan Span) : Block(Span)
{
    internal override void Accept<TArg>(IBlockVisitor<TArg> visitor, TArg arg) => visitor.Visit(this, arg);
}

/// <summary>A raster image (PNG or JPEG) with its size on the page.</summary>
public sealed record ImageBlock(byte[] Data, double WidthMm, double HeightMm, string AltText, SourceSpan Span) : Block(Span)
{
    internal override void Accept<TArg>(IBlockVisitor<TArg> visitor, TArg arg) => visitor.Visit(this, arg);
}

/// <summary>A chart: a spec that each renderer draws natively (the charts module fills it in).</summary>
public sealed record ChartBlock(ChartSpec Spec, SourceSpan Span) : Block(Span)
{
    internal override void Accept<TArg>(IBlockVisitor<TArg> visitor, TArg arg) => visitor.Visit(this, arg);
}

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
