using System.Globalization;
using SkiaSharp;

namespace KazReports.Rendering.Pdf.Layout;

/// <summary>Units of the PDF renderer: everything is laid out in points (1/72 inch).</summary>
internal static class PdfUnits
{
    public const float PointsPerMm = 72f / 25.4f;

    public static float Pt(double mm) => (float)(mm * PointsPerMm);

    public static double Mm(float pt) => pt / PointsPerMm;

    /// <summary>«E7E6E6», «#e7e6e6» to a colour; anything else to null.</summary>
    public static SKColor? Color(string? hex)
    {
        if (string.IsNullOrWhiteSpace(hex))
        {
            return null;
        }

        var value = hex.Trim().TrimStart('#');
        return value.Length == 6 && uint.TryParse(value, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var rgb)
            ? new SKColor((byte)(rgb >> 16), (byte)(rgb >> 8), (byte)rgb)
            : null;
    }

    public static string Format(double value) => value.ToString("0.#", CultureInfo.GetCultureInfo("ru-RU"));
}
