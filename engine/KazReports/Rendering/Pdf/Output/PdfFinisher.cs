using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using KazReports.Rendering.Pdf.Layout;

namespace KazReports.Rendering.Pdf.Output;

/// <summary>
/// Makes Skia's PDF deterministic and complete, changing bytes in place inside objects (same lengths,
/// so the cross-reference table stays valid), rewriting the trailer's /ID (after every object, so its
/// length may change) and appending the outline as an incremental update: the dates' time zone
/// becomes UTC (Skia writes the machine's zone), and the file identifier and XMP UUIDs that Skia
/// draws from the clock for PDF/A become a hash of the file.
/// </summary>
internal static partial class PdfFinisher
{
    /// <param name="bytes">Skia's PDF, patched in place (the caller hands it over); a PDF/A gets a new array.</param>
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
            bytes = StableIdentifier(bytes, file, xmp);
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

    /// <summary>The /ID array as it is written: two hex strings of 16 bytes.</summary>
    private const string IdHead = "/ID [<", IdMiddle = "> <", IdTail = ">]";

    /// <summary>
    /// The trailer's /ID and the XMP document and instance UUIDs: a hash of the file with them blanked.
    /// The /ID array is written anew in hex (Skia writes a random string as a literal «(…)» when that is
    /// shorter); the trailer follows every object, so its length may change. The UUIDs keep theirs.
    /// </summary>
    private static byte[] StableIdentifier(byte[] bytes, PdfFile file, (int Start, int End)? xmp)
    {
        var blank = new string('0', 32);
        var id = Encoding.Latin1.GetBytes(IdHead + blank + IdMiddle + blank + IdTail);
        var result = new byte[bytes.Length - file.Id!.Length + id.Length];
        bytes.AsSpan(0, file.IdStart).CopyTo(result);
        id.CopyTo(result, file.IdStart);
        bytes.AsSpan(file.IdStart + file.Id.Length).CopyTo(result.AsSpan(file.IdStart + id.Length));

        var uuids = new List<(int Index, int Length)>();
        if (xmp is { } range)
        {
            foreach (Match uuid in Uuid().Matches(file.Text(range.Start, range.End)))
            {
                uuids.Add((range.Start + uuid.Groups[1].Index, uuid.Groups[1].Length));
            }
        }

        foreach (var (index, length) in uuids)
        {
            Array.Fill(result, (byte)'0', index, length);
        }

        var hash = SHA256.HashData(result).AsSpan(0, 16);
        var hexId = Convert.ToHexString(hash);
        Encoding.Latin1.GetBytes(hexId, 0, 32, result, file.IdStart + IdHead.Length);
        Encoding.Latin1.GetBytes(hexId, 0, 32, result, file.IdStart + IdHead.Length + 32 + IdMiddle.Length);
        var uuidText = new Guid(hash, bigEndian: true).ToString("D");
        foreach (var (index, length) in uuids)
        {
            if (uuidText.Length == length)
            {
                Encoding.Latin1.GetBytes(uuidText, 0, length, result, index);
            }
        }

        return result;
    }

    [GeneratedRegex(@"/(?:CreationDate|ModDate)\s*\(D:\d{14}([+\-]\d\d'\d\d')\)")]
    private static partial Regex InfoZone();

    [GeneratedRegex(@"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d([+\-]\d\d:\d\d)")]
    private static partial Regex XmpZone();

    [GeneratedRegex(@"uuid:([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})")]
    private static partial Regex Uuid();
}
