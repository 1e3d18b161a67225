using System.Text;
using KazReports.Documents;
using KazReports.Rendering.Html;
using KazReports.Rendering.Pdf.Layout;
using KazReports.Tests.Rendering.Docx;
using W = DocumentFormat.OpenXml.Wordprocessing;
using static KazReports.Tests.Rendering.Pdf.PdfSamples;

namespace KazReports.Tests.Rendering.Pdf;

/// <summary>
/// The theme's space around a letter's subject, the salutation, «ПРИКАЗЫВАЮ:» (paragraph styles the
/// templates set) and tables, the same in PDF, DOCX and HTML; no space is given by what a line says.
/// </summary>
public sealed class SpacingTests
{
    private static Paragraph Subject() =>
        new([new Run("Об адресных рекомендациях", RunStyle.Bold)], At, StyleNames.Subject);

    private static Document Letter() => Of(
        Subject(),
        P("Уважаемый руководитель!", StyleNames.Salutation),
        P("Направляем результаты."),
        P("ПРИКАЗЫВАЮ:", StyleNames.OrderWord),
        P("Текст над таблицей."),
        new Table([new TableColumn(1)], [new TableRow([C("Ячейка")])], At),
        P("Текст под таблицей."));

    private static float Gap(LayoutReport report, string above, string below) => report.FindLine(below)!.Y - report.FindLine(above)!.Bottom;

    [Fact]
    public void The_pdf_puts_the_themes_space_around_each_part()
    {
        var theme = Theme.Default;
        var report = Render(Letter()).Report;

        Assert.Equal((float)theme.TitleSpacePt, Gap(report, "Об адресных", "Уважаемый"), 1);
        Assert.Equal((float)theme.SalutationSpacePt, Gap(report, "Уважаемый", "Направляем"), 1);
        Assert.Equal((float)theme.OrderWordSpacePt, Gap(report, "Направляем", "ПРИКАЗЫВАЮ"), 1);
        Assert.Equal((float)theme.OrderWordSpacePt, Gap(report, "ПРИКАЗЫВАЮ", "Текст над"), 1);
        var cell = report.Records.Single(r => r.Kind == LayoutRecord.Cell);
        Assert.Equal((float)theme.TableSpacePt, cell.Y - report.FindLine("Текст над")!.Bottom, 1);
        Assert.Equal((float)theme.TableSpacePt, report.FindLine("Текст под")!.Y - cell.Bottom, 1);

        // Salutation and order word are set without indent, the salutation centred.
        var margin = report.FindLine("Текст под")!.X - (float)(theme.FirstLineIndentMm * 72 / 25.4);
        Assert.Equal(margin, report.FindLine("ПРИКАЗЫВАЮ")!.X, 0.5);
        Assert.True(report.FindLine("Уважаемый")!.X > margin + 100);
    }

    [Theory]
    [InlineData(StyleNames.Subject, "Об адресных рекомендациях")]
    [InlineData(StyleNames.Salutation, "Уважаемый руководитель!")]
    [InlineData(StyleNames.OrderWord, "ПРИКАЗЫВАЮ:")]
    public void A_part_at_the_foot_of_a_page_moves_with_the_text_it_introduces(string style, string text)
    {
        // Wherever the page ends near the part (room for 1 to 8 more lines), it is on the page of the text after it.
        var lines = (int)Math.Floor(ContentHeight / BodyLine);
        for (var room = 1; room <= 8; room++)
        {
            var filler = new Paragraph(Inlines.Text(string.Join("\n", Enumerable.Range(1, lines - room).Select(i => "строка " + i))), At);
            var report = Render(Of(filler, P(text, style), P(Prose))).Report;
            var part = report.FindLine(text[..10])!;
            var next = report.Lines().First(l => l.Page >= part.Page && l.Y > (l.Page == part.Page ? part.Y : 0) && !l.Text.StartsWith("строка", StringComparison.Ordinal) && l != part);
            Assert.True(part.Page == next.Page, $"{style}, room {room}: the part on page {part.Page}, the text after it on page {next.Page}");
        }

        using var probe = DocxProbe.Of(Letter(), Theme.Default);
        Assert.NotNull(probe.Style(style).StyleParagraphProperties!.KeepNext);
        Assert.Contains(".subject,.salutation,.order-word{break-after:avoid}", Html.HtmlText.Of(Letter()), StringComparison.Ordinal);
    }

