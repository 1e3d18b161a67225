using KazReports.Documents;

namespace KazReports.Rendering.Docx;

/// <summary>
/// The space before and after the paragraph styles of an official document's parts — Title,
/// «Заголовок к тексту» (Subject), «Обращение» (Salutation), «Распорядительное слово» (OrderWord) —
/// from the theme, written into styles.xml; and the collapse of two such spaces that meet, so Word
/// (which adds space after and before) and LibreOffice (which takes the larger) show the same gap.
/// </summary>
internal static class RoleSpacing
{
    /// <summary>The styles' ids and the names Word shows (in Russian).</summary>
    public static readonly (string Id, string Name)[] Roles =
    [
        (StyleIds.Subject, "Заголовок к тексту"),
        (StyleIds.Salutation, "Обращение"),
        (StyleIds.OrderWord, "Распорядительное слово"),
    ];

    /// <summary>Space before and after a paragraph of the style, in points; null for a style without a role.</summary>
    public static (double Before, double After)? Of(string? styleId, Theme theme) => styleId switch
    {
        StyleIds.Title => (theme.TitleSpacePt, Math.Max(theme.HeadingSpaceAfterPt, theme.TitleSpacePt)),
        StyleIds.Subject => (theme.TitleSpacePt, Math.Max(theme.SpaceAfterPt, theme.TitleSpacePt)),
        StyleIds.Salutation => (theme.SalutationSpacePt, Math.Max(theme.SpaceAfterPt, theme.SalutationSpacePt)),
        StyleIds.OrderWord => (theme.OrderWordSpacePt, Math.Max(theme.SpaceAfterPt, theme.OrderWordSpacePt)),
        _ => null,
    };

    /// <summary>
    /// Where two role paragraphs meet (a subject above a salutation), the smaller of the space after
    /// the upper one and before the lower one is set to 0 on its paragraph.
    /// </summary>
    public static void Collapse(WordParagraph above, WordParagraph below, Theme theme)
    {
        var after = above.Format.Spacing?.After ?? (Of(above.Format.Style, theme) is { } a ? Units.PointTwips(a.After) : 0);
        var before = below.Format.Spacing?.Before ?? (Of(below.Format.Style, theme) is { } b ? Units.PointTwips(b.Before) : 0);
        if (after <= 0 || before <= 0)
        {
            return;
        }

        if (after >= before)
        {
            below.Format.Spacing = (below.Format.Spacing ?? default) with { Before = 0 };
        }
        else
        {
            above.Format.Spacing = (above.Format.Spacing ?? default) with { After = 0 };
        }
    }
}
