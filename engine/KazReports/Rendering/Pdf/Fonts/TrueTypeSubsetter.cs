using System.Buffers.Binary;
using System.Text;

namespace KazReports.Rendering.Pdf.Fonts;

/// <summary>
/// A glyph-preserving subset of a TrueType font: the outlines of the glyphs used (and the components
/// of composite glyphs) are kept under their own ids, all others become empty, and the tables a PDF
/// does not need (OpenType layout, kerning, device metrics, signatures) are dropped. Metrics, cmap
/// and names stay, so the subset measures and maps characters exactly as the font. Skia's native
/// build here embeds whole fonts (it has no subsetter), which makes a one-page letter 400 KB.
/// CFF (OpenType «OTTO») fonts are not handled: null.
/// </summary>
internal static class TrueTypeSubsetter
{
    private static readonly string[] Kept = ["cmap", "cvt ", "fpgm", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "name", "OS/2", "post", "prep"];

    public static byte[]? Subset(byte[] font, int collectionIndex, IEnumerable<ushort> used)
    {
        try
        {
            var tables = Tables(font, collectionIndex);
            if (tables is null || !tables.ContainsKey("glyf") || !tables.ContainsKey("loca") || !tables.ContainsKey("head") || !tables.ContainsKey("maxp"))
            {
                return null;
            }

            var head = tables["head"].ToArray();
            var numGlyphs = BinaryPrimitives.ReadUInt16BigEndian(tables["maxp"].Span[4..]);
            var longLoca = BinaryPrimitives.ReadInt16BigEndian(head.AsSpan(50)) == 1;
            var offsets = Loca(tables["loca"].Span, numGlyphs, longLoca);
            var glyf = tables["glyf"].Span;
            var keep = Closure(glyf, offsets, used.Append((ushort)0), numGlyphs);

            var newGlyf = new MemoryStream();
            var newLoca = new byte[(numGlyphs + 1) * 4];
            for (var g = 0; g < numGlyphs; g++)
            {
                BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(g * 4), (uint)newGlyf.Length);
                if (keep[g] && offsets[g + 1] > offsets[g])
                {
                    newGlyf.Write(glyf[(int)offsets[g]..(int)offsets[g + 1]]);
                    while (newGlyf.Length % 4 != 0)
                    {
                        newGlyf.WriteByte(0);
                    }
                }
            }

            BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(numGlyphs * 4), (uint)newGlyf.Length);
            BinaryPrimitives.WriteInt16BigEndian(head.AsSpan(50), 1);
            var result = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
            foreach (var tag in Kept.Where(tables.ContainsKey))
            {
                result[tag] = tables[tag].ToArray();
            }

            result["glyf"] = newGlyf.ToArray();
            result["loca"] = newLoca;
            result["head"] = head;
            if (result.TryGetValue("post", out var post) && post.Length >= 32)
            {
                // Version 3: no glyph names.
                var short3 = post[..32];
                BinaryPrimitives.WriteUInt32BigEndian(short3, 0x00030000);
                result["post"] = short3;
            }

