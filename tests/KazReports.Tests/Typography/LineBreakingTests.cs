using KazReports.Documents;
using KazReports.Rendering.Pdf.Text;
using KazReports.Tests.Rendering.Pdf;

namespace KazReports.Tests.Typography;

/// <summary>The whole-paragraph breaker and hyphenation, on pieces as the PDF engine makes them.</summary>
public sealed class LineBreakingTests : IDisposable
{
    private const string Text =
        "Отдел образования администрации Казачинского района направляет результаты муниципального мониторинга " +
        "качества подготовки обучающихся общеобразовательных организаций по итогам всероссийских проверочных работ " +
        "и основного государственного экзамена, а также адресные рекомендации, составленные по итогам анализа " +
        "образовательных результатов, для использования в работе методических объединений учителей-предметников.";

    private static readonly BreakSettings Settings = BreakSettings.From(KazReports.Documents.Typography.Default);
    private readonly GlyphShaper shaper = PdfSamples.Shaper();

    public void Dispose() => shaper.Dispose();

    private List<Piece> Pieces(string text) => new InlineFlattener(shaper).Text(text, PdfSamples.Body);

    private static double WidestGap(TextLine line, float width) =>
        line.Pieces.Where(p => p.Kind == PieceKind.Space).Max(p => p.Width + ((width - line.Width) / line.Stretchable)) / 14;

    [Fact]
    public void Justified_paragraph_is_set_tighter_than_line_by_line_and_keeps_every_word()
    {
        foreach (var width in new[] { 250f, 320f, 400f })
        {
            var pieces = Pieces(Text);
            var greedy = LineBreaker.Break(pieces, width, width, shaper);
            var best = LineBreaker.Break(pieces, width, width, shaper, Settings, Alignment.Justify);
            Assert.All(best, l => Assert.True(l.Width <= width + 0.01 || l.Stretchable > 0, $"строка шире {width}: {l.Text}"));
            var worstGreedy = greedy.Where(l => !l.IsLast).Max(l => WidestGap(l, width));
            var worstBest = best.Where(l => !l.IsLast).Max(l => WidestGap(l, width));
            Assert.True(worstBest < worstGreedy, $"ширина {width}: худший пробел {worstBest:0.00} em, построчно {worstGreedy:0.00} em\n" + string.Join("\n", best.Select(l => $"{l.Width:0} {l.Stretchable} {l.Text}")));
            // A hyphen the breaker added goes; a compound's own hyphen («учителей-») stays, without a space after it.
            var joined = string.Concat(best.Select(l => l.Hyphenated ? l.Text[..^1] : l.Text.EndsWith('-') ? l.Text : l.Text + " ")).Trim();
            Assert.Equal(Text, joined);
            Assert.True(best[^1].IsLast);
            Assert.False(best[^1].Hyphenated);
        }
    }

    [Fact]
    public void Hyphens_in_a_row_stay_within_the_limit_and_the_last_word_is_whole()
    {
        var limited = Settings with { ConsecutiveHyphens = 1, HyphenPenalty = 0 };
        foreach (var width in new[] { 150f, 180f, 210f })
        {
            var lines = LineBreaker.Break(Pieces(Text), width, width, shaper, limited, Alignment.Justify);
            for (var k = 1; k < lines.Count; k++)
            {
                Assert.False(lines[k].Hyphenated && lines[k - 1].Hyphenated, $"два переноса подряд при ширине {width}");
            }

            Assert.EndsWith("предметников.", lines[^1].Text);
            Assert.False(lines[^1].Hyphenated || lines[^1].Cut);
        }
    }

    [Fact]
    public void Looseness_makes_the_paragraph_a_line_longer_or_shorter()
    {
        // A long paragraph: one line more or less spreads over many lines.
        var pieces = Pieces(string.Join(' ', Enumerable.Repeat(Text, 3)));
        var best = LineBreaker.Break(pieces, 400, 400, shaper, Settings, Alignment.Justify);
        var loose = LineBreaker.Break(pieces, 400, 400, shaper, Settings with { Looseness = 1 }, Alignment.Justify);
        var tight = LineBreaker.Break(pieces, 400, 400, shaper, Settings with { Looseness = -1 }, Alignment.Justify);
        Assert.Equal(best.Count + 1, loose.Count);
        // A line fewer needs more shrink than the spaces allow (a third of their width): the best stays.
        Assert.Equal(best.Count, tight.Count);
    }

    [Fact]
    public void A_word_wider_than_its_column_is_hyphenated_not_cut()
    {
        var header = shaper.Shape("Количество", PdfSamples.Body with { Bold = true }).Width;
        var lines = LineBreaker.Break(Pieces("Количество участников"), header * 0.7f, header * 0.7f, shaper, Settings);
        Assert.All(lines, l => Assert.False(l.Cut, l.Text));
        Assert.Contains(lines, l => l.Hyphenated);
        var plain = LineBreaker.Break(Pieces("Количество участников"), header * 0.7f, header * 0.7f, shaper);
        Assert.Contains(plain, l => l.Cut);
    }

    [Fact]
    public void Names_numbers_and_abbreviations_are_not_hyphenated()
    {
        foreach (var word in new[] { "С.Ю.\u00A0Волкова", "Волкова\u00A0С.Ю.", "12345678", "МБОУКАЗАЧИНСКАЯ" })
        {
            var piece = Pieces(word).Single();
            Assert.Empty(Settings.PointsOf(piece));
        }

        Assert.NotEmpty(Settings.PointsOf(Pieces("образовательных").Single()));
    }
}
