using RunStyle = KazReports.Documents.RunStyle;

namespace KazReports.Rendering.Docx;

/// <summary>
/// Where blocks are written: the available width (section text or a table cell), whether inside a
/// table (Normal paragraphs become TableText), bold and alignment forced by a header row or cell.
/// </summary>
internal readonly record struct BlockFrame(int WidthTwips, bool InTable, RunStyle ExtraStyle, Jc? Alignment)
{
    public static BlockFrame Body(int widthTwips) => new(widthTwips, false, RunStyle.None, null);
}
