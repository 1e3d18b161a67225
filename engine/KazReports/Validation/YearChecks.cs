using KazReports.Data.Model;
using KazReports.Diagnostics;

namespace KazReports.Validation;

/// <summary>
/// The years the data speaks of agree: results not after the letters' year, and letters and
/// orders asking only for years there are results of.
/// </summary>
internal static class YearChecks
{
    public static void Check(DataSet data, DiagnosticBag bag)
    {
        var years = data.Years;
        if (years.Count == 0) return; // «no results files» is said by the loader
        var shown = string.Join(", ", years);
        if (data.Letters is { } letters && letters.Year != 0)
        {
            var span = letters.YearSpan ?? letters.Span;
            if (!years.Contains(letters.Year))
                bag.Error(Codes.BadYear, span, $"письма за {letters.Year} год, а результатов этого года нет (есть: {shown})");
            foreach (var later in years.Where(y => y > letters.Year))
            {
                var first = data.Results.First(r => r.Year == later);
                bag.Warning(Codes.BadYear, first.Span,
                    $"результаты {later} года позже года писем ({letters.Year}, letters.yaml): в письма они не попадут");
            }
        }
        foreach (var order in data.Orders.Where(o => o.ShnorYear is not null))
        {
            if (!years.Contains(order.ShnorYear!.Value))
                bag.Error(Codes.BadYear, order.ShnorYear is { } && order.ShnorYearSpan is { } s ? s : order.Span,
                    $"приказ № {order.Number}: ШНОР по результатам {order.ShnorYear} года, а результатов этого года нет (есть: {shown})");
        }
    }
}
