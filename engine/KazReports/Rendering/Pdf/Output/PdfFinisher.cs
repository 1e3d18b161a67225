using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using KazReports.Rendering.Pdf.Layout;

namespace KazReports.Rendering.Pdf.Output;

/// <summary>
/// Makes Skia's PDF deterministic and complete, changing bytes in place (same lengths, so the
/// cross-reference table stays valid) and appending the outline as an incremental update:
/// the dates' time zone becomes UTC (Skia writes the machine's zone), and the file identifier and
/// XMP UUIDs that Skia draws from the clock for PDF/A become a hash of the file.
/// </summary>
internal static partial class PdfFinisher
{
    /// <param name="bytes">Skia's PDF, patched in place (the caller hands it over).</param>
    public static byte[] Finish(byte[] bytes, IReadOnlyList<OutlineEntry> outline)
    {
        var file = PdfFile.Parse(bytes);
        if (file.Info is { } info)
        {
            Patch(bytes, file, file.Range(info), InfoZone(), "+00'00'");
        }

        var metadata = PdfFile.Ref(file.Dictionary(file.Root), "/Metadata");
        var xmp = metadata is { } m ? file.Range(m) : ((int, int)?)null;
        if (xmp is { } range)
        {
            Patch(bytes, file, range, XmpZone(), "+00:00");
        }

        if (file.Id is not null)
        {
            StableIdentifier(bytes, file, xmp);
        }

        return outline.Count == 0 ? bytes : OutlineWriter.Append(PdfFile.Parse(bytes), outline);
    }

    /// <summary>Replaces group 1 of each match inside the range with a value of the same length.</summary>
    private static void Patch(byte[] bytes, PdfFile file, (int Start, int End) range, Regex pattern, string value)
    {
        foreach (Match match in pattern.Matches(file.Text(range.Start, range.End)))
        {
            var group = match.Groups[1];
            if (group.Length == value.Length)
            {
                Encoding.Latin1.GetBytes(value, 0, value.Length, bytes, range.Start + group.Index);
            }
        }
    }

    /// <summary>The trailer's /ID and the XMP document and instance UUIDs: a hash of the file with them blanked.</summary>
    private static void StableIdentifier(byte[] bytes, PdfFile file, (int Start, int End)? xmp)
    {
        var places = new List<(int Index, int Length, bool Uuid)>();
        foreach (Match hex in HexString().Matches(file.Trailer))
        {
            places.Add((file.TrailerStart + hex.Groups[1].Index, hex.Groups[1].Length, false));
        }

        if (xmp is { } range)
        {
            foreach (Match uuid in Uuid().Matches(file.Text(range.Start, range.End)))
            {
                places.Add((range.Start + uuid.Groups[1].Index, uuid.Groups[1].Length, true));
            }
        }

        foreach (var (index, length, _) in places)
        {
            Array.Fill(bytes, (byte)'0', index, length);
        }

        var hash = SHA256.HashData(bytes).AsSpan(0, 16);
        var hexId = Convert.ToHexString(hash);
        var uuidText = new Guid(hash, bigEndian: true).ToString("D");
        foreach (var (index, length, isUuid) in places)
        {
            var value = isUuid ? uuidText : hexId;
            if (value.Length == length)
            {
                Encoding.Latin1.GetBytes(value, 0, length, bytes, index);
            }
        }
    }

    [GeneratedRegex(@"/(?:CreationDate|ModDate)\s*\(D:\d{14}([+\-]\d\d'\d\d')\)")]
    private static partial Regex InfoZone();

    [GeneratedRegex(@"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d([+\-]\d\d:\d\d)")]
    private static partial Regex XmpZone();

    [GeneratedRegex(@"<([0-9A-Fa-f]{32})>")]
    private static partial Regex HexString();

    [GeneratedRegex(@"uuid:([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})")]
    private static partial Regex Uuid();
}
