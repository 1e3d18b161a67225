using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace KazReports.Tests.Rendering.Pdf;

/// <summary>
/// A structure check of a PDF in process, what <c>qpdf --check</c> finds wrong in files like ours:
/// the header and the end marker, every cross-reference section (the chain of incremental updates
/// through /Prev) with each object in use found at its offset under its own number, a trailer with
/// /Root and /Size, and every page and its content readable by a strict parser (PdfPig, no repairs).
/// </summary>
internal static partial class PdfStructure
{
    public static IReadOnlyList<string> Problems(byte[] pdf)
    {
        var problems = new List<string>();
        var text = Encoding.Latin1.GetString(pdf);
        if (!text.StartsWith("%PDF-", StringComparison.Ordinal))
        {
            problems.Add("нет заголовка %PDF-");
        }

        if (!text.TrimEnd().EndsWith("%%EOF", StringComparison.Ordinal))
        {
            problems.Add("нет %%EOF в конце");
        }

        var start = StartXref().Matches(text).LastOrDefault();
        if (start is null)
        {
            problems.Add("нет startxref");
            return problems;
        }

        var offset = long.Parse(start.Groups[1].Value, CultureInfo.InvariantCulture);
        var visited = new HashSet<long>();
        var objects = 0;
        while (offset >= 0)
        {
            if (!visited.Add(offset) || offset >= text.Length || string.CompareOrdinal(text, (int)offset, "xref", 0, 4) != 0)
            {
                problems.Add($"по смещению {offset} нет таблицы xref");
                break;
            }

            objects += CheckSection(text, (int)offset + 4, problems, out var trailer);
            if (visited.Count == 1 && (!trailer.Contains("/Root", StringComparison.Ordinal) || !trailer.Contains("/Size", StringComparison.Ordinal)))
            {
                problems.Add("в trailer нет /Root или /Size");
            }

            var prev = Prev().Match(trailer);
            offset = prev.Success ? long.Parse(prev.Groups[1].Value, CultureInfo.InvariantCulture) : -1;
        }

        if (objects == 0)
        {
            problems.Add("в таблицах xref нет ни одного объекта");
        }

        if (problems.Count == 0)
        {
            try
            {
                using var document = PdfTools.Open(pdf);
                foreach (var page in document.GetPages())
                {
                    _ = page.Letters.Count;
                    _ = page.GetImages().Count();
                }
            }
            catch (Exception e)
            {
                problems.Add($"PdfPig: {e.GetType().Name}: {e.Message}");
            }
        }

        return problems;
    }

    /// <summary>Checks one xref section (subsections of «first count» and 20-byte entries); returns the objects in use.</summary>
    private static int CheckSection(string text, int position, List<string> problems, out string trailer)
    {
        var end = text.IndexOf("trailer", position, StringComparison.Ordinal);
        if (end < 0)
        {
            problems.Add("нет trailer после xref");
            trailer = string.Empty;
            return 0;
        }

        var close = text.IndexOf(">>", end, StringComparison.Ordinal);
        trailer = close < 0 ? text[end..] : text[end..(close + 2)];
        var lines = text[position..end].Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var used = 0;
        for (var i = 0; i < lines.Length;)
        {
            var header = lines[i].Split(' ');
            if (header.Length != 2 || !int.TryParse(header[0], CultureInfo.InvariantCulture, out var first) || !int.TryParse(header[1], CultureInfo.InvariantCulture, out var count))
            {
                problems.Add($"плохая строка xref «{lines[i]}»");
                return used;
            }

            for (var k = 0; k < count; k++)
            {
                var entry = i + 1 + k < lines.Length ? lines[i + 1 + k].Split(' ') : [];
                if (entry.Length != 3 || entry[2] is not ("n" or "f"))
                {
                    problems.Add($"плохая запись xref объекта {first + k}");
                    return used;
                }

                if (entry[2] == "n")
                {
                    used++;
                    var at = int.Parse(entry[0], CultureInfo.InvariantCulture);
                    var generation = int.Parse(entry[1], CultureInfo.InvariantCulture);
                    var expected = $"{first + k} {generation} obj";
                    if (at >= text.Length || string.CompareOrdinal(text, at, expected, 0, expected.Length) != 0)
                    {
                        problems.Add($"объект {first + k} не найден по смещению {at}");
                    }
                }
            }

            i += count + 1;
        }

        return used;
    }

    [GeneratedRegex(@"startxref\s+(\d+)\s+%%EOF")]
    private static partial Regex StartXref();

    [GeneratedRegex(@"/Prev\s+(\d+)")]
    private static partial Regex Prev();
}
