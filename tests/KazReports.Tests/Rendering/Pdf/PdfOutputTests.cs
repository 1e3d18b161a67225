using System.Text;
using KazReports.Documents;
using KazReports.Rendering.Pdf;
using static KazReports.Tests.Rendering.Pdf.PdfSamples;

namespace KazReports.Tests.Rendering.Pdf;

/// <summary>Layer (c): the PDF file — deterministic, valid, fonts embedded, text extractable, outline, metadata.</summary>
public sealed class PdfOutputTests(Xunit.Abstractions.ITestOutputHelper output)
{
    [Fact]
    public void The_same_document_gives_the_same_bytes()
    {
        Assert.Equal(Bytes(Everything()), Bytes(Everything()));
        Assert.Equal(Bytes(Everything(), pdfA: true), Bytes(Everything(), pdfA: true));
    }

    [Fact]
    public void Qpdf_finds_no_errors_plain_and_pdf_a()
    {
        foreach (var pdfA in new[] { false, true })
        {
            var (exit, output) = PdfTools.QpdfCheck(Bytes(Everything(), pdfA));
            Assert.True(exit == 0, output);
            Assert.Contains("No syntax or stream encoding errors", output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_font_is_embedded()
    {
        var fonts = PdfTools.Fonts(Bytes(Everything()));
        Assert.NotEmpty(fonts);
        Assert.All(fonts, f => Assert.True(f.Embedded, f.Name));
    }

    [Fact]
    public void The_document_text_is_extracted_in_reading_order()
    {
        var document = Everything();
        var text = PdfTools.Text(Bytes(document), layout: true);
        PdfAssert.ContainsWordsOf(document, text, "everything");
        var plain = PdfTools.Text(Bytes(Of(P("Первый абзац."), LongTable(3), P("Последний абзац."))));
        var order = new[] { "Первый", "Организация", "Школа номер 1", "Школа номер 2", "Школа номер 3", "Последний" }
            .Select(w => plain.IndexOf(w, StringComparison.Ordinal)).ToList();
        Assert.All(order, i => Assert.True(i >= 0));
        Assert.Equal(order.Order(), order);
    }

    [Fact]
    public void No_break_spaces_and_the_name_survive_extraction()
    {
        var text = PdfTools.Text(Bytes(Of(Signature()))).Replace('\u00A0', ' ');
        Assert.Contains("Л.А. Федюненко", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Headings_make_the_outline()
    {
        var pdf = Bytes(Everything());
        var outlines = PdfTools.Outline(pdf);
        Assert.Equal(["1. Общие сведения", "2. Приложение"], outlines.Select(o => o.Title));
        Assert.Equal(["1.1. Таблица", "1.2. После разрыва"], outlines[0].Kids.Select(o => o.Title));
        var report = Render(Everything()).Report;
        Assert.Equal(report.FindLine("1.2. После разрыва")!.Page, outlines[0].Kids[1].Page);
        Assert.Contains("/PageMode /UseOutlines", Encoding.Latin1.GetString(pdf), StringComparison.Ordinal);
    }

    [Fact]
    public void Metadata_comes_from_the_document_info_with_its_date_at_midnight_utc()
    {
        var pdf = Bytes(Everything());
        var info = PdfTools.Info(pdf);
        Assert.Contains("Title:           Анализ результатов ВПР", info, StringComparison.Ordinal);
        Assert.Contains("Author:          Отдел образования", info, StringComparison.Ordinal);
        Assert.Contains("Subject:         ВПР-2023", info, StringComparison.Ordinal);
        Assert.Contains("Keywords:        ВПР; ШНОР", info, StringComparison.Ordinal);
        Assert.Contains("Creator:         KazReports", info, StringComparison.Ordinal);
        Assert.Contains("Producer:        KazReports", info, StringComparison.Ordinal);
        var raw = Encoding.Latin1.GetString(pdf);
        Assert.Contains("/CreationDate (D:20240205000000+00'00')", raw, StringComparison.Ordinal);
        Assert.Contains("/ModDate (D:20240205000000+00'00')", raw, StringComparison.Ordinal);
    }

    [Fact]
    public void Pdf_a_carries_xmp_metadata_and_a_stable_identifier()
    {
        var pdf = Bytes(Everything(), pdfA: true);
        var raw = Encoding.Latin1.GetString(pdf);
        Assert.Contains("<pdfaid:part>2</pdfaid:part>", raw, StringComparison.Ordinal);
        Assert.Contains("<pdfaid:conformance>B</pdfaid:conformance>", raw, StringComparison.Ordinal);
        Assert.Contains("<xmp:CreateDate>2024-02-05T00:00:00+00:00</xmp:CreateDate>", raw, StringComparison.Ordinal);
        Assert.Contains("/OutputIntents", raw, StringComparison.Ordinal);
        Assert.Matches("/ID \\[<[0-9A-F]{32}> <[0-9A-F]{32}>\\]", raw);
        Assert.DoesNotContain("/ID [<00000000000000000000000000000000>", raw, StringComparison.Ordinal);
        Assert.Contains("Metadata Stream: yes", PdfTools.Info(pdf), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("(a7\\206f\\273l4^\\264<~o\\216ZB\\214) (a7\\206f\\273l4^\\264<~o\\216ZB\\214)")]
    [InlineData("(mK\\3506\\375\\2460;\\260.2h\\340\\)=|) (mK\\3506\\375\\2460;\\260.2h\\340\\)=|)")]
    [InlineData("<0123456789ABCDEF0123456789ABCDEF> <0123456789abcdef0123456789abcdef>")]
    public void A_random_file_identifier_in_any_form_becomes_the_stable_one(string skiaId)
    {
        // Skia writes its random /ID as a literal string when that is shorter (about one PDF/A file in
        // fifty; the two above are real ones): once that identifier stayed and the same document gave
        // other bytes. Whatever Skia wrote, the finished file is the same.
        var finished = Bytes(Of(P("Текст.")), pdfA: true);
        var raw = Encoding.Latin1.GetString(finished);
        var id = System.Text.RegularExpressions.Regex.Match(raw, "/ID \\[<[0-9A-F]{32}> <[0-9A-F]{32}>\\]");
        Assert.True(id.Success && raw.IndexOf("/ID", id.Index + 1, StringComparison.Ordinal) < 0, "one trailer with a hex /ID");
        var skia = Encoding.Latin1.GetBytes(raw[..id.Index] + "/ID [" + skiaId + "]" + raw[(id.Index + id.Length)..]);
        Assert.Equal(finished, KazReports.Rendering.Pdf.Output.PdfFinisher.Finish(skia, []));
    }

    [Fact]
    public void A_one_page_letter_is_well_under_200_kilobytes()
    {
        var letter = Of(Letterhead(), new Addressee(["Руководителю", "МБОУ Мокрушинская СОШ"], At),
            P("Об адресных рекомендациях", indent: false), P(Prose), P(Prose), Signature(),
            new Executor(["Исполнитель: Иванова А.А.", "тел. 8 (391-96) 21-4-04"], At));
        var result = Render(letter);
        Assert.Equal(1, result.Report.PageCount);
        output.WriteLine($"одностраничное письмо: {result.Pdf.Length / 1024.0:0.0} КБ");
        Assert.True(result.Pdf.Length < 100 * 1024, $"{result.Pdf.Length / 1024} КБ");
    }

    [Fact]
    public void The_renderer_writes_to_the_stream_and_names_its_format()
    {
        var renderer = new PdfRenderer();
        Assert.Equal("pdf", renderer.Format);
        Assert.False(renderer.PdfA);
        using var stream = new MemoryStream();
        renderer.Render(Of(P(Prose)), Theme.Default, stream);
        Assert.Equal("%PDF-"u8.ToArray(), stream.ToArray()[..5]);
    }

    private static byte[] Bytes(Document document, bool pdfA = false) => Render(document, pdfA: pdfA).Pdf;
}
