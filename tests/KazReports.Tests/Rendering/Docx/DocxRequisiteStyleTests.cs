using KazReports.Documents;
using Xunit;
using W = DocumentFormat.OpenXml.Wordprocessing;
using static KazReports.Tests.Rendering.Docx.DocxSamples;

namespace KazReports.Tests.Rendering.Docx;

/// <summary>The requisites of official documents are named Word paragraph styles.</summary>
public class DocxRequisiteStyleTests
{
    [Fact]
    public void Each_requisite_block_is_set_in_its_named_style()
    {
        using var probe = DocxProbe.Of(
            Letterhead(),
            Stamp(),
            new AppendixMark(["Приложение 1", "к приказу от 01.02.2024 № 19"], At),
            new Addressee(["Руководителю", "МБОУ Мокрушинская СОШ"], At),
            P("Текст письма."),
            Signature(),
            new Executor(["Исполнитель: специалист", "тел. 21-4-04"], At));
        probe.AssertValid();
        string? StyleOf(string text) => probe.ParagraphWithText(text).ParagraphProperties?.ParagraphStyleId?.Val?.Value;

        Assert.Equal("Letterhead", StyleOf(Letterhead().Lines[0]));
        Assert.Equal("ApprovalStamp", StyleOf("УТВЕРЖДАЮ"));
        Assert.Equal("AppendixMark", StyleOf("Приложение 1"));
        Assert.Equal("Addressee", StyleOf("Руководителю"));
        Assert.Equal("Executor", StyleOf("тел. 21-4-04"));
        var signature = probe.Paragraphs.Single(p => p.InnerText.Contains("Фамилия", StringComparison.Ordinal) && p.InnerText.Contains("Начальник", StringComparison.Ordinal));
        Assert.Equal("Signature", signature.ParagraphProperties?.ParagraphStyleId?.Val?.Value);

        var names = new Dictionary<string, string>
        {
            ["Letterhead"] = "Бланк", ["Addressee"] = "Адресат", ["ApprovalStamp"] = "Гриф утверждения",
            ["AppendixMark"] = "Отметка о приложении", ["Signature"] = "Подпись", ["Executor"] = "Исполнитель",
        };
        foreach (var (id, name) in names)
        {
            var style = probe.Style(id);
            Assert.Equal(name, style.StyleName?.Val?.Value);
            Assert.Equal(W.StyleValues.Paragraph, style.Type?.Value);
            Assert.Equal("Normal", style.BasedOn?.Val?.Value);
            // Set without hyphens, as the PDF sets them (LibreOffice hyphenated «Каза-чинское» in the letterhead).
            Assert.NotNull(style.StyleParagraphProperties?.SuppressAutoHyphens);
        }

        Assert.Equal("20", probe.Style("Executor").StyleRunProperties?.FontSize?.Val?.Value);
    }
}
