using KazReports.Documents;

namespace KazReports.Rendering.Docx;

/// <summary>Style ids of styles.xml and the mapping from the model's style names.</summary>
internal static class StyleIds
{
    public const string Normal = "Normal";
    public const string Title = "Title";
    public const string TableText = "TableText";
    public const string Small = "Small";
    public const string ListParagraph = "ListParagraph";
    public const string Header = "Header";
    public const string Footer = "Footer";
    public const string Caption = "Caption";
    public const string TableNormal = "TableNormal";
    public const string KazTable = "KazTable";
    public const string DefaultParagraphFont = "DefaultParagraphFont";

    // The parts of an official document's text the templates mark (Documents.StyleNames), spaced by the theme.
    public const string Subject = StyleNames.Subject;
    public const string Salutation = StyleNames.Salutation;
    public const string OrderWord = StyleNames.OrderWord;

    // The requisites of official documents, named so a Word user can restyle them all at once.
    public const string Letterhead = "Letterhead";
    public const string Addressee = "Addressee";
    public const string ApprovalStamp = "ApprovalStamp";
    public const string AppendixMark = "AppendixMark";
    public const string Signature = "Signature";
    public const string Executor = "Executor";

    /// <summary>The requisite styles: id and the name Word shows (in Russian), all based on Normal without indent.</summary>
    public static readonly (string Id, string Name)[] Requisites =
    [
        (Letterhead, "Бланк"),
        (Addressee, "Адресат"),
        (ApprovalStamp, "Гриф утверждения"),
        (AppendixMark, "Отметка о приложении"),
        (Signature, "Подпись"),
        (Executor, "Исполнитель"),
    ];

    public static string Heading(int level) => "Heading" + Math.Clamp(level, 1, 3);

    private static readonly string[] ParagraphStyles =
    [
        Normal, Title, TableText, Small, ListParagraph, Header, Footer, Caption, Heading(1), Heading(2), Heading(3),
        Subject, Salutation, OrderWord,
    ];

    /// <summary>A paragraph style id for a model style name; unknown names fall back to Normal.</summary>
    public static string Resolve(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return Normal;
        }

        if (name == Normal)
        {
            return Normal;
        }

        var compact = name.Replace(" ", "", StringComparison.Ordinal);
        foreach (var style in ParagraphStyles)
        {
            if (string.Equals(style, compact, StringComparison.OrdinalIgnoreCase))
            {
                return style;
            }
        }

        return Normal;
    }
}
