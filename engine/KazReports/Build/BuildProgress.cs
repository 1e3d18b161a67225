namespace KazReports.Build;

/// <summary>
/// What the user sees while a build runs: each file as it is written when there are few (a
/// district's documents), a line per tenth of the files when there are many (a region's letters:
/// thousands of lines would only hide the summary). Safe to call from the build's workers.
/// </summary>
public sealed class BuildProgress(TextWriter? output, int expected)
{
    /// <summary>Up to this many files each is listed by name.</summary>
    public const int ListUpTo = 60;

    private readonly Lock _gate = new();
    private int _written;
    private int _tenths;

    public void Written(string relativePath)
    {
        if (output is null) return;
        lock (_gate)
        {
            _written++;
            if (expected <= ListUpTo)
            {
                output.WriteLine($"  {relativePath}");
                return;
            }
            var tenths = (int)Math.Min(10, _written * 10L / expected);
            if (tenths == _tenths) return;
            _tenths = tenths;
            output.WriteLine($"  записано {tenths * 10} % ({_written} из {Text.RussianForms.Count(expected, "файла", "файлов", "файлов")})");
        }
    }
}
