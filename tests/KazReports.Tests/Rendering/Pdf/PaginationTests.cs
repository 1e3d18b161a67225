using KazReports.Documents;
using KazReports.Rendering.Pdf.Layout;
using static KazReports.Tests.Rendering.Pdf.PdfSamples;

namespace KazReports.Tests.Rendering.Pdf;

/// <summary>Layer (b): pages and positions as laid out, stated in points (A4 with 20/10/20/20 mm margins).</summary>
public sealed class PaginationTests
{
    private const float Left = 20 * PdfUnits.PointsPerMm;
    private const float Top = 20 * PdfUnits.PointsPerMm;
    private const float ContentWidth = 180 * PdfUnits.PointsPerMm;

    [Fact]
    public void A_normal_paragraph_starts_with_the_themes_first_line_indent()
    {
        var report = Render(Of(P(Prose), P(Prose, indent: false), P("Уважаемый руководитель!", alignment: Alignment.Center))).Report;
        var lines = report.Lines(1).ToList();
        var starts = lines.Where(r => r.Text.StartsWith("Во исполнение", StringComparison.Ordinal)).ToList();
        Assert.Equal(Left + (12.5f * PdfUnits.PointsPerMm), starts[0].X, 1);
        Assert.Equal(Top, starts[0].Y, 1);
        Assert.Equal(Left, lines[1].X, 1);
        Assert.Equal(Left, starts[1].X, 1);
        var centred = report.FindLine("Уважаемый")!;
        Assert.Equal(Left + (ContentWidth / 2), centred.X + (centred.Width / 2), 1);
    }