    [Fact]
    public void Changing_the_themes_space_changes_the_gap_in_pdf_docx_and_html()
    {
        var theme = Theme.Default with { TitleSpacePt = 7, SalutationSpacePt = 30, OrderWordSpacePt = 21, TableSpacePt = 0 };
        var report = Render(Letter(), theme).Report;
        Assert.Equal(30, Gap(report, "Об адресных", "Уважаемый"), 1);
        Assert.Equal(30, Gap(report, "Уважаемый", "Направляем"), 1);
        Assert.Equal(21, Gap(report, "Направляем", "ПРИКАЗЫВАЮ"), 1);

        using var probe = DocxProbe.Of(Letter(), theme);
        probe.AssertValid();
        W.SpacingBetweenLines Spacing(string style) => probe.Style(style).StyleParagraphProperties!.SpacingBetweenLines!;
        Assert.Equal(("140", "140"), (Spacing("Subject").Before!.Value, Spacing("Subject").After!.Value));
        Assert.Equal(("600", "600"), (Spacing("Salutation").Before!.Value, Spacing("Salutation").After!.Value));
        Assert.Equal(("420", "420"), (Spacing("OrderWord").Before!.Value, Spacing("OrderWord").After!.Value));
        Assert.Equal("Обращение", probe.Style("Salutation").StyleName!.Val!.Value);
        Assert.Equal("Salutation", probe.ParagraphWithText("Уважаемый").ParagraphProperties!.ParagraphStyleId!.Val!.Value);

        var html = Html.HtmlText.Of(Letter(), theme);
        Assert.Contains(".salutation{text-indent:0;text-align:center;margin:30pt 0 30pt}", html, StringComparison.Ordinal);
        Assert.Contains(".subject{text-indent:0;text-align:left;margin:7pt 0 7pt}", html, StringComparison.Ordinal);
        Assert.Contains(".order-word{text-indent:0;text-align:left;margin:21pt 0 21pt}", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"salutation\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_docx_shows_one_gap_where_two_spaced_parts_meet_and_spaces_a_table_on_one_side()
    {
        using var probe = DocxProbe.Of(Letter());
        probe.AssertValid();
        W.SpacingBetweenLines? Direct(string text) => probe.ParagraphWithText(text).ParagraphProperties?.SpacingBetweenLines;
        Assert.Equal("Subject", probe.ParagraphWithText("Об адресных").ParagraphProperties!.ParagraphStyleId!.Val!.Value);
        Assert.Null(Direct("Об адресных"));
        // The subject's space after and the salutation's space before meet: Word would add them, so one goes.
        Assert.Equal("0", Direct("Уважаемый руководитель!")!.Before!.Value);
        Assert.Null(Direct("ПРИКАЗЫВАЮ:"));
        Assert.Equal("240", Direct("Текст над таблицей.")!.After!.Value);
        Assert.Equal("240", Direct("Текст под таблицей.")!.Before!.Value);
        Assert.Null(probe.Tables.Single().Descendants<W.Paragraph>().Single().ParagraphProperties?.SpacingBetweenLines);
    }

    [Fact]
    public void No_line_gets_space_for_what_it_says()
    {
        // A centred line ending in «!», a bold line without indent and a word in capitals with a colon,
        // all plain body paragraphs: no space around them in the PDF, no spacing or role style in the DOCX.
        var document = Of(
            P("Первый абзац."),
            P("Ура, каникулы!", alignment: Alignment.Center, indent: false),
            new Paragraph([new Run("Итоги года", RunStyle.Bold)], At, Alignment: Alignment.Left, FirstLineIndent: false),
            P("ИТОГО:", indent: false),
            P("Последний абзац."));
        var report = Render(document).Report;
        Assert.Equal(0, Gap(report, "Первый абзац", "Ура, каникулы"), 0.5);
        Assert.Equal(0, Gap(report, "Ура, каникулы", "Итоги года"), 0.5);
        Assert.Equal(0, Gap(report, "Итоги года", "ИТОГО"), 0.5);
        Assert.Equal(0, Gap(report, "ИТОГО", "Последний"), 0.5);

        using var probe = DocxProbe.Of(document);
        foreach (var text in new[] { "Первый абзац.", "Ура, каникулы!", "Итоги года", "ИТОГО:", "Последний абзац." })
        {
            var properties = probe.ParagraphWithText(text).ParagraphProperties;
            Assert.Null(properties?.SpacingBetweenLines);
            Assert.Null(properties?.ParagraphStyleId);
        }
    }
}
