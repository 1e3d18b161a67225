using KazReports.Documents;
using KazReports.Rendering.Pdf.Layout;
using SkiaSharp;

namespace KazReports.Rendering.Pdf.Tables;

/// <summary>Borders and padding of a table, in points; the least height of a row's part on either side of a page break (two lines of table text).</summary>
internal sealed record TableLook(float Padding, float Border, bool Borders, float MinFragment = 0)
{
    /// <summary>What a row adds to its content's height: the top border and the padding above and below.</summary>
    public float Vertical => Border + (2 * Padding);
}

/// <summary>
/// A cell of a row group: its content (a column of blocks), the rows it covers within the group, its
/// x and width in the table, shading, vertical alignment, and its plain text for the layout records.
/// </summary>
internal sealed record CellBox(Element Content, int Row, int RowSpan, float X, float Width, SKColor? Shading, VerticalAlignment Align, TableCell Source)
{
    /// <summary>The cell's plain text for the layout records (made only when records are kept): its paragraphs joined by « / ».</summary>
    public string Text => string.Join(" / ", Source.Blocks.OfType<Paragraph>().Select(p => Inlines.PlainText(p.Content).Replace("\n", " / ")));

    public float InnerWidth(TableLook look) => Math.Max(1, Width - (2 * look.Padding));

    /// <summary>How far the content moves down in a box <paramref name="spare"/> points taller than it.</summary>
    public float AlignOffset(float spare) => spare <= 0 ? 0 : Align switch
    {
        VerticalAlignment.Center => spare / 2,
        VerticalAlignment.Bottom => spare,
        _ => 0,
    };
}
