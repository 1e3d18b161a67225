using System.Globalization;
using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace KazReports.Tests.Rendering.Pdf;

/// <summary>
/// Reads a rendered PDF in process (PdfPig), so the checks need only the .NET SDK: text by lines,
/// pages, fonts with their embedding, document information, images, the outline, and a structure
/// check of our own (<see cref="PdfStructure"/>). The same checks by poppler and qpdf run as
/// integration tests (<see cref="ExternalTools"/>).
/// </summary>
internal static class PdfTools
{
    /// <summary>The text of pages <paramref name="first"/>..<paramref name="last"/>, a line per line, pages separated by a form feed.</summary>
    public static string Text(byte[] pdf, bool layout = false, int? first = null, int? last = null)
    {
        using var document = Open(pdf);
        var from = first ?? 1;
        var to = Math.Min(last ?? document.NumberOfPages, document.NumberOfPages);
        var text = new StringBuilder();
        for (var i = from; i <= to; i++)
        {
            text.Append(PageText(document.GetPage(i), layout)).Append('\f');
        }

        return text.ToString();
    }

    /// <summary>The text of each page.</summary>
    public static string[] Pages(byte[] pdf, bool layout = true)
    {
        using var document = Open(pdf);
        return document.GetPages().Select(p => PageText(p, layout)).ToArray();
    }

    /// <summary>Our structure check in qpdf's terms: exit 0 and «no errors», else 2 and what is wrong.</summary>
    public static (int Exit, string Output) QpdfCheck(byte[] pdf)
    {
        var problems = PdfStructure.Problems(pdf);
        return problems.Count == 0 ? (0, "No syntax or stream encoding errors found") : (2, string.Join('\n', problems));
    }

    /// <summary>The fonts the pages use (as pdffonts lists them): base font name, whether its file is embedded, whether it maps to Unicode.</summary>
    public static List<(string Name, bool Embedded, bool Unicode)> Fonts(byte[] pdf)
    {
        using var document = Open(pdf);
        var rows = new List<(string, bool, bool)>();
        var seen = new HashSet<IndirectReference>();
        foreach (var page in document.GetPages())
        {
            if (Get<DictionaryToken>(document, page.Dictionary, NameToken.Resources) is not { } resources
                || Get<DictionaryToken>(document, resources, NameToken.Font) is not { } fonts)
            {
                continue;
            }

            foreach (var (_, value) in fonts.Data)
            {
                if (value is IndirectReferenceToken reference && !seen.Add(reference.Data))
                {
                    continue;
                }

                if (Resolve(document, value) is DictionaryToken font)
                {
                    rows.Add((Get<NameToken>(document, font, NameToken.BaseFont)?.Data ?? "[none]", Embedded(document, font), font.ContainsKey(NameToken.ToUnicode)));
                }
            }
        }

        return rows;
    }

    /// <summary>pdfinfo's fields the tests read: Title, Subject, Keywords, Author, Creator, Producer, Pages, Metadata Stream.</summary>
    public static string Info(byte[] pdf)
    {
        using var document = Open(pdf);
        var info = document.Information;
        var metadata = document.Structure.Catalog.CatalogDictionary.ContainsKey(NameToken.Metadata);
        return string.Create(CultureInfo.InvariantCulture,
            $"Title:           {info.Title}\nSubject:         {info.Subject}\nKeywords:        {info.Keywords}\nAuthor:          {info.Author}\n"
            + $"Creator:         {info.Creator}\nProducer:        {info.Producer}\nPages:           {document.NumberOfPages}\nMetadata Stream: {(metadata ? "yes" : "no")}\n");
    }

    public static int PageCount(byte[] pdf)
    {
        using var document = Open(pdf);
        return document.NumberOfPages;
    }

    /// <summary>One row per image drawn: page, width, height.</summary>
    public static List<string> Images(byte[] pdf)
    {
        using var document = Open(pdf);
        return document.GetPages()
            .SelectMany(p => p.GetImages().Select(i => string.Create(CultureInfo.InvariantCulture, $"{p.Number} {i.WidthInSamples} {i.HeightInSamples}")))
            .ToList();
    }

    /// <summary>The outline: the top entries, each with its title, the page it opens and its entries under it.</summary>
    public static List<OutlineEntry> Outline(byte[] pdf)
    {
        using var document = Open(pdf);
        return document.TryGetBookmarks(out var bookmarks) ? Entries(bookmarks.Roots) : [];

        static List<OutlineEntry> Entries(IEnumerable<UglyToad.PdfPig.Outline.BookmarkNode> nodes) =>
            nodes.Select(n => new OutlineEntry(n.Title, n is UglyToad.PdfPig.Outline.DocumentBookmarkNode d ? d.PageNumber : 0, Entries(n.Children))).ToList();
    }

