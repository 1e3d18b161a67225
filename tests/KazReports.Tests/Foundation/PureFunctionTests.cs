using KazReports.Data.Loading;
using KazReports.Data.Model;
using KazReports.Diagnostics;
using KazReports.Text;
using KazReports.Parsing;
using Xunit;

namespace KazReports.Tests.Foundation;

/// <summary>Numbers, dates, shares and Russian word forms.</summary>
public class PureFunctionTests
{
    [Theory]
    [InlineData("5,17", "5.17", 2)]
    [InlineData("5.17", "5.17", 2)]
    [InlineData("-3", "-3", 0)]
    [InlineData("0", "0", 0)]
    [InlineData("100", "100", 0)]
    [InlineData(" 6,9 ", "6.9", 1)]
    [InlineData("33,340", "33.34", 3)]
    [InlineData("-0,5", "-0.5", 1)]
    public void NumberText_accepts_plain_numbers(string text, string expected, int decimals)
    {
        Assert.True(NumberText.TryParse(text, out var v, out var d));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), v);
        Assert.Equal(decimals, d);
    }

    [Theory]
    [InlineData("5,17%")]
    [InlineData("—")]
    [InlineData("-")]
    [InlineData("1 234")]
    [InlineData("1\u00A0234")]
    [InlineData("1,234.5")]
    [InlineData("1.234,5")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(",5")]
    [InlineData("5,")]
    [InlineData("-,5")]
    [InlineData("+5")]
    [InlineData("5e3")]
    [InlineData("--5")]
    [InlineData("5-")]
    [InlineData("н/д")]
    [InlineData("1234567890123456789012345678901")]
    public void NumberText_rejects_everything_else(string text)
    {
        Assert.False(NumberText.TryParse(text, out _, out _));
    }

    [Theory]
    [InlineData("5,17%", "уберите знак «%»: доли пишутся числом процентов")]
    [InlineData("—", "пустая ячейка означает «нет данных»: оставьте её пустой")]
    [InlineData("н/д", "пустая ячейка означает «нет данных»: оставьте её пустой")]
    [InlineData("1 234", "уберите разделители тысяч")]
    [InlineData("1,234.5", "уберите разделители тысяч")]
    [InlineData("abc", "ожидалось число, например 5,17")]
    public void NumberText_hints(string text, string hint) => Assert.Equal(hint, NumberText.Hint(text));

    [Theory]
    [InlineData("2024-01-29", 2024, 1, 29)]
    [InlineData("29.01.2024", 2024, 1, 29)]
    [InlineData("9.1.2024", 2024, 1, 9)]
    [InlineData("29.02.2024", 2024, 2, 29)]
    public void DateText_accepts_iso_and_russian(string text, int y, int m, int d)
    {
        Assert.True(DateText.TryParse(text, out var date));
        Assert.Equal(new DateOnly(y, m, d), date);
    }

    [Theory]
    [InlineData("31.02.2024")]
    [InlineData("29.02.2023")]
    [InlineData("2024-02-30")]
    [InlineData("2024-13-01")]
    [InlineData("01/29/2024")]
    [InlineData("29 января 2024")]
    [InlineData("")]
    public void DateText_rejects_impossible_and_other_dates(string text) => Assert.False(DateText.TryParse(text, out _));

    [Fact]
    public void DateText_prints_short_and_long()
    {
        Assert.Equal("09.01.2024", DateText.Short(new DateOnly(2024, 1, 9)));
        Assert.Equal("09 января 2024 г.", DateText.Long(new DateOnly(2024, 1, 9)));
        Assert.Equal("29 февраля 2024 г.", DateText.Long(new DateOnly(2024, 2, 29)));
    }

    [Theory]
    [InlineData(1, 3, "33,33", 2, true)]    // rounded
    [InlineData(1, 3, "33,3", 1, true)]
    [InlineData(2, 3, "66,67", 2, true)]    // rounded
    [InlineData(2, 3, "66,66", 2, true)]    // cut
    [InlineData(6, 9, "66,66", 2, true)]    // cut
    [InlineData(6, 9, "66,67", 2, true)]
    [InlineData(17, 122, "13,93", 2, true)]
    [InlineData(2, 6, "33,34", 2, false)]
    [InlineData(24, 46, "52,18", 2, false)]
    [InlineData(1, 2, "50", 0, true)]
    [InlineData(1, 8, "12,5", 1, true)]
    [InlineData(1, 8, "13", 0, true)]      // 12,5 rounded half away from zero
    [InlineData(1, 8, "12", 0, true)]      // 12,5 cut
    [InlineData(0, 5, "0", 0, true)]
    public void ShareCheck_Produces(int k, int n, string share, int decimals, bool expected) =>
        Assert.Equal(expected, ShareCheck.Produces(k, n, decimal.Parse(share, Numbers.Russian), decimals));

    [Theory]
    [InlineData("14,59", 2, null)]
    [InlineData("25,27", 2, null)]
    [InlineData("66,66", 2, 3)]
    [InlineData("33,33", 2, 3)]
    [InlineData("50", 0, 2)]
    [InlineData("0", 0, 1)]
    [InlineData("100", 0, 1)]
    [InlineData("12,5", 1, 8)]
    [InlineData("28,57", 2, 7)]
    [InlineData("83,33", 2, 6)]
    [InlineData("13,93", 2, null)]           // 17 of 122: too big a class for the check
    public void ShareCheck_SmallestClass(string share, int decimals, int? expected) =>
        Assert.Equal(expected, ShareCheck.SmallestClass(decimal.Parse(share, Numbers.Russian), decimals, 60));

    [Fact]
    public void ShareCheck_SmallestClass_respects_the_limit()
    {
        Assert.Equal(122, ShareCheck.SmallestClass(13.93m, 2, 200));
        Assert.Null(ShareCheck.SmallestClass(12.5m, 1, 7));
    }

    [Fact]
    public void ShareCheck_ToCount()
    {
        var bag = new DiagnosticBag();
        var span = new SourceSpan("x.csv", 3, 8);
        Assert.Equal(3, ShareCheck.ToCount(5.17m, 2, 58, "«2»", span, bag));
        Assert.Equal(6, ShareCheck.ToCount(66.66m, 2, 9, "«4 и 5»", span, bag));
        Assert.Empty(bag.Items);

        Assert.Equal(2, ShareCheck.ToCount(33.34m, 2, 6, "«4 и 5»", span, bag));
        var w = Assert.Single(bag.Items);
        Assert.Equal((Codes.ShareNotExact, Severity.Warning, span), (w.Code, w.Severity, w.Span));

        var bag2 = new DiagnosticBag();
        Assert.Null(ShareCheck.ToCount(50m, 0, 9, "«2»", span, bag2));
        var e = Assert.Single(bag2.Items);
        Assert.Equal((Codes.ShareImpossible, Severity.Error), (e.Code, e.Severity));
        Assert.Equal("x.csv(3,8): ошибка KR1013: доля «2» 50 % не получается ни при каком целом числе из 9 участников " +
                     "(4,5 чел.; ближайшее 5 из 9 = 55,56 %)", e.ToString());

        // the tolerance decides
        var bag3 = new DiagnosticBag();
        Assert.Equal(5, ShareCheck.ToCount(50m, 0, 9, "«2»", span, bag3, impossiblePupils: 0.5m));
        Assert.False(bag3.HasErrors);
    }

    [Theory]
    [InlineData("Момотовская СОШ", "Момотовской СОШ")]
    [InlineData("Казанская ООШ", "Казанской ООШ")]
    [InlineData("Челноковская ООШ", "Челноковской ООШ")]
    [InlineData("СОШ № 1", "СОШ № 1")]
    public void RussianForms_Locative(string name, string expected) => Assert.Equal(expected, RussianForms.Locative(name));

    [Fact]
    public void RussianForms_LocativeAdjective() =>
        Assert.Equal("Момотовской", RussianForms.LocativeAdjective("Момотовская СОШ"));

    [Theory]
    [InlineData(0, "школ")]
    [InlineData(1, "школа")]
    [InlineData(2, "школы")]
    [InlineData(4, "школы")]
    [InlineData(5, "школ")]
    [InlineData(11, "школ")]
    [InlineData(12, "школ")]
    [InlineData(14, "школ")]
    [InlineData(21, "школа")]
    [InlineData(22, "школы")]
    [InlineData(25, "школ")]
    [InlineData(101, "школа")]
    [InlineData(111, "школ")]
    [InlineData(-1, "школа")]
    public void RussianForms_Plural(long n, string expected) =>
        Assert.Equal(expected, RussianForms.Plural(n, "школа", "школы", "школ"));

    [Theory]
    [InlineData("13.934426", "13,93", "13,93")]
    [InlineData("6.9", "6,9", "6,90")]
    [InlineData("75", "75", "75,00")]
    [InlineData("0.005", "0,01", "0,01")]
    [InlineData("-8.765", "-8,77", "-8,77")]
    [InlineData("1234.5", "1234,5", "1\u00A0234,50")]
    public void Numbers_print_with_a_decimal_comma(string value, string format, string @fixed)
    {
        var v = decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(format, Numbers.Format(v));
        Assert.Equal(@fixed.Replace("\u00A0", ""), Numbers.Fixed(v).Replace("\u00A0", ""));
    }

    [Fact]
    public void School_locative_prefers_the_registry_form()
    {
        var s = new School("x", "Полное имя", "Момотовская СОШ", "МБОУ", "СОШ", null, null, null, null, null, null, SourceSpan.None);
        Assert.Equal("Момотовской СОШ", s.Locative);
        Assert.Equal("Особой СОШ", (s with { NameLocative = "Особой СОШ" }).Locative);
        Assert.Equal(4, (s with { Type = "НОШ" }).TopGrade);
    }

    [Theory]
    [InlineData("kazachinskaya", true)]
    [InlineData("school-2", true)]
    [InlineData("1-school", true)]
    [InlineData("evil/school", false)]
    [InlineData("..", false)]
    [InlineData("", false)]
    [InlineData("Kazanskaya", false)]
    [InlineData("школа", false)]
    [InlineData("a b", false)]
    public void School_ids(string id, bool valid) => Assert.Equal(valid, Ids.IsValid(id));
}
