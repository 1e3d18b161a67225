using CsCheck;
using KazReports.Documents;
using KazReports.Templates.Markup;

namespace KazReports.Tests.Templates;

/// <summary>The shortcuts of the markup parser give exactly what the full Markdown path gives.</summary>
public sealed class MarkupFastPathTests
{
    private const string Alphabet = "ab Яшё1209.,;:()%/\"'?-–«»№\u00A0*_+^~`[]!<>&\\#|={}@$\t";

    [Fact]
    public void Plain_cell_text_reads_as_the_markdown_path_reads_it()
    {
        Gen.String[Gen.Char[Alphabet], 0, 24].Select(s => s.Trim()).Sample(text =>
        {
            var fast = InlineBuilder.Parse(text, MarkupParser.Pipeline);
            var full = InlineBuilder.ParseMarkdown(text, MarkupParser.Pipeline);
            Assert.Equal(full, fast);
        }, iter: 20000);
    }

    [Theory]
    [InlineData("Итого", true)]
    [InlineData("12,5", true)]
    [InlineData("2024-2025 уч. г.", true)]
    [InlineData("Срок: до 01.09", true)]
    [InlineData("1. пункт", false)]
    [InlineData("1) пункт", false)]
    [InlineData("- пункт", false)]
    [InlineData("**12,5**", false)]
    [InlineData("a::b::c", false)]
    [InlineData("++подчёркнуто++", false)]
    [InlineData("x^2^", false)]
    [InlineData("H~2~O", false)]
    [InlineData("a\\*b", false)]
    [InlineData("a<br>b", false)]
    [InlineData("---", false)]
    [InlineData(" отступ", false)]
    public void Plain_text_is_recognised(string text, bool plain) =>
        Assert.Equal(plain, InlineBuilder.IsPlainText(text));

    [Fact]
    public void Shipped_kind_of_cells_match()
    {
        foreach (var text in new[] { "Итого", "12,5", "2024-2025 уч. г.", "Срок: до 01.09", "МБОУ «СОШ № 3»", "ВПР 5 кл., математика", "0.5", "1.5", "(нет данных)" })
            Assert.Equal(InlineBuilder.ParseMarkdown(text, MarkupParser.Pipeline), InlineBuilder.Parse(text, MarkupParser.Pipeline));
    }
}
