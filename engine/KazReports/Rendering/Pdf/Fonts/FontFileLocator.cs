using SkiaSharp;

namespace KazReports.Rendering.Pdf.Fonts;

/// <summary>
/// Finds the file a system typeface was loaded from, for the one message that says which font is
/// used: Skia does not expose paths, so the font directories are searched for a file of the same
/// length and the same first bytes as the typeface's data.
/// </summary>
internal static class FontFileLocator
{
    private const int PrefixLength = 4096;

    public static string? Find(SKTypeface typeface)
    {
        try
        {
            using var stream = typeface.OpenStream(out _);
            if (stream is null || stream.Length <= 0)
            {
                return null;
            }

            var length = stream.Length;
            var prefix = new byte[(int)Math.Min(PrefixLength, length)];
            var read = stream.Read(prefix, prefix.Length);
            return Directories()
                .SelectMany(Files)
                .FirstOrDefault(f => new FileInfo(f).Length == length && SamePrefix(f, prefix, read));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static IEnumerable<string> Directories()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        string[] candidates =
        [
            "/usr/share/fonts", "/usr/local/share/fonts", Path.Combine(home, ".local/share/fonts"), Path.Combine(home, ".fonts"),
            "/Library/Fonts", "/System/Library/Fonts", Path.Combine(home, "Library/Fonts"),
            Environment.GetFolderPath(Environment.SpecialFolder.Fonts),
        ];
        return candidates.Where(d => d.Length > 0 && Directory.Exists(d)).Distinct(StringComparer.Ordinal);
    }

    private static IEnumerable<string> Files(string directory) =>
        Directory.EnumerateFiles(directory, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
            .Where(f => f.EndsWith(".ttf", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".otf", StringComparison.OrdinalIgnoreCase)
                || f.EndsWith(".ttc", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);

    private static bool SamePrefix(string file, byte[] prefix, int count)
    {
        using var input = File.OpenRead(file);
        var buffer = new byte[count];
        var total = 0;
        while (total < count)
        {
            var n = input.Read(buffer, total, count - total);
            if (n == 0)
            {
                return false;
            }

            total += n;
        }

        return buffer.AsSpan().SequenceEqual(prefix.AsSpan(0, count));
    }
}
