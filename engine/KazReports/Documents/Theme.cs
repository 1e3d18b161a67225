namespace KazReports.Documents;

/// <summary>
/// How documents look: fonts, sizes, spacing, margins, tables. The default follows ГОСТ Р 7.0.97;
/// what the 2025 edition changed against 2016 is kept as settings here (templates/theme.yaml).
/// </summary>
public sealed record Theme
{
    /// <summary>The standard the theme follows, printed nowhere, kept for the record.</summary>
    public string Standard { get; init; } = "ГОСТ Р 7.0.97-2025";

    /// <summary>Font families named in DOCX (Word uses the first): Times New Roman.</summary>
    public IReadOnlyList<string> FontFamilies { get; init; } = ["Times New Roman", "Liberation Serif", "DejaVu Serif"];

    /// <summary>The font files PDF text and charts are set in (never the system's fonts).</summary>
    public FontFiles Fonts { get; init; } = FontFiles.Bundled;

    public double BodySizePt { get; init; } = 14;
    public double TableSizePt { get; init; } = 12;
    public double SmallSizePt { get; init; } = 10;
    public double TitleSizePt { get; init; } = 14;
    public IReadOnlyList<double> HeadingSizesPt { get; init; } = [14, 14, 14];

    /// <summary>Line spacing as a multiple of single (ГОСТ: 1,0–1,5).</summary>
    public double LineSpacing { get; init; } = 1.0;

    public double TableLineSpacing { get; init; } = 1.0;

    public double FirstLineIndentMm { get; init; } = 12.5;
    public double SpaceAfterPt { get; init; } = 0;
    public double HeadingSpaceBeforePt { get; init; } = 12;
    public double HeadingSpaceAfterPt { get; init; } = 6;

    /// <summary>Justified body text.</summary>
    public Alignment BodyAlignment { get; init; } = Alignment.Justify;

    public Margins Margins { get; init; } = new(20, 10, 20, 20);
    public PageNumbering PageNumbers { get; init; } = new(true, true, PageNumberPosition.TopCenter);

    /// <summary>Space before and after a document's title line (a «Title» paragraph, a letter's subject), in points: an empty line's worth.</summary>
    public double TitleSpacePt { get; init; } = 16;

    /// <summary>Space before and after the salutation «Уважаемый …!», in points.</summary>
    public double SalutationSpacePt { get; init; } = 16;

    /// <summary>Space before and after «ПРИКАЗЫВАЮ:», in points.</summary>
    public double OrderWordSpacePt { get; init; } = 16;

    /// <summary>Space between a table and the text above and below it, in points.</summary>
    public double TableSpacePt { get; init; } = 12;

    public double TableBorderPt { get; init; } = 0.5;

    /// <summary>Cell padding, in mm (1,5–2 mm keeps text off the rules).</summary>
    public double CellPaddingMm { get; init; } = 1.5;
    public string HeaderShading { get; init; } = "E7E6E6";
    public string GroupShading { get; init; } = "F2F2F2";

    /// <summary>Width of the approval stamp, appendix mark and addressee blocks, in mm from the right margin.</summary>
    public double StampWidthMm { get; init; } = 80;

    /// <summary>Width of the letterhead block at the top left, in mm.</summary>
    public double LetterheadWidthMm { get; init; } = 85;

    /// <summary>Colours of chart series, in order.</summary>
    public IReadOnlyList<string> ChartColors { get; init; } = ["2F5597", "C55A11", "7F7F7F", "548235", "BF9000"];

    /// <summary>Hyphenation, line breaking and the typograph (theme.yaml <c>typography:</c>).</summary>
    public Typography Typography { get; init; } = Typography.Default;

    /// <summary>Write PDF/A-2b (archival) instead of plain PDF.</summary>
    public bool PdfA { get; init; }

    public static readonly Theme Default = new();
}
