using KazReports.Documents;
using Xunit;
using W = DocumentFormat.OpenXml.Wordprocessing;
using ModelTable = KazReports.Documents.Table;
using ModelTableCell = KazReports.Documents.TableCell;
using ModelTableRow = KazReports.Documents.TableRow;
using Document = KazReports.Documents.Document;

namespace KazReports.Tests.Rendering.Docx;

/// <summary>Requisites laid out as on paper: blocks by indents, right tab stops, a borderless table.</summary>
public class DocxOfficialBlockTests
{
    // Portrait(): 170 mm of text = 9638 twips; stamp 80 mm = 4535; letterhead 85 mm = 4819.
    private const int ContentWidth = 9638;

    private static W.TabStop SingleTab(W.Paragraph paragraph) =>
        Assert.Single(paragraph.ParagraphProperties?.Tabs?.Elements<W.TabStop>() ?? []);

    [Fact]
    public void Signature_puts_the_last_position_line_and_the_name_on_one_line_with_a_right_tab()
    {
        using var probe = DocxProbe.Of(DocxSamples.P("текст"), DocxSamples.Signature());
        probe.AssertValid();
        var paragraph = probe.ParagraphWithText("И.О.\u00A0Фамилия");
        Assert.Contains("общего образования", paragraph.InnerText);
        Assert.StartsWith("Начальник отдела", paragraph.InnerText);

        var tab = SingleTab(paragraph);
        Assert.Equal(W.TabStopValues.Right, tab.Val?.Value);
        Assert.Equal(ContentWidth, tab.Position?.Value);

        // Position lines, break, last line, tab, name: in that order.
        var children = paragraph.Descendants().Where(e => e is W.Text or W.Break or W.TabChar).Select(e => e.LocalName + ":" + e.InnerText).ToList();
        Assert.Equal(["t:Начальник отдела", "br:", "t:общего образования", "tab:", "t:И.О.\u00A0Фамилия"], children);

        var properties = paragraph.ParagraphProperties!;
        Assert.Equal("480", properties.SpacingBetweenLines?.Before?.Value); // 24 pt
        Assert.Equal("0", properties.Indentation?.FirstLine?.Value);
        Assert.Equal(W.JustificationValues.Left, properties.Justification?.Val?.Value);
    }

    [Fact]
    public void Approval_stamp_is_a_left_aligned_block_at_the_right_edge_of_the_text()
    {
        using var probe = DocxProbe.Of(DocxSamples.Stamp(), DocxSamples.P("текст"));
        probe.AssertValid();
        var lines = probe.Paragraphs.Take(5).ToList();
        Assert.Equal("УТВЕРЖДАЮ", lines[0].InnerText);
        Assert.All(lines, p =>
        {
            Assert.Equal((ContentWidth - 4535).ToString(), p.ParagraphProperties?.Indentation?.Left?.Value);
            Assert.Equal("0", p.ParagraphProperties?.Indentation?.FirstLine?.Value);
            Assert.Equal(W.JustificationValues.Left, p.ParagraphProperties?.Justification?.Val?.Value);
        });
        Assert.Equal("240", lines[^1].ParagraphProperties?.SpacingBetweenLines?.After?.Value);
    }

    [Fact]
    public void Appendix_mark_and_a_lone_addressee_use_the_same_right_block()
    {
        var blocks = DocxSamples.EveryBlock().ToDictionary(b => b.Name, b => b.Block);
        using var probe = DocxProbe.Of(blocks["appendix"], DocxSamples.P("текст"), blocks["addressee"]);
        probe.AssertValid();
        Assert.Equal((ContentWidth - 4535).ToString(), probe.ParagraphWithText("Приложение 1").ParagraphProperties?.Indentation?.Left?.Value);
        Assert.Equal((ContentWidth - 4535).ToString(), probe.ParagraphWithText("Руководителям").ParagraphProperties?.Indentation?.Left?.Value);
    }

    [Fact]
    public void Letterhead_lines_are_centred_in_a_block_at_the_top_left_with_the_first_two_bold()
    {
        using var probe = DocxProbe.Of(DocxSamples.Letterhead(), DocxSamples.P("текст"));
        probe.AssertValid();
        var lines = probe.Paragraphs.Take(6).ToList();
        Assert.Equal("от 05.02.2024 № 01-14/3", lines[4].InnerText);
        Assert.All(lines, p =>
        {
            Assert.Equal((ContentWidth - 4819).ToString(), p.ParagraphProperties?.Indentation?.Right?.Value);
            Assert.Equal(W.JustificationValues.Center, p.ParagraphProperties?.Justification?.Val?.Value);
        });
        Assert.Equal([true, true, false, false, false, false], lines.Select(p => p.Descendants<W.Bold>().Any()));
    }

