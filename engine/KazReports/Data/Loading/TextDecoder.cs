using System.Text;
using KazReports.Diagnostics;

namespace KazReports.Data.Loading;

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
            if (bomSeen || !LooksLikeCyrillic1251(bytes))
            {
                bag.Error(Codes.BadEncoding, new SourceSpan(displayPath, line, 1),
                    "файл не в кодировке UTF-8 и не похож на Windows-1251: сохраните его как «CSV UTF-8»");
            }
            else
            {
                bag.Warning(Codes.EncodingGuessed, new SourceSpan(displayPath, line, 1),
                    "файл не в UTF-8: прочитан как Windows-1251");
            }
            return text;
        }
    }

    /// <summary>Windows-1251 Cyrillic letters are 0xC0–0xFF (and Ё/ё); text of them is plausibly Russian.</summary>
    private static bool LooksLikeCyrillic1251(ReadOnlySpan<byte> bytes)
    {
        int high = 0, cyr = 0;
        foreach (var b in bytes)
        {
            if (b < 0x80) continue;
            high++;
            if (b >= 0xC0 || b is 0xA8 or 0xB8 or 0xAB or 0xBB or 0xB9 or 0x96 or 0x97) cyr++;
        }
        return high > 0 && cyr * 10 >= high * 9;
    }
}
