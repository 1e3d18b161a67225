using System.Buffers.Binary;
using System.Text;

namespace KazReports.Rendering.Pdf.Fonts;

/// <summary>
/// A compact subset of a TrueType font: glyph 0 (.notdef), then the glyphs used and the components
/// of composite glyphs, in the order of their original ids, renumbered from 1 (composite components
/// rewritten). hmtx, loca, maxp and hhea are rebuilt for them; the cmap maps the characters of the
/// glyphs used (as the font maps them) to the new ids, so text drawn by characters (charts) and the
/// ToUnicode map Skia makes of the cmap stay right; post loses the glyph names; name keeps the
/// names of the font (family, style, version, PostScript name, copyright and licence). The tables
/// a PDF does not need (OpenType layout, kerning, device metrics, signatures) are dropped; the
/// hinting tables stay with the glyph instructions. Skia's native build here embeds whole fonts
/// (it has no subsetter), which makes a one-page letter 400 KB. Null for CFF (OpenType «OTTO»)
/// fonts, fonts without a Unicode cmap and damaged fonts.
/// </summary>
internal static class TrueTypeSubsetter
{
    private static readonly string[] Kept = ["cvt ", "fpgm", "head", "hhea", "maxp", "name", "OS/2", "post", "prep"];

    // Names kept: copyright, family, subfamily, unique id, full name, version, PostScript name, licence, licence URL.
    private static readonly int[] KeptNames = [0, 1, 2, 3, 4, 5, 6, 13, 14];