    /// <summary>Page <paramref name="page"/> as PNG bytes at <paramref name="dpi"/> (poppler's pdftoppm: integration tests only).</summary>
    public static byte[] Png(byte[] pdf, int page, int dpi) => ExternalTools.Png(pdf, page, dpi);

    internal static PdfDocument Open(byte[] pdf) => PdfDocument.Open(pdf, new ParsingOptions { UseLenientParsing = false });

    /// <summary>
    /// A page's letters as lines: letters on one baseline (within a third of their size) from left
    /// to right, a space where a gap wider than a sixth of the size parts them (the layout draws
    /// words, not space glyphs, at justified gaps); lines from the top. With <paramref name="layout"/>
    /// a wide gap (a table column) becomes several spaces.
    /// </summary>
    private static string PageText(Page page, bool layout)
    {
        var text = new StringBuilder();
        foreach (var orientation in new[] { TextOrientation.Horizontal, TextOrientation.Rotate90, TextOrientation.Rotate270, TextOrientation.Rotate180, TextOrientation.Other })
        {
            var letters = page.Letters.Where(l => l.TextOrientation == orientation && l.Value.Length > 0).ToList();
            foreach (var line in Lines(letters, orientation))
            {
                Letter? previous = null;
                foreach (var letter in line)
                {
                    if (previous is not null)
                    {
                        var gap = Distance(previous.EndBaseLine, letter.StartBaseLine);
                        var size = Math.Max(1, Math.Max(letter.PointSize, previous.PointSize));
                        if (gap > size * WordGap && !string.IsNullOrWhiteSpace(previous.Value) && !string.IsNullOrWhiteSpace(letter.Value))
                        {
                            text.Append(' ', layout && gap > size * 1.5 ? 3 : 1);
                        }
                    }

                    text.Append(letter.Value);
                    previous = letter;
                }

                text.Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>A gap wider than this share of the size parts words (a title's letter spacing of 3 pt at 14 pt does not).</summary>
    private const double WordGap = 0.22;

    /// <summary>Letters of one orientation as lines: on one baseline (within a third of their size), in reading order; lines from the top.</summary>
    private static List<List<Letter>> Lines(List<Letter> letters, TextOrientation orientation)
    {
        // (across, along): the baseline's position across the text and the letter's position along it.
        (double Across, double Along) Key(Letter l) => orientation switch
        {
            TextOrientation.Rotate270 => (-l.StartBaseLine.X, l.StartBaseLine.Y),
            TextOrientation.Rotate90 => (l.StartBaseLine.X, -l.StartBaseLine.Y),
            TextOrientation.Rotate180 => (l.StartBaseLine.Y, -l.StartBaseLine.X),
            _ => (-l.StartBaseLine.Y, l.StartBaseLine.X),
        };

        var lines = new List<List<Letter>>();
        foreach (var letter in letters.OrderBy(l => Math.Round(Key(l).Across, 1)).ThenBy(l => Key(l).Along))
        {
            var line = lines.LastOrDefault();
            if (line is not null && Math.Abs(Key(line[0]).Across - Key(letter).Across) <= Math.Max(1, line[0].PointSize / 3))
            {
                line.Add(letter);
            }
            else
            {
                lines.Add([letter]);
            }
        }

        foreach (var line in lines)
        {
            line.Sort((a, b) => Key(a).Along.CompareTo(Key(b).Along));
        }

        return lines;
    }

    private static double Distance(PdfPoint a, PdfPoint b) => Math.Sqrt(((a.X - b.X) * (a.X - b.X)) + ((a.Y - b.Y) * (a.Y - b.Y)));

    private static bool Embedded(PdfDocument document, DictionaryToken font)
    {
        if (Get<ArrayToken>(document, font, NameToken.DescendantFonts) is { Length: > 0 } descendants
            && Resolve(document, descendants[0]) is DictionaryToken descendant)
        {
            font = descendant;
        }

        return Get<DictionaryToken>(document, font, NameToken.FontDescriptor) is { } descriptor
            && (descriptor.ContainsKey(NameToken.FontFile) || descriptor.ContainsKey(NameToken.FontFile2) || descriptor.ContainsKey(NameToken.FontFile3));
    }

    private static T? Get<T>(PdfDocument document, DictionaryToken dictionary, NameToken key)
        where T : class, IToken =>
        dictionary.TryGet(key, out var token) ? Resolve(document, token) as T : null;

    private static IToken Resolve(PdfDocument document, IToken token)
    {
        while (token is IndirectReferenceToken reference)
        {
            token = document.Structure.GetObject(reference.Data).Data;
        }

        return token;
    }
}

/// <summary>An outline entry: its title, the page it opens (from 1) and the entries under it.</summary>
internal sealed record OutlineEntry(string Title, int Page, IReadOnlyList<OutlineEntry> Kids)
{
    /// <summary>This entry and every entry under it, in order.</summary>
    public IEnumerable<OutlineEntry> All => Kids.SelectMany(k => k.All).Prepend(this);
}
