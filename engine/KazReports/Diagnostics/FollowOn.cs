
namespace KazReports.Diagnostics;

/// <summary>
/// Follow-on errors that only repeat a failed load (every school code «unknown» because schools.yaml
/// did not load) are not listed one by one: one warning counts them, the first cause stays first.
/// </summary>
public static class FollowOn
{
    public const string Code = "KR1038";

    /// <summary>Moves what <paramref name="held"/> holds into <paramref name="bag"/>, except <paramref name="codes"/>, which are counted.</summary>
    public static void Count(DiagnosticBag held, DiagnosticBag bag, IReadOnlyCollection<string> codes, string cause, string what)
    {
        var items = held.Items;
        var suppressed = items.Count(d => codes.Contains(d.Code));
        bag.AddRange(items.Where(d => !codes.Contains(d.Code)));
        if (suppressed == 0) return;
        var files = items.Where(d => codes.Contains(d.Code)).Select(d => d.Span.File).Distinct().Count();
        bag.Warning(Code, SourceSpan.None,
            $"не проверены {what}: {suppressed} (в файлах: {files}), пока {cause} не прочитан — сначала исправьте ошибку в {cause}");
    }
}
