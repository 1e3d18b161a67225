using KazReports.Documents;
using Xunit;
using W = DocumentFormat.OpenXml.Wordprocessing;
using ModelParagraph = KazReports.Documents.Paragraph;

namespace KazReports.Tests.Rendering.Docx;

/// <summary>styles.xml holds real Word styles from the theme; paragraphs name them and override them.</summary>
public class DocxStyleTests
{
    private static string? Size(W.Style style) => style.StyleRunProperties?.FontSize?.Val?.Value;

    [Fact]
    public void Normal_follows_the_theme()
    {
        using var probe = DocxProbe.Of(DocxSamples.P("текст"));
        var normal = probe.Style("Normal");
        Assert.True(normal.Default?.Value);
        Assert.Equal(W.StyleValues.Paragraph, normal.Type?.Value);
        Assert.Equal("28", Size(normal));
        var paragraph = normal.StyleParagraphProperties!;
        Assert.Equal(W.JustificationValues.Both, paragraph.Justification?.Val?.Value);
        Assert.Equal("709", paragraph.Indentation?.FirstLine?.Value); // 12,5 mm
        Assert.Equal("240", paragraph.SpacingBetweenLines?.Line?.Value);
        Assert.Equal("0", paragraph.SpacingBetweenLines?.After?.Value);
    }

    [Fact]
    public void Headings_are_bold_kept_with_next_and_on_outline_levels()
    {
        using var probe = DocxProbe.Of(DocxSamples.H(1, "Заголовок"), DocxSamples.H(2, "Подзаголовок"), DocxSamples.P("текст"));
        for (var level = 1; level <= 3; level++)
        {
            var heading = probe.Style("Heading" + level);
            Assert.Equal("heading " + level, heading.StyleName?.Val?.Value);
            Assert.Equal("Normal", heading.BasedOn?.Val?.Value);
            Assert.Equal("Normal", heading.NextParagraphStyle?.Val?.Value);
            Assert.Equal("28", Size(heading));
            Assert.NotNull(heading.StyleRunProperties?.Bold);
            Assert.NotNull(heading.StyleParagraphProperties?.KeepNext);
            Assert.Equal(level - 1, heading.StyleParagraphProperties?.OutlineLevel?.Val?.Value);
        }

        Assert.Equal(W.JustificationValues.Center, probe.Style("Heading1").StyleParagraphProperties?.Justification?.Val?.Value);
        Assert.Equal(["Heading1", "Heading2", "(none)"], probe.Paragraphs.Select(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "(none)"));
    }

    [Fact]
    public void Title_TableText_Small_ListParagraph_and_the_KazTable_style_exist()
    {
        using var probe = DocxProbe.Of(DocxSamples.P("текст"));
        Assert.Equal(W.JustificationValues.Center, probe.Style("Title").StyleParagraphProperties?.Justification?.Val?.Value);
        Assert.NotNull(probe.Style("Title").StyleRunProperties?.Bold);

        var tableText = probe.Style("TableText");
        Assert.Equal("24", Size(tableText));
        Assert.Equal("0", tableText.StyleParagraphProperties?.Indentation?.FirstLine?.Value);
        Assert.Equal(W.JustificationValues.Left, tableText.StyleParagraphProperties?.Justification?.Val?.Value);
        Assert.Equal("20", Size(probe.Style("Small")));
        Assert.Equal("List Paragraph", probe.Style("ListParagraph").StyleName?.Val?.Value);

        var table = probe.Style("KazTable");
        Assert.Equal(W.StyleValues.Table, table.Type?.Value);
        var borders = table.StyleTableProperties?.TableBorders;
        Assert.Equal(W.BorderValues.Single, borders?.InsideVerticalBorder?.Val?.Value);
        Assert.Equal(4u, borders?.TopBorder?.Size?.Value); // 0,5 pt in eighths
        Assert.Equal((short)85, table.StyleTableProperties?.TableCellMarginDefault?.TableCellLeftMargin?.Width?.Value); // 1,5 mm
    }