    [Fact]
    public void Letterhead_followed_by_addressee_sit_side_by_side_in_a_borderless_table()
    {
        using var probe = DocxProbe.Of(DocxSamples.Letter());
        probe.AssertValid();
        var table = Assert.Single(probe.Tables);
        var grid = table.GetFirstChild<W.TableGrid>()!.Elements<W.GridColumn>().Select(c => int.Parse(c.Width!.Value!)).ToList();
        Assert.Equal([4819, ContentWidth - 4819 - 4535, 4535], grid);
        Assert.Equal(W.BorderValues.None, table.GetFirstChild<W.TableProperties>()?.TableBorders?.InsideVerticalBorder?.Val?.Value);
        var cells = table.Descendants<W.TableCell>().ToList();
        Assert.StartsWith("МИНИСТЕРСТВО ОБРАЗОВАНИЯ", cells[0].InnerText);
        Assert.Equal("", cells[1].InnerText);
        Assert.StartsWith("Руководителям", cells[2].InnerText);
    }

    [Fact]
    public void Order_header_has_bold_authority_a_spaced_title_and_date_and_number_on_one_line()
    {
        var order = new OrderHeader("МИНИСТЕРСТВО ОБРАЗОВАНИЯ\nРЕСПУБЛИКИ", "ПРИКАЗ", "05.02.2024", "01-14/3", "г. Город", DocxSamples.At);
        using var probe = DocxProbe.Of(order, DocxSamples.P("текст"));
        probe.AssertValid();
        var lines = probe.Paragraphs.Take(5).ToList();
        Assert.Equal(["МИНИСТЕРСТВО ОБРАЗОВАНИЯ", "РЕСПУБЛИКИ", "ПРИКАЗ", "05.02.2024№\u00A001-14/3", "г. Город"], lines.Select(p => p.InnerText));
        Assert.All(lines.Take(3), p => Assert.NotNull(p.Descendants<W.Bold>().FirstOrDefault()));
        Assert.All(lines.Take(3).Append(lines[4]), p => Assert.Equal(W.JustificationValues.Center, p.ParagraphProperties?.Justification?.Val?.Value));
        Assert.Equal(60, lines[2].Descendants<W.Spacing>().Single().Val?.Value);

        var tab = SingleTab(lines[3]);
        Assert.Equal((W.TabStopValues.Right, ContentWidth), (tab.Val!.Value, tab.Position!.Value));
        Assert.Single(lines[3].Descendants<W.TabChar>());
    }

    [Fact]
    public void Executor_is_in_small_type_in_a_frame_at_the_bottom_left()
    {
        var executor = new Executor(["Исполнитель: Иванова А.А.", "тел. 8 (800) 000-00-00"], DocxSamples.At);
        using var probe = DocxProbe.Of(DocxSamples.P("текст"), executor);
        probe.AssertValid();
        var lines = probe.Paragraphs.Skip(1).ToList();
        Assert.Equal(2, lines.Count);
        Assert.All(lines, p =>
        {
            Assert.Equal("Executor", p.ParagraphProperties?.ParagraphStyleId?.Val?.Value);
            var frame = p.ParagraphProperties?.FrameProperties;
            Assert.NotNull(frame);
            Assert.Equal(W.VerticalAlignmentValues.Bottom, frame.YAlign?.Value);
            Assert.Equal(W.HorizontalAlignmentValues.Left, frame.XAlign?.Value);
            Assert.Equal(W.VerticalAnchorValues.Margin, frame.VerticalPosition?.Value);
            Assert.Equal(ContentWidth.ToString(), frame.Width?.Value);
        });
        Assert.NotNull(lines[0].ParagraphProperties?.KeepNext);
    }

    [Fact]
    public void A_section_ending_with_the_executor_puts_its_sectPr_outside_the_frame()
    {
        var executor = new Executor(["Исполнитель: Иванова А.А."], DocxSamples.At);
        var document = new Document(DocxSamples.Info, [
            new Section(DocxSamples.Portrait(), [DocxSamples.P("письмо"), executor], DocxSamples.At),
            new Section(DocxSamples.Portrait(), [DocxSamples.P("приложение")], DocxSamples.At),
        ]);
        using var probe = DocxProbe.Of(document);
        probe.AssertValid();
        var carrier = (W.Paragraph)probe.Body.Descendants<W.SectionProperties>().First().Parent!.Parent!;
        Assert.Null(carrier.ParagraphProperties?.FrameProperties);
        Assert.NotNull(carrier.PreviousSibling<W.Paragraph>()?.ParagraphProperties?.FrameProperties);
    }

    [Fact]
    public void Executor_inside_a_table_cell_is_not_framed()
    {
        var executor = new Executor(["Исполнитель: Иванова А.А."], DocxSamples.At);
        var table = new ModelTable([new TableColumn(1)], [new ModelTableRow([new ModelTableCell([executor])])], DocxSamples.At);
        using var probe = DocxProbe.Of(table);
        probe.AssertValid();
        var line = probe.ParagraphWithText("Исполнитель");
        Assert.Null(line.ParagraphProperties?.FrameProperties);
        Assert.Equal("Executor", line.ParagraphProperties?.ParagraphStyleId?.Val?.Value);
    }
}
