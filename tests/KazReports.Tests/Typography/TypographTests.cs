using KazReports.Text;

namespace KazReports.Tests.Typography;

public sealed class TypographTests
{
    private const char Nb = '\u00A0';

    [Theory]
    [InlineData("выполнили 45 %", "выполнили 45\u00A0%")]
    [InlineData("приказ № 18 от", "приказ №\u00A018 от")]
    [InlineData("согласно § 3", "согласно §\u00A03")]
    [InlineData("директор С.Ю. Волкова сообщила", "директор С.Ю.\u00A0Волкова сообщила")]
    [InlineData("директор Волкова С.Ю. сообщила", "директор Волкова\u00A0С.Ю. сообщила")]
    [InlineData("директор С. Ю. Волкова", "директор С.\u00A0Ю.\u00A0Волкова")]
    [InlineData("МБОУ Новотроицкая СОШ, с. Казачинское", "МБОУ Новотроицкая СОШ, с.\u00A0Казачинское")]
    [InlineData("г. Красноярск, ул. Ленина, д. 5", "г.\u00A0Красноярск, ул.\u00A0Ленина, д.\u00A05")]
    [InlineData("в 2024 г. было 10 800 результатов", "в\u00A02024\u00A0г. было 10\u00A0800 результатов")]
    [InlineData("школы и детские сады", "школы и\u00A0детские сады")]
    [InlineData("работа по плану", "работа по\u00A0плану")]
    [InlineData("итоги — ниже", "итоги\u00A0— ниже")]
    [InlineData("он же сказал", "он\u00A0же\u00A0сказал")]
    public void Spaces_that_must_not_break_become_no_break_spaces(string input, string expected)
    {
        Assert.Equal(expected, Typograph.Apply(input));
    }

    [Theory]
    [InlineData("сравнение", "итоги ВПР-8 и ОГЭ-2024", "итоги ВПР\u20118 и\u00A0ОГЭ\u20112024")]
    [InlineData("числительные", "у 4-х классов", "у\u00A04\u2011х классов")]
    [InlineData("сложные слова", "учебно-методический план", "учебно-методический план")]
    public void Hyphens_in_codes_do_not_break_compounds_do(string why, string input, string expected)
    {
        Assert.True(why.Length > 0);
        Assert.Equal(expected, Typograph.Apply(input));
    }

    [Theory]
    [InlineData("школа \"Радуга\"", "школа «Радуга»")]
    [InlineData("МБОУ \"СОШ \"Радуга\"\" района", "МБОУ «СОШ „Радуга“» района")]
    [InlineData("МБОУ «СОШ «Радуга»» района", "МБОУ «СОШ „Радуга“» района")]
    [InlineData("(\"Радуга\")", "(«Радуга»)")]
    public void Quotes_are_russian_and_nested_ones_are_lapki(string input, string expected)
    {
        Assert.Equal(expected, Typograph.Apply(input));
    }

    [Theory]
    [InlineData("Итоги в целом", "Итоги в\u00A0целом")]
    [InlineData("", "")]
    [InlineData("слово", "слово")]
    public void The_text_keeps_its_length(string input, string expected)
    {
        var result = Typograph.Apply(input);
        Assert.Equal(expected, result);
        Assert.Equal(input.Length, result.Length);
        Assert.DoesNotContain(Nb, Typograph.Apply("длинные слова рядом"));
    }
}