    public static FontSubset? Subset(byte[] font, int collectionIndex, IEnumerable<ushort> used)
    {
        try
        {
            var tables = Tables(font, collectionIndex);
            string[] required = ["glyf", "loca", "head", "maxp", "hhea", "hmtx", "cmap"];
            if (tables is null || !required.All(tables.ContainsKey))
            {
                return null;
            }

            var head = tables["head"].ToArray();
            var numGlyphs = BinaryPrimitives.ReadUInt16BigEndian(tables["maxp"].Span[4..]);
            var longLoca = BinaryPrimitives.ReadInt16BigEndian(head.AsSpan(50)) == 1;
            var offsets = Loca(tables["loca"].Span, numGlyphs, longLoca);
            var glyf = tables["glyf"].Span;
            var drawn = new bool[numGlyphs];
            foreach (var glyph in used)
            {
                if (glyph < numGlyphs)
                {
                    drawn[glyph] = true;
                }
            }

            var keep = Closure(glyf, offsets, drawn);
            var characters = Characters(tables["cmap"].Span);
            if (characters is null)
            {
                return null;
            }

            // New ids: .notdef, then the kept glyphs by original id.
            var ids = new ushort[numGlyphs];
            var order = new List<ushort> { 0 };
            for (var g = 1; g < numGlyphs; g++)
            {
                if (keep[g])
                {
                    ids[g] = (ushort)order.Count;
                    order.Add((ushort)g);
                }
            }

            var result = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
            foreach (var tag in Kept.Where(tables.ContainsKey))
            {
                result[tag] = tables[tag].ToArray();
            }

            var (newGlyf, newLoca, shortLoca) = Glyphs(glyf, offsets, order, ids);
            result["glyf"] = newGlyf;
            result["loca"] = newLoca;
            BinaryPrimitives.WriteInt16BigEndian(head.AsSpan(50), (short)(shortLoca ? 0 : 1));
            result["head"] = head;
            var hhea = result["hhea"];
            result["hmtx"] = Metrics(tables["hmtx"].Span, BinaryPrimitives.ReadUInt16BigEndian(hhea.AsSpan(34)), order, out var longMetrics);
            BinaryPrimitives.WriteUInt16BigEndian(hhea.AsSpan(34), (ushort)longMetrics);
            BinaryPrimitives.WriteUInt16BigEndian(result["maxp"].AsSpan(4), (ushort)order.Count);
            var mapped = characters.Where(c => c.Glyph < numGlyphs && drawn[c.Glyph] && c.Glyph != 0).Select(c => (c.Code, ids[c.Glyph])).ToList();
            var cmap = Cmap(mapped);
            if (cmap is null)
            {
                return null;
            }

            result["cmap"] = cmap;
            if (result.TryGetValue("post", out var post) && post.Length >= 32)
            {
                // Version 3: no glyph names.
                var short3 = post[..32];
                BinaryPrimitives.WriteUInt32BigEndian(short3, 0x00030000);
                result["post"] = short3;
            }

            if (result.TryGetValue("name", out var name))
            {
                result["name"] = Names(name);
            }

            return new FontSubset(Write(result), new GlyphMap(ids, order.Count));
        }
        catch (Exception e) when (e is ArgumentException or IndexOutOfRangeException or InvalidDataException or OverflowException)
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

    /// <summary>The glyphs to keep: .notdef, those drawn and, recursively, the components of composite glyphs.</summary>
    private static bool[] Closure(ReadOnlySpan<byte> glyf, long[] offsets, bool[] drawn)
    {
        var numGlyphs = drawn.Length;
        var keep = new bool[numGlyphs];
        var pending = new Stack<ushort>();
        pending.Push(0);
        for (var g = numGlyphs - 1; g > 0; g--)
        {
            if (drawn[g])
            {
                pending.Push((ushort)g);
            }
        }

        while (pending.Count > 0)
        {
            var g = pending.Pop();
            if (keep[g])
            {
                continue;
            }

            keep[g] = true;
            var glyph = glyf[(int)offsets[g]..(int)offsets[g + 1]];
            foreach (var field in ComponentFields(glyph))
            {
                var component = BinaryPrimitives.ReadUInt16BigEndian(glyph[field..]);
                if (component >= numGlyphs)
                {
                    throw new InvalidDataException($"составной глиф {g} ссылается на несуществующий глиф {component}");
                }

                pending.Push(component);
            }
        }

        return keep;
    }

    /// <summary>Where the component glyph ids of a composite glyph are, from the glyph's start; none for a simple or empty glyph.</summary>
    private static IReadOnlyList<int> ComponentFields(ReadOnlySpan<byte> glyph)
    {
        if (glyph.Length < 10 || BinaryPrimitives.ReadInt16BigEndian(glyph) >= 0)
        {
            return [];
        }

        var fields = new List<int>();
        var p = 10;
        ushort flags;
        do
        {
            flags = BinaryPrimitives.ReadUInt16BigEndian(glyph[p..]);
            fields.Add(p + 2);
            p += 4 + ((flags & 0x0001) != 0 ? 4 : 2);
            p += (flags & 0x0008) != 0 ? 2 : (flags & 0x0040) != 0 ? 4 : (flags & 0x0080) != 0 ? 8 : 0;
        }
        while ((flags & 0x0020) != 0);
        return fields;
    }

    /// <summary>
    /// glyf and loca of the kept glyphs (<paramref name="order"/>: original id of each new id), each
    /// glyph 4-byte aligned, composite components renumbered; the short loca format when it fits.
    /// </summary>
    private static (byte[] Glyf, byte[] Loca, bool Short) Glyphs(ReadOnlySpan<byte> glyf, long[] offsets, List<ushort> order, ushort[] ids)
    {
        var size = 0L;
        foreach (var g in order)
        {
            size += (offsets[g + 1] - offsets[g] + 3) & ~3L;
        }

        var output = new byte[checked((int)size)];
        var starts = new int[order.Count + 1];
        var at = 0;
        for (var n = 0; n < order.Count; n++)
        {
            starts[n] = at;
            var g = order[n];
            var glyph = glyf[(int)offsets[g]..(int)offsets[g + 1]];
            glyph.CopyTo(output.AsSpan(at));
            foreach (var field in ComponentFields(glyph))
            {
                var component = BinaryPrimitives.ReadUInt16BigEndian(glyph[field..]);
                BinaryPrimitives.WriteUInt16BigEndian(output.AsSpan(at + field), ids[component]);
            }

            at += (glyph.Length + 3) & ~3;
        }

        starts[order.Count] = at;
        var isShort = at / 2 <= ushort.MaxValue;
        var loca = new byte[starts.Length * (isShort ? 2 : 4)];
        for (var n = 0; n < starts.Length; n++)
        {
            if (isShort)
            {
                BinaryPrimitives.WriteUInt16BigEndian(loca.AsSpan(n * 2), (ushort)(starts[n] / 2));
            }
            else
            {
                BinaryPrimitives.WriteUInt32BigEndian(loca.AsSpan(n * 4), (uint)starts[n]);
            }
        }

        return (output, loca, isShort);
    }

    /// <summary>
    /// hmtx of the kept glyphs with the original advances and left side bearings; the trailing
    /// glyphs of the last glyph's advance keep only their bearings (<paramref name="longMetrics"/>:
    /// hhea's numberOfHMetrics).
    /// </summary>
    private static byte[] Metrics(ReadOnlySpan<byte> hmtx, int numberOfHMetrics, List<ushort> order, out int longMetrics)
    {
        if (numberOfHMetrics == 0)
        {
            throw new InvalidDataException("в hhea нет ни одной ширины");
        }

        var advances = new ushort[order.Count];
        var bearings = new short[order.Count];
        for (var n = 0; n < order.Count; n++)
        {
            var g = order[n];
            advances[n] = BinaryPrimitives.ReadUInt16BigEndian(hmtx[(4 * Math.Min(g, numberOfHMetrics - 1))..]);
            bearings[n] = BinaryPrimitives.ReadInt16BigEndian(hmtx[(g < numberOfHMetrics ? (4 * g) + 2 : (4 * numberOfHMetrics) + (2 * (g - numberOfHMetrics)))..]);
        }

        longMetrics = order.Count;
        while (longMetrics > 1 && advances[longMetrics - 1] == advances[longMetrics - 2])
        {
            longMetrics--;
        }

        var output = new byte[(4 * longMetrics) + (2 * (order.Count - longMetrics))];
        for (var n = 0; n < order.Count; n++)
        {
            if (n < longMetrics)
            {
                BinaryPrimitives.WriteUInt16BigEndian(output.AsSpan(4 * n), advances[n]);
                BinaryPrimitives.WriteInt16BigEndian(output.AsSpan((4 * n) + 2), bearings[n]);
            }
            else
            {
                BinaryPrimitives.WriteInt16BigEndian(output.AsSpan((4 * longMetrics) + (2 * (n - longMetrics))), bearings[n]);
            }
        }

        return output;
    }

    /// <summary>
    /// The characters of the font's Unicode cmap (format 12 for full Unicode, else format 4) with
    /// their glyphs, by code point; null when the font has no Unicode subtable it can be read from.
    /// </summary>
    private static List<(int Code, ushort Glyph)>? Characters(ReadOnlySpan<byte> cmap)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(cmap[2..]);
        var best = -1;
        var bestRank = 0;
        for (var i = 0; i < count; i++)
        {
            var record = cmap[(4 + (8 * i))..];
            var platform = BinaryPrimitives.ReadUInt16BigEndian(record);
            var encoding = BinaryPrimitives.ReadUInt16BigEndian(record[2..]);
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(record[4..]);
            var format = BinaryPrimitives.ReadUInt16BigEndian(cmap[offset..]);
            var rank = (platform, encoding, format) switch
            {
                (3, 10, 12) => 4,
                (0, _, 12) => 3,
                (3, 1, 4) => 2,
                (0, _, 4) => 1,
                _ => 0,
            };
            if (rank > bestRank)
            {
                best = offset;
                bestRank = rank;
            }
        }

        if (best < 0)
        {
            return null;
        }

        var table = cmap[best..];
        var result = new List<(int Code, ushort Glyph)>();
        if (BinaryPrimitives.ReadUInt16BigEndian(table) == 12)
        {
            var groups = BinaryPrimitives.ReadUInt32BigEndian(table[12..]);
            for (var i = 0; i < groups; i++)
            {
                var group = table[(16 + (12 * i))..];
                var first = BinaryPrimitives.ReadUInt32BigEndian(group);
                var last = Math.Min(BinaryPrimitives.ReadUInt32BigEndian(group[4..]), 0x10FFFF);
                var glyph = BinaryPrimitives.ReadUInt32BigEndian(group[8..]);
                for (var code = first; code <= last && glyph + (code - first) <= ushort.MaxValue; code++)
                {
                    result.Add(((int)code, (ushort)(glyph + (code - first))));
                }
            }
        }
        else
        {
            var segments = BinaryPrimitives.ReadUInt16BigEndian(table[6..]) / 2;
            for (var i = 0; i < segments; i++)
            {
                var end = BinaryPrimitives.ReadUInt16BigEndian(table[(14 + (2 * i))..]);
                var start = BinaryPrimitives.ReadUInt16BigEndian(table[(16 + (2 * segments) + (2 * i))..]);
                var delta = BinaryPrimitives.ReadUInt16BigEndian(table[(16 + (4 * segments) + (2 * i))..]);
                var rangeAt = 16 + (6 * segments) + (2 * i);
                var range = BinaryPrimitives.ReadUInt16BigEndian(table[rangeAt..]);
                for (var code = start; code <= end && code != 0xFFFF; code++)
                {
                    int glyph;
                    if (range == 0)
                    {
                        glyph = (code + delta) & 0xFFFF;
                    }
                    else
                    {
                        glyph = BinaryPrimitives.ReadUInt16BigEndian(table[(rangeAt + range + (2 * (code - start)))..]);
                        glyph = glyph == 0 ? 0 : (glyph + delta) & 0xFFFF;
                    }

                    if (glyph != 0)
                    {
                        result.Add((code, (ushort)glyph));
                    }
                }
            }
        }

        result.Sort((a, b) => a.Code.CompareTo(b.Code));
        return result;
    }

