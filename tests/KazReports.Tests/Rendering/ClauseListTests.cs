using System.Text;
using KazReports.Documents;
using KazReports.Rendering.Html;
using KazReports.Tests.Rendering.Docx;
using W = DocumentFormat.OpenXml.Wordprocessing;
using static KazReports.Tests.Rendering.Pdf.PdfSamples;

namespace KazReports.Tests.Rendering;

/// <summary>
/// Clause lists (an order's clauses, a letter's recommendations): numbered by the list, never by
/// typed text — Word numbering in the DOCX, numbers drawn by the PDF, &lt;ol class="clauses"&gt; in HTML.
/// </summary>
public sealed class ClauseListTests
{
    private const string Long = "Руководителям общеобразовательных организаций Казачинского района организовать работу "
        + "в соответствии с дорожной картой и представить отчёт в отдел образования до конца учебного года.";

    private static ListBlock Clauses(int start, params string[] items) =>
        new(true, start, items.Select(i => new ListItem([P(i)], At)).ToList(), At, ListKind.Clauses);

    private static Document Order(params Block[] after) => Of([P("ПРИКАЗЫВАЮ:", StyleNames.OrderWord), .. after, P("Текст после.")]);

    [Fact]
    public void The_pdf_draws_the_numbers_at_the_indent_and_wraps_the_text_to_the_margin()
    {
        var result = Render(Order(Clauses(1, "Утвердить перечень школ.", Long, "Контроль оставляю за собой.")));
        var report = result.Report;
        var margin = report.FindLine("Текст после")!.X - (float)(Theme.Default.FirstLineIndentMm * 72 / 25.4);
        var first = report.FindLine("Утвердить перечень")!;
        Assert.StartsWith("1. Утвердить", first.Text.Replace('\u00A0', ' '), StringComparison.Ordinal);
        Assert.Equal(margin + (float)(Theme.Default.FirstLineIndentMm * 72 / 25.4), first.X, 0.5);
        Assert.StartsWith("2. Руководителям", report.FindLine("Руководителям")!.Text.Replace('\u00A0', ' '), StringComparison.Ordinal);
        Assert.StartsWith("3. Контроль", report.FindLine("Контроль")!.Text.Replace('\u00A0', ' '), StringComparison.Ordinal);
        // The second line of clause 2 starts at the left margin.
        var lines = report.Lines().ToList();
        var wrapped = lines[lines.IndexOf(report.FindLine("Руководителям")!) + 1];
        Assert.Equal(margin, wrapped.X, 0.5);
        var text = KazReports.Tests.Rendering.Pdf.PdfTools.Text(result.Pdf).Replace('\u00A0', ' ');
        Assert.Contains("1. Утвердить перечень школ.", string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    [Fact]
    public void The_docx_numbers_each_clause_with_word_numbering_from_the_lists_start()
    {
        using var probe = DocxProbe.Of(Order(Clauses(4, "Утвердить перечень школ.", "Контроль оставляю за собой.")));
        probe.AssertValid();
        var first = probe.ParagraphWithText("Утвердить перечень школ.");
        var second = probe.ParagraphWithText("Контроль оставляю за собой.");
        Assert.Equal("Утвердить перечень школ.", first.InnerText);
        var numId = first.ParagraphProperties?.NumberingProperties?.NumberingId?.Val?.Value;
        Assert.NotNull(numId);
        Assert.Equal(numId, second.ParagraphProperties?.NumberingProperties?.NumberingId?.Val?.Value);
        Assert.Null(first.ParagraphProperties?.ParagraphStyleId);
        Assert.Null(probe.ParagraphWithText("Текст после.").ParagraphProperties?.NumberingProperties);

        var numbering = probe.Main.NumberingDefinitionsPart!.Numbering!;
        var num = numbering.Elements<W.NumberingInstance>().Single(n => n.NumberID!.Value == numId);
        var level = numbering.Elements<W.AbstractNum>().Single(a => a.AbstractNumberId!.Value == num.AbstractNumId!.Val!.Value)
            .Elements<W.Level>().First();
        Assert.Equal(4, level.StartNumberingValue!.Val!.Value);
        Assert.Equal("%1.", level.LevelText!.Val!.Value);
        Assert.Equal(W.LevelSuffixValues.Space, level.LevelSuffix!.Val!.Value);
        Assert.Equal("0", level.PreviousParagraphProperties!.Indentation!.Left!.Value);
        Assert.Equal("709", level.PreviousParagraphProperties!.Indentation!.FirstLine!.Value);
    }

    [Fact]
    public void An_order_with_one_clause_numbers_it()
    {
        var order = Order(Clauses(1, "Контроль оставляю за собой."));
        Assert.StartsWith("1. Контроль", Render(order).Report.FindLine("Контроль")!.Text.Replace('\u00A0', ' '), StringComparison.Ordinal);
        using var probe = DocxProbe.Of(order);
        probe.AssertValid();
        Assert.NotNull(probe.ParagraphWithText("Контроль оставляю за собой.").ParagraphProperties?.NumberingProperties);
        Assert.Equal("Контроль оставляю за собой.", probe.ParagraphWithText("Контроль оставляю").InnerText);
    }

    [Fact]
    public void A_clause_list_after_a_page_break_starts_the_new_page_numbered()
    {
        var order = Order(new PageBreak(At), Clauses(1, "Утвердить перечень школ.", "Контроль оставляю за собой."));
        var report = Render(order).Report;
        var first = report.FindLine("Утвердить перечень")!;
        Assert.Equal(report.FindLine("ПРИКАЗЫВАЮ")!.Page + 1, first.Page);
        Assert.StartsWith("1. Утвердить", first.Text.Replace('\u00A0', ' '), StringComparison.Ordinal);
        Assert.StartsWith("2. Контроль", report.FindLine("Контроль")!.Text.Replace('\u00A0', ' '), StringComparison.Ordinal);

        using var probe = DocxProbe.Of(order);
        probe.AssertValid();
        var paragraphs = probe.Paragraphs;
        var clause = probe.ParagraphWithText("Утвердить перечень школ.");
        Assert.NotNull(clause.ParagraphProperties?.NumberingProperties);
        Assert.Contains(paragraphs[paragraphs.IndexOf(clause) - 1].Descendants<W.Break>(), b => b.Type?.Value == W.BreakValues.Page);
    }

    [Fact]
    public void The_html_has_an_ordered_list_of_class_clauses()
    {
        var html = Html.HtmlText.Of(Order(Clauses(2, "Утвердить перечень школ.", "Контроль оставляю за собой.")));
        Assert.Contains("<ol class=\"clauses\" start=\"2\">\n<li>Утвердить перечень школ.</li>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("1. Утвердить", html, StringComparison.Ordinal);
    }
}
