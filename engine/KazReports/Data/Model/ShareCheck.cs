using KazReports.Diagnostics;
using KazReports.Text;

namespace KazReports.Data.Model;

/// <summary>
/// Whether a share can come from whole pupils. A share written with d decimals is exact when some
/// k/n rounds (or is cut) to it at that precision.
/// </summary>
internal static class ShareCheck
{
    /// <summary>
    /// Turns a share of <paramref name="participants"/> into a count of pupils. An error when the
    /// nearest count is more than the settings' tolerance of a pupil away; a warning when the share
    /// is close but not what any count gives at the written precision.
    /// </summary>
    public static int? ToCount(decimal share, int decimals, int participants, string label, SourceSpan span, DiagnosticBag bag,
        decimal impossiblePupils = 0.1m)
    {
        var pupils = share * participants / 100m;
        var k = (int)Math.Round(pupils, MidpointRounding.AwayFromZero);
        var off = Math.Abs(pupils - k);
        if (off > impossiblePupils)
        {
            bag.Error(Codes.ShareImpossible, span,
                $"доля {label} {Numbers.Format(share)} % не получается ни при каком целом числе из {participants} участников " +
                $"({Numbers.Format(pupils)} чел.; ближайшее {k} из {participants} = {Numbers.Format(100m * k / participants)} %)");
            return null;
        }
        if (!Produces(k, participants, share, decimals))
        {
            bag.Warning(Codes.ShareNotExact, span,
                $"доля {label} {Numbers.Format(share)} % не равна ни одному k/{participants}: ближайшее {k} из {participants} = " +
                $"{Numbers.Format(100m * k / participants)} %; принято {k} чел.");
        }
        return k;
    }

    /// <summary>Whether k of n, rounded or cut to <paramref name="decimals"/>, is written as <paramref name="share"/>.</summary>
    public static bool Produces(int k, int n, decimal share, int decimals)
    {
        var exact = 100m * k / n;
        var d = Math.Min(decimals, 10);
        return Math.Round(exact, d, MidpointRounding.AwayFromZero) == share ||
               Math.Round(exact, d, MidpointRounding.ToZero) == share;
    }

    /// <summary>The smallest class (up to <paramref name="maxClass"/>) that can give the share, or null.</summary>
    public static int? SmallestClass(decimal share, int decimals, int maxClass)
    {
        for (var n = 1; n <= maxClass; n++)
        {
            var k = (int)Math.Round(share * n / 100m, MidpointRounding.AwayFromZero);
            if (k >= 0 && k <= n && Produces(k, n, share, decimals)) return n;
        }
        return null;
    }
}