    /// <summary>
    /// A cmap of <paramref name="characters"/> (by code point, to new glyph ids): Windows Unicode BMP
    /// (format 4) and, when a character is beyond the BMP, Windows full Unicode (format 12) too.
    /// Null when format 4 cannot hold them.
    /// </summary>
    private static byte[]? Cmap(List<(int Code, ushort Glyph)> characters)
    {
        var bmp = characters.Where(c => c.Code < 0xFFFF).ToList();
        var format4 = Format4(bmp);
        if (format4 is null)
        {
            return null;
        }

        var format12 = characters.Count > 0 && characters[^1].Code > 0xFFFF ? Format12(characters) : null;
        var subtables = format12 is null ? 1 : 2;
        var header = 4 + (8 * subtables);
        var output = new byte[header + format4.Length + (format12?.Length ?? 0)];
        BinaryPrimitives.WriteUInt16BigEndian(output.AsSpan(2), (ushort)subtables);
        BinaryPrimitives.WriteUInt16BigEndian(output.AsSpan(4), 3);
        BinaryPrimitives.WriteUInt16BigEndian(output.AsSpan(6), 1);
        BinaryPrimitives.WriteUInt32BigEndian(output.AsSpan(8), (uint)header);
        format4.CopyTo(output, header);
        if (format12 is not null)
        {
            BinaryPrimitives.WriteUInt16BigEndian(output.AsSpan(12), 3);
            BinaryPrimitives.WriteUInt16BigEndian(output.AsSpan(14), 10);
            BinaryPrimitives.WriteUInt32BigEndian(output.AsSpan(16), (uint)(header + format4.Length));
            format12.CopyTo(output, header + format4.Length);
        }

        return output;
    }

