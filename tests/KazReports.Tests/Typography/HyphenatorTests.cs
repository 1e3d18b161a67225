using KazReports.Text;

namespace KazReports.Tests.Typography;

public sealed class HyphenatorTests
{
    [Theory]
    [InlineData("количество", "ко-ли-че-ство")]
    [InlineData("участников", "участ-ни-ков")]
    [InlineData("получивших", "по-лу-чив-ших")]
    [InlineData("критерий", "кри-те-рий")]
    [InlineData("образовательной", "об-ра-зо-ва-тель-ной")]
    [InlineData("Казачинское", "Ка-за-чин-ское")]
    public void Russian_words_break_where_the_patterns_allow(string word, string expected)
    {
        Assert.Equal(expected, Hyphenator.Russian.Show(word));
    }

    [Fact]
    public void Fragments_respect_the_minimum_lengths()
    {
        var word = "образовательной";
        foreach (var (left, right) in new[] { (2, 2), (3, 3), (4, 2) })
        {
            var points = Hyphenator.Russian.Points(word, left, right);
            Assert.NotEmpty(points);
            Assert.All(points, p => Assert.InRange(p, left, word.Length - right));
        }
    }

    [Theory]
    [InlineData("2024")]
    [InlineData("ВПР-8")]
    [InlineData("ab1c")]
    [InlineData("в")]
    public void Words_with_anything_but_letters_get_no_break(string word)
    {
        Assert.Empty(Hyphenator.Russian.Points(word));
    }

    [Fact]
    public void Liang_takes_the_odd_maximum_of_all_matching_patterns()
    {
        // «a1b», «1ba», «b2a»: between a and b 1 (odd: break), between b and a max(1, 2) = 2 (even: none).
        var h = Hyphenator.FromPatterns(["a1b", "1ba", "b2a"]);
        Assert.Equal("a-ba-ba", h.Show("ababa", 1, 1));
        // Word edges («.»): «.a2b» forbids the break after the first letter only.
        var edged = Hyphenator.FromPatterns(["a1b", ".a2b"]);
        Assert.Equal("aba-b", edged.Show("abab", 1, 1));
    }

    [Fact]
    public void Exceptions_replace_the_patterns()
    {
        var h = Hyphenator.FromPatterns(["a1b"], ["aba-b"]);
        Assert.Equal("aba-b", h.Show("abab", 1, 1));
        Assert.Equal("биз-нес-мен", Hyphenator.Russian.Show("бизнесмен"));
    }

    [Fact]
    public void Capitals_and_yo_are_hyphenated_like_lower_case()
    {
        Assert.Equal("КО-ЛИ-ЧЕ-СТВО", Hyphenator.Russian.Show("КОЛИЧЕСТВО"));
        Assert.Equal(Hyphenator.Russian.Points("учеба"), Hyphenator.Russian.Points("учёба"));
    }
}
