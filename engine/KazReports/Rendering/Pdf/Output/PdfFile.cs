using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace KazReports.Rendering.Pdf.Output;

/// <summary>
/// The structure of a PDF as Skia writes it: a classic cross-reference table and trailer at the end
/// (no object streams, no earlier revisions). Only the parts asked for are read as text (Latin-1,
/// one char per byte, so offsets in a part's text plus the part's start are offsets in the file):
/// a letter's whole file as a string would be a large-object allocation per document.
/// Anything else is a bug and throws.
/// </summary>
internal sealed partial class PdfFile
{
    private readonly Dictionary<int, int> offsets = [];

    private PdfFile(byte[] bytes)
    {
        Bytes = bytes;
        var start = bytes.AsSpan().LastIndexOf("startxref"u8);
        Require(start > 0, "нет startxref");
        StartXref = int.Parse(Digits().Match(Text(start + 9, bytes.Length)).Value, CultureInfo.InvariantCulture);
        Require(StartXref >= 0 && StartXref < start && bytes.AsSpan(StartXref).StartsWith("xref"u8), "нет таблицы xref");
        var trailer = bytes.AsSpan(StartXref, start - StartXref).IndexOf("trailer"u8);
        Require(trailer > 0, "нет trailer");
        TrailerStart = StartXref + trailer;
        ReadXref(Text(StartXref + 4, TrailerStart));
        Trailer = Text(TrailerStart, start);
        Require(!Trailer.Contains("/Prev", StringComparison.Ordinal), "несколько редакций");
        Size = Ref(Trailer, "/Size", reference: false) ?? throw Broken("нет /Size");
        Root = Ref(Trailer, "/Root") ?? throw Broken("нет /Root");
        Info = Ref(Trailer, "/Info");
        var id = IdPattern().Match(Trailer);
        Id = id.Success ? id.Value : null;
        IdStart = id.Success ? TrailerStart + id.Index : -1;
    }

    public byte[] Bytes { get; }

    public int StartXref { get; }

    /// <summary>Where «trailer» starts in the file.</summary>
    public int TrailerStart { get; }

    /// <summary>The trailer from «trailer» to before «startxref».</summary>
    public string Trailer { get; }

    public int Size { get; }

    public int Root { get; }

    public int? Info { get; }

    /// <summary>
    /// The trailer's «/ID [&lt;…&gt; &lt;…&gt;]», if any. Skia writes each of the two strings as hex or as a
    /// literal «(…)», whichever is shorter for its random bytes (about one PDF/A file in fifty: literal).
    /// </summary>
    public string? Id { get; }

    /// <summary>Where <see cref="Id"/> starts in the file (-1 without one).</summary>
    public int IdStart { get; }

    public static PdfFile Parse(byte[] bytes) => new(bytes);

    /// <summary>Where object <paramref name="number"/> starts and ends (after «endobj»).</summary>
    public (int Start, int End) Range(int number)
    {
        Require(offsets.TryGetValue(number, out var start), $"нет объекта {number}");
        Require(start >= 0 && start < Bytes.Length, $"объект {number} вне файла");
        var end = Bytes.AsSpan(start).IndexOf("endobj"u8);
        Require(end > 0, $"объект {number} не закрыт");
        return (start, start + end + 6);
    }

    /// <summary>The dictionary of an object without a stream: from the first «&lt;&lt;» to the last «&gt;&gt;».</summary>
    public string Dictionary(int number)
    {
        var (start, end) = Range(number);
        var body = Text(start, end);
        var open = body.IndexOf("<<", StringComparison.Ordinal);
        var close = body.LastIndexOf(">>", StringComparison.Ordinal);
        Require(open >= 0 && close > open && !body.Contains("stream", StringComparison.Ordinal), $"объект {number} не словарь");
        return body[open..(close + 2)];
    }

    /// <summary>The bytes from <paramref name="start"/> to <paramref name="end"/> as text, one char per byte.</summary>
    public string Text(int start, int end) => Encoding.Latin1.GetString(Bytes, start, end - start);

    /// <summary>«/Key N 0 R» (or «/Key N») in a dictionary's text.</summary>
    public static int? Ref(string dictionary, string key, bool reference = true)
    {
        var pattern = Regex.Escape(key) + (reference ? @"\s+(\d+)\s+0\s+R" : @"\s+(\d+)");
        var match = Regex.Match(dictionary, pattern);
        return match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    private void ReadXref(string table)
    {
        var lines = table.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var i = 0;
        while (i < lines.Length)
        {
            var header = lines[i++].Split(' ');
            Require(header.Length == 2, "неверный подраздел xref");
            var first = int.Parse(header[0], CultureInfo.InvariantCulture);
            var count = int.Parse(header[1], CultureInfo.InvariantCulture);
            for (var k = 0; k < count; k++, i++)
            {
                var entry = lines[i].Split(' ');
                if (entry.Length == 3 && entry[2] == "n")
                {
                    offsets[first + k] = int.Parse(entry[0], CultureInfo.InvariantCulture);
                }
            }
        }
    }

    private static void Require(bool condition, string what)
    {
        if (!condition)
        {
            throw Broken(what);
        }
    }

    private static InvalidOperationException Broken(string what) =>
        new($"PDF: неожиданное строение файла Skia ({what}); оглавление и метаданные не дописаны");

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"/ID\s*\[\s*(?:<[0-9A-Fa-f]*>|\((?:\\[\s\S]|[^\\()])*\))\s*(?:<[0-9A-Fa-f]*>|\((?:\\[\s\S]|[^\\()])*\))\s*\]")]
    private static partial Regex IdPattern();
}