    [Fact]
    public void A_table_of_300_rows_repeats_its_header_on_every_page()
    {
        var result = Render(Of(LongTable(300)));
        var report = result.Report;
        var row = (12 * 1.149f) + (2 * PdfUnits.Pt(Theme.Default.CellPaddingMm)) + 0.5f;
        var perPage = (int)Math.Floor((ContentHeight - row) / row);
        var expected = (int)Math.Ceiling(300.0 / perPage);
        Assert.Equal(expected, report.PageCount);
        for (var page = 1; page <= report.PageCount; page++)
        {
            var cells = report.Records.Where(r => r.Page == page && r.Kind == LayoutRecord.Cell).ToList();
            Assert.Equal("Организация", cells[1].Text);
            Assert.Equal(Top, cells[1].Y, 1);
        }

        var numbers = report.Records.Where(r => r.Kind == LayoutRecord.Cell && r.Text.EndsWith('.')).Select(r => r.Text).ToList();
        Assert.Equal(Enumerable.Range(1, 300).Select(i => i + "."), numbers);

        var pages = PdfTools.Pages(result.Pdf);
        Assert.Equal(expected, pages.Count(p => p.Trim().Length > 0));
        Assert.All(pages.Where(p => p.Trim().Length > 0), p => Assert.Contains("Организация", p, StringComparison.Ordinal));
        Assert.Contains("300.", pages[expected - 1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_that_cannot_split_moves_to_the_next_page_whole()
    {
        var tall = string.Join(" ", Enumerable.Repeat("длинное содержание ячейки", 30));
        Table Table(bool cantSplit) => new(
            [new TableColumn(1), new TableColumn(1)],
            [new TableRow([C("А"), C("Б")], RowKind.Header), new TableRow([C("Строка"), C(tall)], CantSplit: cantSplit)],
            At);
        var filler = Enumerable.Range(0, 9).Select(_ => (Block)P(Prose)).ToList();

        var whole = Render(Of([.. filler, Table(true)])).Report;
        var cells = whole.Records.Where(r => r.Kind == LayoutRecord.Cell && r.Text == "Строка").ToList();
        Assert.Equal(2, Assert.Single(cells).Page);
        Assert.DoesNotContain(whole.Lines(1), l => l.Text.Contains("длинное", StringComparison.Ordinal));

        var split = Render(Of([.. filler, Table(false)])).Report;
        Assert.Equal([1, 2], split.Records.Where(r => r.Kind == LayoutRecord.Cell && r.Text == "Строка").Select(r => r.Page));
        Assert.Contains(split.Lines(1), l => l.Text.Contains("длинное", StringComparison.Ordinal));
    }

    [Fact]
    public void A_row_that_cannot_split_but_is_taller_than_a_page_is_split_anyway()
    {
        var huge = string.Join(" ", Enumerable.Repeat("очень длинное содержание ячейки таблицы", 300));
        var table = new Table([new TableColumn(1)], [new TableRow([C(huge)], CantSplit: true)], At);
        var report = Render(Of(table)).Report;
        Assert.True(report.PageCount >= 2);
    }

    [Fact]
    public void Page_numbers_start_on_page_two_at_the_top_centre_and_continue_across_sections()
    {
        var blocks = Enumerable.Range(0, 40).Select(_ => (Block)P(Prose)).ToList();
        var document = new Document(Info, [new Section(Portrait(), blocks, At), new Section(Portrait(), [P(Prose)], At)]);
        var report = Render(document).Report;
        var numbers = report.Records.Where(r => r.Kind == LayoutRecord.PageNumber).ToList();
        Assert.True(report.PageCount >= 4);
        Assert.DoesNotContain(numbers, n => n.Page == 1);
        Assert.Equal(Enumerable.Range(2, report.PageCount - 1).Select(p => p.ToString()), numbers.Select(n => n.Text));
        Assert.All(numbers, n =>
        {
            Assert.Equal(Left + (ContentWidth / 2), n.X + (n.Width / 2), 1);
            Assert.Equal(10 * PdfUnits.PointsPerMm, n.Y, 1);
        });
        Assert.Equal(report.PageCount, report.Pages[^1].Number);
        Assert.Equal(1, report.Pages[^1].Section);
    }

    [Fact]
    public void Page_numbers_may_be_at_the_bottom_right_or_absent()
    {
        var blocks = Enumerable.Range(0, 12).Select(_ => (Block)P(Prose)).ToList();
        var bottom = new Document(Info, [new Section(Portrait(new PageNumbering(true, false, PageNumberPosition.BottomRight)), blocks, At)]);
        var numbers = Render(bottom).Report.Records.Where(r => r.Kind == LayoutRecord.PageNumber).ToList();
        Assert.Equal(["1", "2"], numbers.Select(n => n.Text));
        Assert.All(numbers, n => Assert.Equal(Left + ContentWidth, n.X + n.Width, 1));
        Assert.All(numbers, n => Assert.True(n.Y > Top + ContentHeight));

        var none = new Document(Info, [new Section(Portrait(new PageNumbering(false, false, PageNumberPosition.TopCenter)), blocks, At)]);
        Assert.DoesNotContain(Render(none).Report.Records, r => r.Kind == LayoutRecord.PageNumber);
    }

    [Fact]
    public void A_heading_at_the_foot_of_a_page_moves_with_the_next_paragraph()
    {
        // Lines of body text that leave room for the heading and one more line, not two.
        var lines = (int)Math.Floor(ContentHeight / BodyLine);
        var filler = new Paragraph(Inlines.Text(string.Join("\n", Enumerable.Range(1, lines - 3).Select(i => "строка " + i))), At);
        var report = Render(Of(filler, H(2, "Заголовок раздела"), P(Prose))).Report;
        Assert.Equal(2, report.FindLine("Заголовок раздела")!.Page);
        Assert.Equal(Top, report.FindLine("Заголовок раздела")!.Y, 1);

        var roomy = new Paragraph(Inlines.Text(string.Join("\n", Enumerable.Range(1, lines - 6).Select(i => "строка " + i))), At);
        Assert.Equal(1, Render(Of(roomy, H(2, "Заголовок раздела"), P(Prose))).Report.FindLine("Заголовок раздела")!.Page);
    }

    [Fact]
    public void The_last_line_of_a_paragraph_does_not_start_a_page_alone_nor_its_first_line_end_one()
    {
        var length = Render(Of(P(Prose))).Report.Lines(1).Count();
        var page = (int)Math.Floor(ContentHeight / BodyLine);
        Paragraph Filler(int lines) => new(Inlines.Text(string.Join("\n", Enumerable.Range(1, lines).Select(i => "строка " + i))), At);
        int[] Split(int room)
        {
            var report = Render(Of(Filler(page - room), P(Prose))).Report;
            return [report.Lines(1).Count(l => !l.Text.StartsWith("строка", StringComparison.Ordinal)), report.Lines(2).Count()];
        }

        Assert.True(length >= 4);
        Assert.Equal([length - 2, 2], Split(length - 1));
        Assert.Equal([0, length], Split(1));
        Assert.Equal([2, length - 2], Split(2));
    }

    [Fact]
    public void Nested_lists_indent_by_level_and_number_from_the_start()
    {
        var report = Render(Of(NestedList())).Report;
        var markers = report.Records.Where(r => r.Kind == LayoutRecord.Marker).ToList();
        Assert.Equal(["3.", "•", "•", "–", "4."], markers.Select(m => m.Text));
        float At(double mm) => Left + PdfUnits.Pt(mm);
        Assert.Equal(At(12.5), markers[0].X, 1);
        Assert.Equal(At(22.5), markers[1].X, 1);
        Assert.Equal(At(32.5), markers[3].X, 1);
        Assert.Equal(At(19.5), report.FindLine("Провести анализ")!.X, 1);
        Assert.Equal(At(29.5), report.FindLine("в 5–8 классах")!.X, 1);
        Assert.Equal(At(39.5), report.FindLine("третий уровень")!.X, 1);
        Assert.Equal(At(19.5), report.FindLine("Второй абзац")!.X, 1);
        Assert.Equal(markers[0].Y, report.FindLine("Провести анализ")!.Y, 1);
    }

    [Fact]
    public void A_new_section_starts_a_new_page_of_its_size()
    {
        var report = Render(Everything()).Report;
        var landscape = report.Pages.Where(p => p.Section == 1).ToList();
        Assert.NotEmpty(landscape);
        Assert.All(landscape, p => Assert.Equal((842f, 595f), (MathF.Round(p.Width), MathF.Round(p.Height))));
        Assert.Equal(landscape[0].Number, report.FindLine("2. Приложение")!.Page);
        Assert.Equal(report.FindLine("1.2. После разрыва")!.Page, report.FindLine("1.1. Таблица")!.Page + 1);
        Assert.Equal("стр. 1", report.FindLine("стр.")!.Text);
    }

    [Fact]
    public void A_document_without_sections_is_one_empty_page()
    {
        var result = Render(new Document(Info, []));
        Assert.Equal(1, result.Report.PageCount);
        Assert.Empty(result.Report.Lines());
    }
}
