using KazReports.Documents;
using KazReports.Rendering.Pdf.Layout;
using KazReports.Rendering.Pdf.Text;

namespace KazReports.Rendering.Pdf.Blocks;

/// <summary>A paragraph style resolved from the theme: text style, alignment, first-line indent, line spacing, spacing in points, keeps.</summary>
internal sealed record StyleSpec(
    TextStyle Text,
    Alignment Alignment,
    float FirstLineIndent,
    float LineSpacing,
    float SpaceBefore,
    float SpaceAfter,
    bool KeepWithNext = false,
    bool KeepTogether = false);

/// <summary>
/// The theme's paragraph styles as the DOCX styles.xml defines them: Normal (justified, indented),
/// Title (centred bold), Heading 1–3 (bold; level 1 centred, 2–3 left with Normal's indent),
/// TableText, Small, Caption, and the roles Subject, Salutation, OrderWord with the theme's spacing. Inside a table Normal becomes TableText. Unknown names are Normal.
/// </summary>
internal sealed class ParagraphStyles(Theme theme)
{
    private readonly StyleSpec?[] headings = new StyleSpec?[3];
    private StyleSpec? title;
    private StyleSpec? small;
    private StyleSpec? caption;
    private StyleSpec? subject;
    private StyleSpec? salutation;
    private StyleSpec? orderWord;
    private StyleSpec? normal;
    private StyleSpec? tableText;
    private TextStyle? requisite;

    // The styles are immutable: each is made once per render, not per paragraph.
    public StyleSpec For(string? name, bool inTable)
    {
        return Key(name) switch
        {
            "title" => title ??= new StyleSpec(new TextStyle((float)theme.TitleSizePt, Bold: true), Alignment.Center, 0, (float)theme.LineSpacing,
                (float)theme.TitleSpacePt, (float)Math.Max(theme.HeadingSpaceAfterPt, theme.TitleSpacePt), KeepWithNext: true),
            "subject" => subject ??= Role(Alignment.Left, theme.TitleSpacePt),
            "salutation" => salutation ??= Role(Alignment.Center, theme.SalutationSpacePt),
            "orderword" => orderWord ??= Role(Alignment.Left, theme.OrderWordSpacePt),
            "tabletext" => TableText,
            "small" => small ??= new StyleSpec(new TextStyle((float)theme.SmallSizePt), Alignment.Left, 0, 1, 0, 0),
            "caption" => caption ??= new StyleSpec(new TextStyle((float)theme.TableSizePt), Alignment.Center, 0, 1, 0, 0),
            _ when inTable => TableText,
            _ => Normal,
        };

        static string Key(string? name) => name switch
        {
            null or "" or "Normal" => "normal",
            "Title" => "title",
            "TableText" => "tabletext",
            "Small" => "small",
            "Caption" => "caption",
            _ => name.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant(),
        };
    }

    public StyleSpec Normal => normal ??= new(
        new TextStyle((float)theme.BodySizePt),
        theme.BodyAlignment == Alignment.Default ? Alignment.Left : theme.BodyAlignment,
        PdfUnits.Pt(theme.FirstLineIndentMm),
        (float)theme.LineSpacing,
        0,
        (float)theme.SpaceAfterPt);

    /// <summary>
    /// A role of an official document's text (subject, salutation, order word): body text without
    /// indent and the theme's space before and after (its bold comes from the runs, so it hyphenates as body text does),
    /// never the last thing on a page.
    /// </summary>
    private StyleSpec Role(Alignment alignment, double spacePt) =>
        Normal with { Alignment = alignment, FirstLineIndent = 0, SpaceBefore = (float)spacePt, SpaceAfter = (float)Math.Max(theme.SpaceAfterPt, spacePt), KeepWithNext = true };

    public StyleSpec TableText => tableText ??= new(new TextStyle((float)theme.TableSizePt), Alignment.Left, 0, (float)theme.TableLineSpacing, 0, 0);

    /// <summary>Requisite lines of official blocks: body size, single spacing, no indent.</summary>
    public TextStyle Requisite => requisite ??= new((float)theme.BodySizePt);

    public StyleSpec Heading(int level)
    {
        level = Math.Clamp(level, 1, 3);
        return headings[level - 1] ??= Make(level);

        StyleSpec Make(int level)
        {
            var sizes = theme.HeadingSizesPt;
            var size = sizes.Count >= level ? sizes[level - 1] : theme.BodySizePt;
            return new StyleSpec(
                new TextStyle((float)size, Bold: true),
                level == 1 ? Alignment.Center : Alignment.Left,
                level == 1 ? 0 : PdfUnits.Pt(theme.FirstLineIndentMm),
                (float)theme.LineSpacing,
                (float)theme.HeadingSpaceBeforePt,
                (float)theme.HeadingSpaceAfterPt,
                KeepWithNext: true,
                KeepTogether: true);
        }
    }
}