    [Fact]
    public void Defaults_name_the_theme_font_for_every_script_and_Russian()
    {
        var theme = Theme.Default with { FontFamilies = ["PT Serif", "Liberation Serif"], BodySizePt = 12, TableSizePt = 11 };
        using var probe = DocxProbe.Of(DocxSamples.Of(DocxSamples.P("текст")), theme);
        probe.AssertValid();
        var defaults = probe.Main.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        var fonts = defaults.RunFonts!;
        Assert.Equal("PT Serif|PT Serif|PT Serif|PT Serif", string.Join('|', fonts.Ascii?.Value, fonts.HighAnsi?.Value, fonts.EastAsia?.Value, fonts.ComplexScript?.Value));
        Assert.Equal("ru-RU", defaults.Languages?.Val?.Value);
        Assert.Equal("24", defaults.FontSize?.Val?.Value);
        Assert.Equal("24", Size(probe.Style("Normal")));
        Assert.Equal("22", Size(probe.Style("TableText")));
        Assert.Equal("ru-RU", probe.Main.DocumentSettingsPart?.Settings?.GetFirstChild<W.ThemeFontLanguages>()?.Val?.Value);
    }

    [Fact]
    public void Paragraphs_name_their_style_and_override_it_only_when_asked()
    {
        using var probe = DocxProbe.Of(
            DocxSamples.P("обычный"),
            DocxSamples.P("мелкий", "Small"),
            DocxSamples.P("заглавие", "Title"),
            new ModelParagraph(Inlines.Text("справа"), DocxSamples.At, "Normal", Alignment.Right, FirstLineIndent: false, KeepWithNext: true),
            new ModelParagraph(Inlines.Text("с отступом"), DocxSamples.At, "Small", FirstLineIndent: true));
        var paragraphs = probe.Paragraphs;
        Assert.Null(paragraphs[0].ParagraphProperties);
        Assert.Equal("Small", paragraphs[1].ParagraphProperties?.ParagraphStyleId?.Val?.Value);
        Assert.Equal("Title", paragraphs[2].ParagraphProperties?.ParagraphStyleId?.Val?.Value);
        var right = paragraphs[3].ParagraphProperties!;
        Assert.Equal(W.JustificationValues.Right, right.Justification?.Val?.Value);
        Assert.Equal("0", right.Indentation?.FirstLine?.Value);
        Assert.NotNull(right.KeepNext);
        Assert.Equal("709", paragraphs[4].ParagraphProperties?.Indentation?.FirstLine?.Value);
    }

    [Fact]
    public void Runs_carry_their_styles_spaces_breaks_and_page_fields()
    {
        var block = DocxSamples.EveryBlock().Single(b => b.Name == "paragraph").Block;
        using var probe = DocxProbe.Of(block);
        var paragraph = Assert.Single(probe.Paragraphs);
        var runs = paragraph.Elements<W.Run>().ToList();
        W.Run RunWith(string text) => runs.First(r => r.InnerText == text);

        Assert.NotNull(RunWith("Жирный ").RunProperties?.Bold);
        Assert.NotNull(RunWith("курсив ").RunProperties?.Italic);
        Assert.Equal(W.UnderlineValues.Single, RunWith("подчёркнутый ").RunProperties?.Underline?.Val?.Value);
        var scripts = runs.Where(r => r.InnerText == "2").Select(r => r.RunProperties?.VerticalTextAlignment?.Val?.Value).ToList();
        Assert.Equal([W.VerticalPositionValues.Superscript, W.VerticalPositionValues.Subscript], scripts);

        var text = paragraph.Descendants<W.Text>().Single(t => t.Text.Contains("двойной"));
        Assert.Equal("O  двойной\u00A0пробел", text.Text);
        Assert.Equal(DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve, text.Space?.Value);
        Assert.Single(paragraph.Descendants<W.Break>());
        Assert.Equal(" PAGE ", paragraph.Descendants<W.FieldCode>().Single().Text);
        Assert.Equal(3, paragraph.Descendants<W.FieldChar>().Count());
    }

    [Fact]
    public void Carriage_returns_and_control_characters_are_dropped_tabs_and_newlines_kept()
    {
        using var probe = DocxProbe.Of(new ModelParagraph([new Run("а\r\nб\tв\u0007г")], DocxSamples.At));
        probe.AssertValid();
        var run = Assert.Single(probe.Paragraphs).Elements<W.Run>().Single();
        Assert.Equal(["t:а", "br:", "t:б", "tab:", "t:вг"], run.ChildElements.Select(e => e.LocalName + ":" + e.InnerText));
    }
}