    /// <summary>
    /// Format 4 of BMP characters: each run of consecutive code points is one segment, by a delta
    /// when its glyph ids are consecutive too, else through the glyph id array; then the closing 0xFFFF segment.
    /// </summary>
    private static byte[]? Format4(List<(int Code, ushort Glyph)> characters)
    {
        var runs = new List<(int First, int Count, bool Delta)>();
        for (var i = 0; i < characters.Count;)
        {
            var n = 1;
            var delta = true;
            while (i + n < characters.Count && characters[i + n].Code == characters[i].Code + n)
            {
                delta &= characters[i + n].Glyph - characters[i].Glyph == n;
                n++;
            }

            runs.Add((i, n, delta));
            i += n;
        }

        var segments = runs.Count + 1;
        var arrayed = runs.Where(r => !r.Delta).Sum(r => r.Count);
        var length = 16 + (8 * segments) + (2 * arrayed);
        if (length > ushort.MaxValue)
        {
            return null;
        }

        var output = new byte[length];
        var log = (int)Math.Floor(Math.Log2(segments));
        BinaryPrimitives.WriteUInt16BigEndian(output, 4);
        BinaryPrimitives.WriteUInt16BigEndian(output.AsSpan(2), (ushort)length);
        BinaryPrimitives.WriteUInt16BigEndian(output.AsSpan(6), (ushort)(2 * segments));
        BinaryPrimitives.WriteUInt16BigEndian(output.AsSpan(8), (ushort)(2 << log));
        BinaryPrimitives.WriteUInt16BigEndian(output.AsSpan(10), (ushort)log);
        BinaryPrimitives.WriteUInt16BigEndian(output.AsSpan(12), (ushort)((2 * segments) - (2 << log)));
        var ends = 14;
        var starts = 16 + (2 * segments);
        var deltas = starts + (2 * segments);
        var ranges = deltas + (2 * segments);
        var array = ranges + (2 * segments);
        var arrayAt = array;
        for (var s = 0; s < segments; s++)
        {
            int first, last, delta = 0, range = 0;
            if (s == runs.Count)
            {
                (first, last, delta) = (0xFFFF, 0xFFFF, 1);
            }
            else
            {
                var run = runs[s];
                first = characters[run.First].Code;
                last = first + run.Count - 1;
                if (run.Delta)
                {
                    delta = characters[run.First].Glyph - first;
                }
                else
                {
                    range = arrayAt - (ranges + (2 * s));
                    for (var k = 0; k < run.Count; k++)
                    {
                        BinaryPrimitives.WriteUInt16BigEndian(output.AsSpan(arrayAt), characters[run.First + k].Glyph);
                        arrayAt += 2;
                    }
                }
            }

            BinaryPrimitives.WriteUInt16BigEndian(output.AsSpan(ends + (2 * s)), (ushort)last);
            BinaryPrimitives.WriteUInt16BigEndian(output.AsSpan(starts + (2 * s)), (ushort)first);
            BinaryPrimitives.WriteUInt16BigEndian(output.AsSpan(deltas + (2 * s)), unchecked((ushort)delta));
            BinaryPrimitives.WriteUInt16BigEndian(output.AsSpan(ranges + (2 * s)), (ushort)range);
        }

        return output;
    }

