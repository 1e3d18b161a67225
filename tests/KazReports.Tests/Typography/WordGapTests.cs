using System.Globalization;
using KazReports.Documents;
using KazReports.Rendering.Pdf;
using KazReports.Rendering.Pdf.Layout;
using KazReports.Tests.Composition;
using Xunit.Abstractions;

namespace KazReports.Tests.Typography;

/// <summary>
/// The typography of every shipped PDF, measured from the layout's own line records (not from a PDF
/// reader): the word gaps of justified lines (widest space of a line / font size), words cut without
/// a hyphen, and lines that start or end where the typograph forbids («%» first; «№», «с.», initials last).
/// </summary>
public sealed class WordGapTests(ITestOutputHelper output)
{
    internal sealed record Measure(List<double> Gaps, List<string> Cut, List<string> Stranded, int Lines, int Hyphenated);

    internal static Measure Of(IEnumerable<(string Name, LayoutReport Report)> reports)
    {
        var m = new Measure([], [], [], 0, 0);
        var lines = 0;
        var hyphens = 0;
        foreach (var (name, report) in reports)
        {
            LayoutRecord? line = null;
            foreach (var r in report.Records)
            {
                if (r.Kind == LayoutRecord.Line)
                {
                    line = r;
                    lines++;
                    if (Stranded(r.Text) is { } why)
                    {
                        m.Stranded.Add($"{name}, с. {r.Page}: «{r.Text}» — {why}");
                    }
                }
                else if (r.Kind == LayoutRecord.Spacing && line is not null)
                {
                    var flags = r.Text.Split(' ');
                    if (flags.Contains("justified") && r.Height > 0)
                    {
                        m.Gaps.Add(r.Width / r.Height);
                    }

                    hyphens += flags.Contains("hyphen") ? 1 : 0;
                    if (flags.Contains("cut"))
                    {
                        m.Cut.Add($"{name}, с. {line.Page}: «{line.Text}»");
                    }
                }
            }
        }

        return m with { Lines = lines, Hyphenated = hyphens };
    }

    /// <summary>Why a line's first or last token is wrong there, or null.</summary>
    internal static string? Stranded(string text)
    {
        // Tokens are split at breaking spaces only: «Волкова\u00A0С.Ю.» at a line's end is one token.
        // A line of one token is a whole cell («№», «%» as a column's header), not a break.
        var tokens = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length < 2)
        {
            return null;
        }

        if (tokens[0].StartsWith('%'))
        {
            return "строка начинается со знака %";
        }

        var last = tokens[^1];
        if (last is "№" or "§" or "с." or "г." or "ул.")
        {
            return $"строка кончается на «{last}»";
        }

        return IsInitials(last) ? "строка кончается инициалами" : null;
    }

    private static bool IsInitials(string s) =>
        s.Length >= 2 && s.Length % 2 == 0 && Enumerable.Range(0, s.Length / 2).All(k => char.IsUpper(s[2 * k]) && s[(2 * k) + 1] == '.');

    internal static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(p * sorted.Count) - 1)];
    }

    [Fact]
    public void Justified_lines_of_every_shipped_pdf_have_gaps_within_0_7_em_and_no_forbidden_breaks()
    {
        var renderer = new PdfRenderer();
        var reports = Pipeline.Documents.OrderBy(d => d.Key, StringComparer.Ordinal)
            .Select(d => (d.Key, renderer.RenderDetailed(d.Value, Theme.Default).Report)).ToList();
        var m = Of(reports);
        var p95 = Percentile(m.Gaps, 0.95);
        var max = m.Gaps.Count == 0 ? 0 : m.Gaps.Max();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"документов {reports.Count}, строк {m.Lines}, по ширине {m.Gaps.Count}, с переносом {m.Hyphenated}; пробел p95 {p95:0.00} em, max {max:0.00} em"));

        Assert.True(m.Gaps.Count > 100, $"строк по ширине всего {m.Gaps.Count}");
        Assert.True(p95 <= 0.7, string.Create(CultureInfo.InvariantCulture, $"пробелы строк по ширине: p95 {p95:0.00} em > 0,7 em"));
        Assert.True(m.Cut.Count == 0, "слова разорваны без переноса:\n" + string.Join('\n', m.Cut.Take(20)));
        Assert.True(m.Stranded.Count == 0, "запрещённые концы строк:\n" + string.Join('\n', m.Stranded.Take(20)));
    }

    [Theory]
    [InlineData("% учащихся выполнили", true)]
    [InlineData("приказ №", true)]
    [InlineData("проживающих в с.", true)]
    [InlineData("директор С.Ю.", true)]
    [InlineData("директор Волкова\u00A0С.Ю.", false)]
    [InlineData("выполнили 45\u00A0%", false)]
    [InlineData("№", false)]
    public void Forbidden_line_ends_are_recognised(string line, bool stranded)
    {
        Assert.Equal(stranded, Stranded(line) is not null);
    }
}
