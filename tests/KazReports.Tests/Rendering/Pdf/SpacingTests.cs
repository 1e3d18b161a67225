using KazReports.Documents;
using KazReports.Rendering.Pdf.Layout;
using KazReports.Tests.Rendering.Docx;
using W = DocumentFormat.OpenXml.Wordprocessing;
using static KazReports.Tests.Rendering.Pdf.PdfSamples;

namespace KazReports.Tests.Rendering.Pdf;

/// <summary>The theme's space around a letter's subject, the salutation, «ПРИКАЗЫВАЮ:» and tables, the same in PDF and DOCX.</summary>
public sealed class SpacingTests
{
    private static Paragraph Subject() => new([new Run("Об адресных рекомендациях", RunStyle.Bold)], At, Alignment: Alignment.Left, FirstLineIndent: false);

    private static Document Letter() => Of(
        Subject(),
        P("Уважаемый руководитель!", alignment: Alignment.Center, indent: false),
        P("Направляем результаты."),
        P("ПРИКАЗЫВАЮ:", indent: false),
        P("Текст над таблицей."),
        new Table([new TableColumn(1)], [new TableRow([C("Ячейка")])], At),
        P("Текст под таблицей."));

    [Fact]
    public void The_pdf_puts_the_themes_space_around_each_part()
    {
        var theme = Theme.Default;
        var report = Render(Letter()).Report;
        LayoutRecord Line(string text) => report.FindLine(text)!;
        float Gap(LayoutRecord above, float belowTop) => belowTop - above.Bottom;

        Assert.Equal((float)theme.TitleSpacePt, Gap(Line("Об адресных"), Line("Уважаемый").Y), 1);
        Assert.Equal((float)theme.SalutationSpacePt, Gap(Line("Уважаемый"), Line("Направляем").Y), 1);
        Assert.Equal((float)theme.OrderWordSpacePt, Gap(Line("Направляем"), Line("ПРИКАЗЫВАЮ").Y), 1);
        Assert.Equal((float)theme.OrderWordSpacePt, Gap(Line("ПРИКАЗЫВАЮ"), Line("Текст над").Y), 1);
        var cell = report.Records.Single(r => r.Kind == LayoutRecord.Cell);
        Assert.Equal((float)theme.TableSpacePt, Gap(Line("Текст над"), cell.Y), 1);
        Assert.Equal((float)theme.TableSpacePt, Line("Текст под").Y - cell.Bottom, 1);

        // A theme of no space sets the parts tight.
        var tight = theme with { TitleSpacePt = 0, SalutationSpacePt = 0, OrderWordSpacePt = 0, TableSpacePt = 0 };
        var plain = Render(Letter(), tight).Report;
        Assert.Equal(plain.FindLine("Об адресных")!.Bottom, plain.FindLine("Уважаемый")!.Y, 1);
    }

    [Fact]
    public void The_docx_sets_each_gap_once_on_the_paragraph_above_or_below_a_table()
    {
        using var probe = DocxProbe.Of(Letter());
        probe.AssertValid();
        string? After(string text) => probe.ParagraphWithText(text).ParagraphProperties?.SpacingBetweenLines?.After?.Value;
        string? Before(string text) => probe.ParagraphWithText(text).ParagraphProperties?.SpacingBetweenLines?.Before?.Value;
        Assert.Equal("320", After("Об адресных рекомендациях"));
        Assert.Null(Before("Уважаемый руководитель!"));
        Assert.Equal("320", After("Уважаемый руководитель!"));
        Assert.Equal("320", After("Направляем результаты."));
        Assert.Equal("320", After("ПРИКАЗЫВАЮ:"));
        Assert.Equal("240", After("Текст над таблицей."));
        Assert.Equal("240", Before("Текст под таблицей."));
        Assert.Null(probe.Tables.Single().Descendants<W.Paragraph>().Single().ParagraphProperties?.SpacingBetweenLines);
    }
}