    /// <summary>Format 12 of all the characters: groups of consecutive code points with consecutive glyph ids.</summary>
    private static byte[] Format12(List<(int Code, ushort Glyph)> characters)
    {
        var groups = new List<(int First, int Last, int Glyph)>();
        foreach (var (code, glyph) in characters)
        {
            if (groups.Count > 0 && groups[^1].Last + 1 == code && groups[^1].Glyph + (code - groups[^1].First) == glyph)
            {
                groups[^1] = groups[^1] with { Last = code };
            }
            else
            {
                groups.Add((code, code, glyph));
            }
        }

        var output = new byte[16 + (12 * groups.Count)];
        BinaryPrimitives.WriteUInt16BigEndian(output, 12);
        BinaryPrimitives.WriteUInt32BigEndian(output.AsSpan(4), (uint)output.Length);
        BinaryPrimitives.WriteUInt32BigEndian(output.AsSpan(12), (uint)groups.Count);
        for (var i = 0; i < groups.Count; i++)
        {
            var at = 16 + (12 * i);
            BinaryPrimitives.WriteUInt32BigEndian(output.AsSpan(at), (uint)groups[i].First);
            BinaryPrimitives.WriteUInt32BigEndian(output.AsSpan(at + 4), (uint)groups[i].Last);
            BinaryPrimitives.WriteUInt32BigEndian(output.AsSpan(at + 8), (uint)groups[i].Glyph);
        }

        return output;
    }

    /// <summary>
    /// A format 0 name table of the <see cref="KeptNames"/>: the Unicode and Windows records, or
    /// the Macintosh ones of a name the font has only for the Macintosh (language tags dropped).
    /// </summary>
    private static byte[] Names(byte[] name)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(name.AsSpan(2));
        var storage = BinaryPrimitives.ReadUInt16BigEndian(name.AsSpan(4));
        var records = new List<(ushort Platform, ushort Encoding, ushort Language, ushort Id, byte[] Text)>();
        for (var i = 0; i < count; i++)
        {
            var record = name.AsSpan(6 + (12 * i));
            var platform = BinaryPrimitives.ReadUInt16BigEndian(record);
            var id = BinaryPrimitives.ReadUInt16BigEndian(record[6..]);
            var length = BinaryPrimitives.ReadUInt16BigEndian(record[8..]);
            var offset = BinaryPrimitives.ReadUInt16BigEndian(record[10..]);
            var language = BinaryPrimitives.ReadUInt16BigEndian(record[4..]);
            if (Array.IndexOf(KeptNames, id) >= 0 && language < 0x8000)
            {
                records.Add((platform, BinaryPrimitives.ReadUInt16BigEndian(record[2..]), language, id, name.AsSpan(storage + offset, length).ToArray()));
            }
        }

        records = records.Where(r => r.Platform != 1 || !records.Any(o => o.Id == r.Id && o.Platform is 0 or 3)).ToList();
        records.Sort((a, b) => (a.Platform, a.Encoding, a.Language, a.Id).CompareTo((b.Platform, b.Encoding, b.Language, b.Id)));
        var header = 6 + (12 * records.Count);
        var output = new byte[header + records.Sum(r => r.Text.Length)];
        BinaryPrimitives.WriteUInt16BigEndian(output.AsSpan(2), (ushort)records.Count);
        BinaryPrimitives.WriteUInt16BigEndian(output.AsSpan(4), (ushort)header);
        var at = 0;
        for (var i = 0; i < records.Count; i++)
        {
            var (platform, encoding, language, id, text) = records[i];
            var record = output.AsSpan(6 + (12 * i));
            BinaryPrimitives.WriteUInt16BigEndian(record, platform);
            BinaryPrimitives.WriteUInt16BigEndian(record[2..], encoding);
            BinaryPrimitives.WriteUInt16BigEndian(record[4..], language);
            BinaryPrimitives.WriteUInt16BigEndian(record[6..], id);
            BinaryPrimitives.WriteUInt16BigEndian(record[8..], (ushort)text.Length);
            BinaryPrimitives.WriteUInt16BigEndian(record[10..], (ushort)at);
            text.CopyTo(output, header + at);
            at += text.Length;
        }

        return output;
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
