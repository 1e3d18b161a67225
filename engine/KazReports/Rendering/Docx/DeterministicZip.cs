using System.Globalization;
using System.IO.Compression;

namespace KazReports.Rendering.Docx;

/// <summary>
/// What makes a zip package the same bytes for the same content (see <see cref="PackageWriter"/>):
/// one fixed timestamp (1980-01-01 00:00, or SOURCE_DATE_EPOCH) and the same compression level per entry.
/// </summary>
internal static class DeterministicZip
{
    /// <summary>The earliest time a zip (DOS) timestamp can hold.</summary>
    public static readonly DateTimeOffset ZipEpoch = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly DateTimeOffset ZipLatest = new(2107, 12, 31, 23, 59, 58, TimeSpan.Zero);

    /// <summary>
    /// Fastest deflate for XML (a few per cent larger than Optimal at a fraction of the time);
    /// already compressed parts (an embedded workbook, images) are stored as they are.
    /// </summary>
    public static CompressionLevel Level(string name) =>
        name.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".png", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".jpeg", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".jpg", StringComparison.OrdinalIgnoreCase)
            ? CompressionLevel.NoCompression
            : CompressionLevel.Fastest;

    /// <summary>The entries' timestamp: SOURCE_DATE_EPOCH (seconds since 1970, UTC) when set, else 1980-01-01.</summary>
    public static DateTimeOffset Timestamp() => Timestamp(Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH"));

    internal static DateTimeOffset Timestamp(string? sourceDateEpoch)
    {
        if (!long.TryParse(sourceDateEpoch, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)
            || seconds < ZipEpoch.ToUnixTimeSeconds())
        {
            return ZipEpoch;
        }

        var time = seconds > ZipLatest.ToUnixTimeSeconds() ? ZipLatest : DateTimeOffset.FromUnixTimeSeconds(seconds);

        // Zip keeps local clock time in 2-second steps; keep it in UTC so every machine writes the same.
        var ticks = time.UtcDateTime.Ticks;
        return new DateTimeOffset(ticks - (ticks % (2 * TimeSpan.TicksPerSecond)), TimeSpan.Zero);
    }
}
