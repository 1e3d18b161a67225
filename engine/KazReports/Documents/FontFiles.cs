namespace KazReports.Documents;

/// <summary>
/// The font files of a theme for PDF: the four faces of the main family and, in order, the faces
/// that draw a character the main family lacks. A relative path names a font shipped with the
/// program (templates/fonts, copied next to it); templates/theme.yaml gives paths from its folder,
/// made absolute when the theme is read.
/// </summary>
public sealed record FontFiles(string Regular, string Bold, string Italic, string BoldItalic, IReadOnlyList<string> Fallbacks)
{
    /// <summary>The folder of the fonts shipped with the program.</summary>
    public const string BundledFolder = "fonts";

    /// <summary>Liberation Serif (Times New Roman's metric twin), then DejaVu Serif and DejaVu Sans for other signs.</summary>
    public static readonly FontFiles Bundled = new(
        "LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf", "LiberationSerif-BoldItalic.ttf",
        ["DejaVuSerif.ttf", "DejaVuSans.ttf"]);

    /// <summary>Every file: the four faces, then the fallbacks.</summary>
    public IEnumerable<string> All => new[] { Regular, Bold, Italic, BoldItalic }.Concat(Fallbacks);

    /// <summary>A stable key of the set (the same files give the same key).</summary>
    public string Key => string.Join("\n", All);
}
