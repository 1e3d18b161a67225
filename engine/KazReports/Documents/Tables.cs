using SourceSpan = KazReports.Documents.SourceRef;

namespace KazReports.Documents;

/// <summary>
/// A table. Column widths are relative weights (the renderer fits them to the text width) unless
/// <see cref="TableColumn.WidthMm"/> is given. Header rows repeat on each page. Renderers read the
/// cells from <see cref="TableGrid.Of"/>, placed on the row × column grid once for all of them.
/// </summary>
public sealed record Table(IReadOnlyList<TableColumn> Columns, IReadOnlyList<TableRow> Rows, SourceSpan Span, bool Borders = true) : Block(Span)
{
    internal override void Accept<TArg>(IBlockVisitor<TArg> visitor, TArg arg) => visitor.Visit(this, arg);

    public int HeaderRowCount => Rows.TakeWhile(r => r.Kind == RowKind.Header).Count();
}

public sealed record TableColumn(double Weight, double? WidthMm = null);

public enum RowKind
{
    Body,
    Header,
    /// <summary>A group row: one cell across the whole table, shaded, bold (a section of a plan).</summary>
    Group,
}

public sealed record TableRow(IReadOnlyList<TableCell> Cells, RowKind Kind = RowKind.Body, bool CantSplit = false);

public enum VerticalAlignment
{
    Top,
    Center,
    Bottom,
}

/// <summary>
/// A cell. A cell spanning rows sits in its first row; the rows below have no cell for the spanned
/// columns (<see cref="TableGrid"/> marks them covered).
/// </summary>
public sealed record TableCell(
    IReadOnlyList<Block> Blocks,
    int ColSpan = 1,
    int RowSpan = 1,
    Alignment Alignment = Alignment.Default,
    VerticalAlignment VerticalAlignment = VerticalAlignment.Top,
    string? Shading = null,
    bool Bold = false);
