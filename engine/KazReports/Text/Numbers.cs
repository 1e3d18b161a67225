using System.Globalization;

namespace KazReports.Text;

/// <summary>Numbers as Russian documents print them: a decimal comma, no trailing zeros.</summary>
public static class Numbers
{
    public static readonly CultureInfo Russian = CreateRussian();

    private static CultureInfo CreateRussian()
    {
        // Fixed settings, whatever ICU data the machine has: the output must not depend on it.
        var c = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        c.NumberFormat.NumberDecimalSeparator = ",";
        c.NumberFormat.NumberGroupSeparator = "\u00A0";
        c.NumberFormat.PercentDecimalSeparator = ",";
        return CultureInfo.ReadOnly(c);
    }

    /// <summary>«1,25 с»: seconds to two decimals with a decimal comma, whatever the machine's culture.</summary>
    public static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.00", Russian) + " с";

    /// <summary>Rounds half away from zero to <paramref name="decimals"/> places.</summary>
    public static decimal Round(decimal value, int decimals = 2) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero);

    /// <summary>13,93; 10; 6,9 — up to two decimals, trailing zeros dropped.</summary>
    public static string Format(decimal value, int decimals = 2) =>
        Round(value, decimals).ToString("0.##########", Russian);

    /// <summary>13,93 with exactly two decimals, as in the seed's district rows.</summary>
    public static string Fixed(decimal value, int decimals = 2) =>
        Round(value, decimals).ToString("F" + decimals, Russian);

    public static string Format(decimal? value, int decimals = 2) =>
        value is { } v ? Format(v, decimals) : "";
}
