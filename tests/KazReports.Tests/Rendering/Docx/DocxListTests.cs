using KazReports.Documents;
using Xunit;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace KazReports.Tests.Rendering.Docx;

/// <summary>Lists: numbering.xml definitions, one num per list, nested levels, continuation paragraphs.</summary>
public class DocxListTests
{
    private static W.Numbering Numbering(DocxProbe probe) =>
        probe.Main.NumberingDefinitionsPart?.Numbering ?? throw new Xunit.Sdk.XunitException("no numbering part");

    private static (int? Level, int? NumId) NumberOf(W.Paragraph paragraph)
    {
        var numbering = paragraph.ParagraphProperties?.NumberingProperties;
        return (numbering?.NumberingLevelReference?.Val?.Value, numbering?.NumberingId?.Val?.Value);
    }

    private static W.Level Level(W.Numbering numbering, int numId, int level)
    {
        var abstractId = numbering.Elements<W.NumberingInstance>().Single(n => n.NumberID?.Value == numId).AbstractNumId!.Val!.Value;
        return numbering.Elements<W.AbstractNum>().Single(a => a.AbstractNumberId?.Value == abstractId)
            .Elements<W.Level>().Single(l => l.LevelIndex?.Value == level);
    }

    [Fact]
    public void Every_list_gets_an_abstractNum_and_a_num_and_abstractNums_come_first()
    {
        using var probe = DocxProbe.Of(DocxSamples.NestedList(), DocxSamples.List(false, "а", "б"));
        probe.AssertValid();
        var numbering = Numbering(probe);

        // The nested sample holds three lists (numbered, bulleted, numbered), plus one bulleted list.
        Assert.Equal(4, numbering.Elements<W.AbstractNum>().Count());
        Assert.Equal(4, numbering.Elements<W.NumberingInstance>().Count());
        var kinds = numbering.ChildElements.Select(e => e.LocalName).ToList();
        Assert.Equal(kinds.OrderBy(k => k == "num" ? 1 : 0), kinds);
        Assert.All(numbering.Elements<W.AbstractNum>(), a => Assert.Equal(9, a.Elements<W.Level>().Count()));
    }

    [Fact]
    public void Items_are_numbered_at_their_nesting_level_with_growing_hanging_indents()
    {
        using var probe = DocxProbe.Of(DocxSamples.NestedList());
        var numbering = Numbering(probe);
        var paragraphs = probe.Paragraphs;
        Assert.Equal(
            [(0, 1), (1, 2), (1, 2), (2, 3), (0, 1), (null, null), (0, 1)],
            paragraphs.Select(NumberOf));
        Assert.All(paragraphs, p => Assert.Equal("ListParagraph", p.ParagraphProperties?.ParagraphStyleId?.Val?.Value));

        var top = Level(numbering, 1, 0);
        Assert.Equal(W.NumberFormatValues.Decimal, top.NumberingFormat?.Val?.Value);
        Assert.Equal("%1.", top.LevelText?.Val?.Value);
        var bullet = Level(numbering, 2, 1);
        Assert.Equal(W.NumberFormatValues.Bullet, bullet.NumberingFormat?.Val?.Value);
        Assert.Contains(bullet.LevelText?.Val?.Value, new[] { "–", "•" });
        Assert.Equal("%3.", Level(numbering, 3, 2).LevelText?.Val?.Value);

        var indents = Enumerable.Range(0, 3).Select(l => Level(numbering, 1, l).PreviousParagraphProperties!.GetFirstChild<W.Indentation>()!).ToList();
        Assert.All(indents, i => Assert.Equal("397", i.Hanging?.Value)); // 7 mm
        var lefts = indents.Select(i => int.Parse(i.Left!.Value!)).ToList();
        Assert.Equal(lefts.Order(), lefts);
        Assert.Equal(1106, lefts[0]); // 12,5 + 7 mm
    }

    [Fact]
    public void A_second_paragraph_of_an_item_is_indented_to_the_text_without_a_number()
    {
        using var probe = DocxProbe.Of(DocxSamples.NestedList());
        var continuation = probe.ParagraphWithText("Второй абзац");
        Assert.Null(continuation.ParagraphProperties?.NumberingProperties);
        Assert.Equal("1106", continuation.ParagraphProperties?.Indentation?.Left?.Value);
        Assert.Equal("0", continuation.ParagraphProperties?.Indentation?.FirstLine?.Value);
    }

    [Fact]
    public void Numbered_lists_restart_and_keep_their_start()
    {
        var second = new ListBlock(true, 5, [new ListItem([DocxSamples.P("пятый")], DocxSamples.At)], DocxSamples.At);
        using var probe = DocxProbe.Of(DocxSamples.List(true, "один", "два"), DocxSamples.P("между"), second);
        var numbering = Numbering(probe);
        var ids = probe.Paragraphs.Select(NumberOf).Where(n => n.NumId is not null).Select(n => n.NumId!.Value).ToList();
        Assert.Equal([1, 1, 2], ids);
        Assert.Equal(1, Level(numbering, 1, 0).StartNumberingValue?.Val?.Value);
        Assert.Equal(5, Level(numbering, 2, 0).StartNumberingValue?.Val?.Value);
        Assert.NotEqual(
            numbering.Elements<W.NumberingInstance>().ElementAt(0).AbstractNumId!.Val!.Value,
            numbering.Elements<W.NumberingInstance>().ElementAt(1).AbstractNumId!.Val!.Value);
    }

    [Fact]
    public void A_document_without_lists_has_no_numbering_part_and_an_item_without_paragraph_still_shows_its_number()
    {
        using (var probe = DocxProbe.Of(DocxSamples.P("текст")))
        {
            Assert.Null(probe.Main.NumberingDefinitionsPart);
        }

        var odd = new ListBlock(false, 1, [new ListItem([], DocxSamples.At), new ListItem([DocxSamples.SpannedTable()], DocxSamples.At)], DocxSamples.At);
        using (var probe = DocxProbe.Of(odd))
        {
            probe.AssertValid();
            Assert.Equal(2, probe.Body.Elements<W.Paragraph>().Count(p => p.ParagraphProperties?.NumberingProperties is not null));
        }
    }
}
