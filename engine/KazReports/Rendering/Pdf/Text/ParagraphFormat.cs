using KazReports.Documents;

namespace KazReports.Rendering.Pdf.Text;

/// <summary>
/// How a paragraph is set: alignment (never Default here), the style of its empty lines, line
/// spacing as a multiple of single, indents in points (the first-line indent is added to the left
/// indent of the first line; negative for hanging), whether it may split across pages, and whether
/// widows and orphans are avoided; how its lines break (null: line by line, no hyphenation — headings,
/// requisites, captions).
/// </summary>
internal sealed record ParagraphFormat(
    Alignment Alignment,
    TextStyle Style,
    float LineSpacing = 1,
    float LeftIndent = 0,
    float RightIndent = 0,
    float FirstLineIndent = 0,
    bool KeepTogether = false,
    bool WidowControl = true,
    BreakSettings? Breaking = null);

/// <summary>A list marker («1.», «–») drawn on a paragraph's first line at <see cref="X"/> from its left edge.</summary>
internal sealed record ListMarker(ShapedText Text, float X);

/// <summary>A heading's entry in the document outline.</summary>
internal sealed record OutlineMark(int Level, string Title);
