using System.Text;
using KazReports.Data.Loading;
using KazReports.Diagnostics;
using KazReports.Parsing;
using Xunit;

namespace KazReports.Tests.Foundation;

/// <summary>UTF-8 with or without BOM, UTF-16, and Windows-1251 as Excel in Russia writes it.</summary>
public class EncodingTests
{
    static EncodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static Encoding Cp1251 => Encoding.GetEncoding(1251);

    private const string Sample = "year;procedure;subject\n2023;ВПР;Русский язык\n2023;ОГЭ;Математика «база»\n";

    [Fact]
    public void Utf8_without_bom_is_read_silently()
    {
        var bag = new DiagnosticBag();
        Assert.Equal(Sample, TextDecoder.Decode(Encoding.UTF8.GetBytes(Sample), "u.csv", bag));
        Assert.Empty(bag.Items);
    }

    [Fact]
    public void Utf8_bom_is_dropped()
    {
        var bag = new DiagnosticBag();
        var text = TextDecoder.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Sample)], "u.csv", bag);
        Assert.Equal(Sample, text);
        Assert.Empty(bag.Items);
    }

    [Fact]
    public void Utf16_with_bom_is_read()
    {
        var bag = new DiagnosticBag();
        Assert.Equal(Sample, TextDecoder.Decode([0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Sample)], "u.csv", bag));
        Assert.Equal(Sample, TextDecoder.Decode([0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Sample)], "u.csv", bag));
        Assert.Empty(bag.Items);
    }

    [Fact]
    public void Windows_1251_is_read_with_warning_KR1032_on_the_first_cyrillic_line()
    {
        var bag = new DiagnosticBag();
        var text = TextDecoder.Decode(Cp1251.GetBytes(Sample), "w.csv", bag);
        Assert.Equal(Sample, text);
        var d = Assert.Single(bag.Items);
        Assert.Equal(Codes.EncodingGuessed, d.Code);
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Equal(("w.csv", 2, 1), (d.Span.File, d.Span.Line, d.Span.Column));
    }

    [Fact]
    public void Windows_1251_warning_points_at_a_late_line()
    {
        var text = "year;procedure\n" + string.Concat(Enumerable.Range(0, 40).Select(i => $"20{i:00};x\n")) + "2023;ВПР\n";
        var bag = new DiagnosticBag();
        Assert.Equal(text, TextDecoder.Decode(Cp1251.GetBytes(text), "w.csv", bag));
        var d = Assert.Single(bag.Items);
        Assert.Equal(Codes.EncodingGuessed, d.Code);
        Assert.Equal(42, d.Span.Line);
    }

    [Fact]
    public void Bytes_that_are_neither_utf8_nor_1251_text_are_KR1009()
    {
        var bag = new DiagnosticBag();
        byte[] bytes = [.. Encoding.ASCII.GetBytes("year;x\n2023;"), 0x80, 0x81, 0x82, 0x83, 0x84, 0x85, 0x0A];
        TextDecoder.Decode(bytes, "g.csv", bag);
        var d = Assert.Single(bag.Items);
        Assert.Equal(Codes.BadEncoding, d.Code);
        Assert.Equal(Severity.Error, d.Severity);
        Assert.Equal(2, d.Span.Line);
    }

    [Fact]
    public void Utf8_bom_followed_by_1251_bytes_is_KR1009()
    {
        var bag = new DiagnosticBag();
        TextDecoder.Decode([0xEF, 0xBB, 0xBF, .. Cp1251.GetBytes(Sample)], "b.csv", bag);
        Assert.Equal(Codes.BadEncoding, Assert.Single(bag.Items).Code);
    }

    [Fact]
    public void Results_file_in_windows_1251_loads_the_same_results_with_KR1032()
    {
        using var t = new TempData();
        var text = t.Read(Repo.ResultsCsv);
        var bytes = Cp1251.GetBytes(text);
        Assert.Equal(text, Cp1251.GetString(bytes)); // every character of the file exists in 1251
        t.WriteBytes(Repo.ResultsCsv, bytes);
        var (data, bag) = t.Load();
        Assert.Equal(0, bag.ErrorCount);
        var d = Assert.Single(bag.Items, d => d.Code == Codes.EncodingGuessed);
        Assert.Equal((t.Display(Repo.ResultsCsv), 2, 1), (d.Span.File, d.Span.Line, d.Span.Column));
        Assert.Equal(Repo.Diagnostics.WarningCount + 1, bag.WarningCount);
        CsvTests.AssertSameResults(Repo.Data.Results, data!.Results);
        Assert.Equal("табл. ВПР 5 кл. 2023, табл. по школам, динамика 5 кл.",
            data.Results.Single(r => r.Year == 2023 && r.Grade == 5 && r.Subject == "rus" && r.SchoolId == "kazachinskaya").Source);

        var (code, stdout, stderr) = t.Cli("validate");
        Assert.Equal(0, code);
        Assert.Contains($"{t.Display(Repo.ResultsCsv)}(2,1): предупреждение KR1032: файл не в UTF-8: прочитан как Windows-1251", stderr);
        Assert.Contains("данные в порядке", stdout);
    }

    [Fact]
    public void Yaml_in_windows_1251_is_read_too()
    {
        using var t = new TempData();
        var text = t.Read("schools.yaml");
        Assert.Equal(text, Cp1251.GetString(Cp1251.GetBytes(text)));
        t.WriteBytes("schools.yaml", Cp1251.GetBytes(text));
        var (data, bag) = t.Load();
        Assert.Equal(0, bag.ErrorCount);
        Assert.Contains(bag.Items, d => d.Code == Codes.EncodingGuessed && d.Span.File == t.Display("schools.yaml"));
        Assert.Equal("Казачинская СОШ", data!.School("kazachinskaya").ShortName);
    }
}