            return Write(result);
        }
        catch (Exception e) when (e is ArgumentException or IndexOutOfRangeException or InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>The table directory of the font (of one font in a collection), or null for CFF and unknown formats.</summary>
    private static Dictionary<string, ReadOnlyMemory<byte>>? Tables(byte[] font, int collectionIndex)
    {
        var start = 0;
        if (Tag(font, 0) == "ttcf")
        {
            var count = BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(8));
            if (collectionIndex < 0 || collectionIndex >= count)
            {
                return null;
            }

            start = (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(12 + (4 * collectionIndex)));
        }

        var version = BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(start));
        if (version != 0x00010000 && Tag(font, start) != "true")
        {
            return null;
        }

        var numTables = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(start + 4));
        var tables = new Dictionary<string, ReadOnlyMemory<byte>>(StringComparer.Ordinal);
        for (var i = 0; i < numTables; i++)
        {
            var record = start + 12 + (16 * i);
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(record + 8));
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(record + 12));
            tables[Tag(font, record)] = new ReadOnlyMemory<byte>(font, offset, length);
        }

        return tables;
    }

    private static long[] Loca(ReadOnlySpan<byte> loca, int numGlyphs, bool longFormat)
    {
        var offsets = new long[numGlyphs + 1];
        for (var g = 0; g <= numGlyphs; g++)
        {
            offsets[g] = longFormat
                ? BinaryPrimitives.ReadUInt32BigEndian(loca[(g * 4)..])
                : BinaryPrimitives.ReadUInt16BigEndian(loca[(g * 2)..]) * 2L;
        }

        return offsets;
    }

    /// <summary>The glyphs to keep: those used and, recursively, the components of composite glyphs.</summary>
    private static bool[] Closure(ReadOnlySpan<byte> glyf, long[] offsets, IEnumerable<ushort> used, int numGlyphs)
    {
        var keep = new bool[numGlyphs];
        var pending = new Stack<ushort>(used.Where(g => g < numGlyphs));
        while (pending.Count > 0)
        {
            var g = pending.Pop();
            if (keep[g])
            {
                continue;
            }

            keep[g] = true;
            var start = (int)offsets[g];
            if (offsets[g + 1] - start < 10 || BinaryPrimitives.ReadInt16BigEndian(glyf[start..]) >= 0)
            {
                continue;
            }

            var p = start + 10;
            ushort flags;
            do
            {
                flags = BinaryPrimitives.ReadUInt16BigEndian(glyf[p..]);
                var component = BinaryPrimitives.ReadUInt16BigEndian(glyf[(p + 2)..]);
                if (component < numGlyphs)
                {
                    pending.Push(component);
                }

                p += 4 + ((flags & 0x0001) != 0 ? 4 : 2);
                p += (flags & 0x0008) != 0 ? 2 : (flags & 0x0040) != 0 ? 4 : (flags & 0x0080) != 0 ? 8 : 0;
            }
            while ((flags & 0x0020) != 0);
        }

        return keep;
    }

    /// <summary>An sfnt with the tables in tag order, 4-byte aligned, with checksums and head's checkSumAdjustment.</summary>
    private static byte[] Write(SortedDictionary<string, byte[]> tables)
    {
        var count = tables.Count;
        var log = (int)Math.Floor(Math.Log2(count));
        var header = 12 + (16 * count);
        var output = new byte[header + tables.Values.Sum(t => (t.Length + 3) & ~3)];
        BinaryPrimitives.WriteUInt32BigEndian(output, 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(output.AsSpan(4), (ushort)count);
        BinaryPrimitives.WriteUInt16BigEndian(output.AsSpan(6), (ushort)(16 << log));
        BinaryPrimitives.WriteUInt16BigEndian(output.AsSpan(8), (ushort)log);
        BinaryPrimitives.WriteUInt16BigEndian(output.AsSpan(10), (ushort)((16 * count) - (16 << log)));
        var offset = header;
        var index = 0;
        var headOffset = 0;
        foreach (var (tag, data) in tables)
        {
            if (tag == "head")
            {
                BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(8), 0);
                headOffset = offset;
            }

            var record = 12 + (16 * index++);
            Encoding.ASCII.GetBytes(tag, output.AsSpan(record));
            BinaryPrimitives.WriteUInt32BigEndian(output.AsSpan(record + 4), Checksum(data));
            BinaryPrimitives.WriteUInt32BigEndian(output.AsSpan(record + 8), (uint)offset);
            BinaryPrimitives.WriteUInt32BigEndian(output.AsSpan(record + 12), (uint)data.Length);
            data.CopyTo(output, offset);
            offset += (data.Length + 3) & ~3;
        }

        BinaryPrimitives.WriteUInt32BigEndian(output.AsSpan(headOffset + 8), unchecked(0xB1B0AFBA - Checksum(output)));
        return output;
    }

    private static uint Checksum(byte[] data)
    {
        uint sum = 0;
        for (var i = 0; i < data.Length; i += 4)
        {
            uint word = 0;
            for (var k = 0; k < 4; k++)
            {
                word = (word << 8) | (i + k < data.Length ? data[i + k] : 0u);
            }

            sum = unchecked(sum + word);
        }

        return sum;
    }

    private static string Tag(byte[] font, int at) => Encoding.ASCII.GetString(font, at, 4);
}
