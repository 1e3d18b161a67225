using Xunit;
using W = DocumentFormat.OpenXml.Wordprocessing;
using static KazReports.Tests.Rendering.Docx.DocxSamples;

namespace KazReports.Tests.Rendering.Docx;

/// <summary>Clauses typed «1. …», «2. …» become real Word numbering.</summary>
public class DocxClauseTests
{
    [Fact]
    public void Consecutive_numbered_paragraphs_become_one_numbered_list_without_the_typed_numbers()
    {
        using var probe = DocxProbe.Of(
            P("ПРИКАЗЫВАЮ:"),
            P("1. Утвердить перечень школ."),
            P("2. Контроль оставляю за собой."),
            P("Текст между."),
            P("1. Одинокий пункт не нумеруется."),
            P("3. Не по порядку."));
        probe.AssertValid();
        var first = probe.ParagraphWithText("Утвердить перечень школ.");
        var second = probe.ParagraphWithText("Контроль оставляю за собой.");
        Assert.Equal("Утвердить перечень школ.", first.InnerText);
        var numId = first.ParagraphProperties?.NumberingProperties?.NumberingId?.Val?.Value;
        Assert.NotNull(numId);
        Assert.Equal(numId, second.ParagraphProperties?.NumberingProperties?.NumberingId?.Val?.Value);
        Assert.Equal(0, first.ParagraphProperties?.NumberingProperties?.NumberingLevelReference?.Val?.Value);

        // Single or out-of-order numbers stay typed text.
        Assert.Equal("1. Одинокий пункт не нумеруется.", probe.ParagraphWithText("Одинокий пункт").InnerText);
        Assert.Null(probe.ParagraphWithText("Не по порядку").ParagraphProperties?.NumberingProperties);

        var numbering = probe.Main.NumberingDefinitionsPart!.Numbering!;
        var num = numbering.Elements<W.NumberingInstance>().Single(n => n.NumberID!.Value == numId);
        var level = numbering.Elements<W.AbstractNum>().Single(a => a.AbstractNumberId!.Value == num.AbstractNumId!.Val!.Value)
            .Elements<W.Level>().First();
        Assert.Equal(1, level.StartNumberingValue!.Val!.Value);
        Assert.Equal("%1.", level.LevelText!.Val!.Value);
        Assert.Equal(W.LevelSuffixValues.Space, level.LevelSuffix!.Val!.Value);
        Assert.Equal("0", level.PreviousParagraphProperties!.Indentation!.Left!.Value);
        Assert.Equal("709", level.PreviousParagraphProperties!.Indentation!.FirstLine!.Value);
    }
}
