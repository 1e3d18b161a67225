using System.Globalization;
using KazReports.Documents;

namespace KazReports.Rendering.Docx;

/// <summary>Unit conversions of WordprocessingML: twips, half-points, eighths of a point, EMU.</summary>
internal static class Units
{
    public const double TwipsPerMm = 56.6929;
    public const int EmuPerMm = 36000;

    /// <summary>A4 in twips (portrait).</summary>
    public const int A4WidthTwips = 11906;
    public const int A4HeightTwips = 16838;

    public static int Twips(double mm) => (int)Math.Round(mm * TwipsPerMm, MidpointRounding.AwayFromZero);

    public static long Emu(double mm) => (long)Math.Round(mm * EmuPerMm, MidpointRounding.AwayFromZero);

    /// <summary>Points to twentieths of a point (spacing before/after).</summary>
    public static int PointTwips(double pt) => (int)Math.Round(pt * 20, MidpointRounding.AwayFromZero);

    /// <summary>Points to half-points (w:sz).</summary>
    public static int HalfPoints(double pt) => (int)Math.Round(pt * 2, MidpointRounding.AwayFromZero);

    /// <summary>Points to eighths of a point (border w:sz), within Word's 2–96.</summary>
    public static uint BorderEighths(double pt) => (uint)Math.Clamp((int)Math.Round(pt * 8, MidpointRounding.AwayFromZero), 2, 96);

    /// <summary>A line-spacing multiple in 240ths of a line (w:spacing w:line with lineRule auto).</summary>
    public static int LineTwips(double multiple) => (int)Math.Round(240 * multiple, MidpointRounding.AwayFromZero);

    public static string Str(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Str(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>«#e7e6e6», «E7E6E6» -> «E7E6E6»; anything that is not six hex digits -> null.</summary>
    public static string? HexColor(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var hex = value.Trim().TrimStart('#').ToUpperInvariant();
        return hex.Length == 6 && hex.All(Uri.IsHexDigit) ? hex : null;
    }

    public static Jc? Justification(Alignment alignment) => alignment switch
    {
        Alignment.Left => Jc.Left,
        Alignment.Center => Jc.Center,
        Alignment.Right => Jc.Right,
        Alignment.Justify => Jc.Both,
        _ => null,
    };
}
