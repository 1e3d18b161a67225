using System.Buffers;
using System.Text;
using System.Text.Unicode;
using KazReports.Diagnostics;

namespace KazReports.Parsing;

/// <summary>
/// Turns file bytes into text: UTF-8 with or without BOM, or Windows-1251 (what Excel in Russia
/// writes), detected when the bytes are not valid UTF-8.
/// </summary>
internal static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Windows1251 => Encoding.GetEncoding(1251);

    public static string Decode(byte[] bytes, string displayPath, DiagnosticBag bag)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
            return Decode(bytes.AsSpan(3), displayPath, bag, bomSeen: true);
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
            return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
            return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        return Decode(bytes, displayPath, bag, bomSeen: false);
    }

    private static string Decode(ReadOnlySpan<byte> bytes, string displayPath, DiagnosticBag bag, bool bomSeen)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            var text = Windows1251.GetString(bytes);
            var line = 1 + bytes[..Math.Min(bytes.Length, Math.Max(0, e.Index))].Count((byte)'\n');
            Report1251(displayPath, bag, bomSeen, line, LooksLikeCyrillic1251(bytes));
            return text;
        }
    }

    /// <summary>
    /// Opens a file as text read as it goes, decoded the way <see cref="Decode(byte[], string, DiagnosticBag)"/>
    /// decodes it, with the same diagnostics: the bytes are checked as UTF-8 in one pass over the file
    /// before reading, so a big file is never held in memory whole.
    /// </summary>
    public static TextReader OpenText(string path, string displayPath, DiagnosticBag bag)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        try
        {
            Span<byte> head = stackalloc byte[3];
            var n = stream.ReadAtLeast(head, 3, throwOnEndOfStream: false);
            Encoding encoding;
            if (n >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF)
            {
                stream.Position = 3;
                encoding = Sniff(stream, displayPath, bag, bomSeen: true);
            }
            else if (n >= 2 && head[0] == 0xFF && head[1] == 0xFE)
            {
                stream.Position = 2;
                encoding = new UnicodeEncoding(bigEndian: false, byteOrderMark: false);
            }
            else if (n >= 2 && head[0] == 0xFE && head[1] == 0xFF)
            {
                stream.Position = 2;
                encoding = new UnicodeEncoding(bigEndian: true, byteOrderMark: false);
            }
            else
            {
                stream.Position = 0;
                encoding = Sniff(stream, displayPath, bag, bomSeen: false);
            }
            return new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Checks the rest of <paramref name="stream"/> as UTF-8 and comes back to where it was: UTF-8
    /// when valid, otherwise Windows-1251 with the diagnostic <see cref="Decode(ReadOnlySpan{byte}, string, DiagnosticBag, bool)"/> gives.
    /// </summary>
    private static Encoding Sniff(Stream stream, string displayPath, DiagnosticBag bag, bool bomSeen)
    {
        var start = stream.Position;
        var bytes = ArrayPool<byte>.Shared.Rent(1 << 16);
        var chars = ArrayPool<char>.Shared.Rent(1 << 16);
        try
        {
            var carry = 0;
            var lines = 1;
            while (true)
            {
                var read = stream.Read(bytes, carry, (1 << 16) - carry);
                var n = carry + read;
                var final = read == 0;
                var status = Utf8.ToUtf16(bytes.AsSpan(0, n), chars.AsSpan(0, 1 << 16), out var used, out _, replaceInvalidSequences: false, isFinalBlock: final);
                lines += bytes.AsSpan(0, used).Count((byte)'\n');
                if (status == System.Buffers.OperationStatus.InvalidData)
                {
                    stream.Position = start;
                    int high = 0, cyr = 0;
                    while ((read = stream.Read(bytes, 0, 1 << 16)) > 0) Count1251(bytes.AsSpan(0, read), ref high, ref cyr);
                    stream.Position = start;
                    Report1251(displayPath, bag, bomSeen, lines, high > 0 && cyr * 10 >= high * 9);
                    return Windows1251;
                }
                if (final) break;
                carry = n - used;
                bytes.AsSpan(used, carry).CopyTo(bytes);
            }
            stream.Position = start;
            return Utf8NoBom;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static void Report1251(string displayPath, DiagnosticBag bag, bool bomSeen, int line, bool looksCyrillic)
    {
        if (bomSeen || !looksCyrillic)
        {
            bag.Error(Codes.BadEncoding, new SourceSpan(displayPath, line, 1),
                "файл не в кодировке UTF-8 и не похож на Windows-1251: сохраните его как «CSV UTF-8»");
        }
        else
        {
            bag.Warning(Codes.EncodingGuessed, new SourceSpan(displayPath, line, 1),
                "файл не в UTF-8: прочитан как Windows-1251");
        }
    }

    private static void Count1251(ReadOnlySpan<byte> bytes, ref int high, ref int cyr)
    {
        foreach (var b in bytes)
        {
            if (b < 0x80) continue;
            high++;
            if (b >= 0xC0 || b is 0xA8 or 0xB8 or 0xAB or 0xBB or 0xB9 or 0x96 or 0x97) cyr++;
        }
    }

    /// <summary>Windows-1251 Cyrillic letters are 0xC0–0xFF (and Ё/ё); text of them is plausibly Russian.</summary>
    private static bool LooksLikeCyrillic1251(ReadOnlySpan<byte> bytes)
    {
        int high = 0, cyr = 0;
        Count1251(bytes, ref high, ref cyr);
        return high > 0 && cyr * 10 >= high * 9;
    }
}
