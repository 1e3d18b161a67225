using KazReports.Documents;
using KazReports.Rendering.Pdf.Layout;
using static KazReports.Tests.Rendering.Pdf.PdfSamples;

namespace KazReports.Tests.Rendering.Pdf;

/// <summary>Layer (b): the requisites of official documents where the DOCX puts them.</summary>
public sealed class OfficialBlockLayoutTests
{
    private const float Left = 20 * PdfUnits.PointsPerMm;
    private const float Top = 20 * PdfUnits.PointsPerMm;
    private const float Right = Left + (180 * PdfUnits.PointsPerMm);
    private const float Bottom = Top + (257 * PdfUnits.PointsPerMm);

    [Fact]
    public void The_addressee_sits_at_the_top_right_beside_the_letterhead()
    {
        var report = Render(Of(Letterhead(), new Addressee(["Руководителю", "МБОУ Мокрушинская СОШ"], At), P(Prose))).Report;
        var head = report.FindLine("АДМИНИСТРАЦИЯ")!;
        var addressee = report.FindLine("Руководителю")!;
        Assert.Equal(Top, head.Y, 1);
        Assert.Equal(head.Y, addressee.Y, 1);
        Assert.Equal(Right - PdfUnits.Pt(80), addressee.X, 1);

        // Letterhead lines are centred in its 85 mm block; the first two are bold.
        var block = Left + (PdfUnits.Pt(85) / 2);
        Assert.Equal(block, head.X + (head.Width / 2), 1);
        Assert.Equal(block, report.FindLine("от 05.02.2024")!.X + (report.FindLine("от 05.02.2024")!.Width / 2), 1);
        Assert.True(report.FindLine("Во исполнение")!.Y > report.FindLine("от 05.02.2024")!.Bottom + 11);
    }

    [Fact]
    public void The_order_header_has_the_date_at_the_left_and_the_number_flush_right()
    {
        var order = new OrderHeader("АДМИНИСТРАЦИЯ КАЗАЧИНСКОГО РАЙОНА\nОТДЕЛ ОБРАЗОВАНИЯ", "ПРИКАЗ", "29.01.2024", "18", "с. Казачинское", At);
        var report = Render(Of(order, P(Prose))).Report;
        var lines = report.Lines(1).ToList();
        Assert.Equal("АДМИНИСТРАЦИЯ КАЗАЧИНСКОГО РАЙОНА", lines[0].Text);
        Assert.Equal(Left + (90 * PdfUnits.PointsPerMm), lines[0].X + (lines[0].Width / 2), 1);
        var title = report.FindLine("ПРИКАЗ")!;
        Assert.Equal(Left + (90 * PdfUnits.PointsPerMm), title.X + (title.Width / 2), 1);
        var date = report.FindLine("29.01.2024")!;
        Assert.Equal(Left, date.X, 1);
        Assert.Equal(Right, date.X + date.Width, 1);
        Assert.EndsWith("№\u00A018", date.Text, StringComparison.Ordinal);
        Assert.True(title.Y - lines[1].Bottom >= 11.9f);
        Assert.True(date.Y - title.Bottom >= 11.9f);
        var place = report.FindLine("с. Казачинское")!;
        Assert.Equal(date.Bottom, place.Y, 1);
    }

    [Fact]
    public void Stamp_and_appendix_mark_are_left_aligned_in_a_block_at_the_right_edge()
    {
        var report = Render(Of(new AppendixMark(["Приложение 1", "к приказу от 29.01.2024 № 18"], At),
            new ApprovalStamp(["УТВЕРЖДАЮ", "Начальник отдела", "_______________ Л.А.\u00A0Федюненко"], At))).Report;
        foreach (var text in new[] { "Приложение 1", "к приказу", "УТВЕРЖДАЮ", "Начальник отдела", "_______________" })
        {
            Assert.Equal(Right - PdfUnits.Pt(80), report.FindLine(text)!.X, 1);
        }

        Assert.True(report.FindLine("УТВЕРЖДАЮ")!.Y - report.FindLine("к приказу")!.Bottom >= 11.9f);
    }

    [Fact]
    public void The_signature_puts_the_name_flush_right_on_the_last_position_line()
    {
        var report = Render(Of(P(Prose), Signature())).Report;
        var first = report.FindLine("Заместитель главы района")!;
        var last = report.FindLine("по социальной политике")!;
        Assert.Equal(Left, first.X, 1);
        Assert.Equal(Left, last.X, 1);
        Assert.Contains("Л.А.\u00A0Федюненко", last.Text, StringComparison.Ordinal);
        Assert.Equal(Right, last.X + last.Width, 1);
        var paragraph = report.Lines(1).Where(l => !l.Text.Contains("Заместитель", StringComparison.Ordinal)).TakeWhile(l => !l.Text.StartsWith("по социальной", StringComparison.Ordinal)).Last();
        Assert.Equal(24, first.Y - paragraph.Bottom, 1);
    }

    [Fact]
    public void The_executor_is_set_small_at_the_foot_of_the_page()
    {
        var report = Render(Of(P(Prose), Signature(), new Executor(["Исполнитель: Иванова А.А.", "тел. 8 (391-96) 21-4-04"], At))).Report;
        var executor = report.FindLine("Исполнитель")!;
        var phone = report.FindLine("тел. 8")!;
        Assert.Equal(1, phone.Page);
        Assert.Equal(Left, executor.X, 1);
        Assert.Equal(Bottom, phone.Bottom, 1);
        Assert.Equal(10 * 1.149f, phone.Height, 1);
    }

    [Fact]
    public void A_chart_is_a_box_of_its_size_with_its_caption_centred_under_it()
    {
        var spec = new ChartSpec("bar", "Доля «2» по годам", ["2021"], [new ChartSeries("Математика", [1.5m], null)], null, null, null, 120, 60, "Рисунок 1 — Доля «2»");
        var report = Render(Of(new ChartBlock(spec, At))).Report;
        var box = Assert.Single(report.Records, r => r.Kind == LayoutRecord.Chart);
        Assert.Equal(PdfUnits.Pt(120), box.Width, 1);
        Assert.Equal(PdfUnits.Pt(60), box.Height, 1);
        Assert.Equal(Left + (90 * PdfUnits.PointsPerMm), box.X + (box.Width / 2), 1);
        Assert.Equal("Доля «2» по годам", box.Text);
        var caption = report.FindLine("Рисунок 1")!;
        Assert.Equal(box.Bottom, caption.Y, 1);
        Assert.Equal(box.X + (box.Width / 2), caption.X + (caption.Width / 2), 1);
    }

    [Fact]
    public void An_image_is_centred_at_its_size_and_shrunk_to_the_width()
    {
        var report = Render(Of(new ImageBlock(Png, 40, 30, "Схема", At), new ImageBlock(Png, 400, 100, "Широкая", At))).Report;
        var images = report.Records.Where(r => r.Kind == LayoutRecord.Image).ToList();
        Assert.Equal(PdfUnits.Pt(40), images[0].Width, 2);
        Assert.Equal(PdfUnits.Pt(30), images[0].Height, 2);
        Assert.Equal(Left + (90 * PdfUnits.PointsPerMm), images[0].X + (images[0].Width / 2), 1);
        Assert.Equal(PdfUnits.Pt(180), images[1].Width, 1);
        Assert.Equal(PdfUnits.Pt(45), images[1].Height, 1);
    }

    [Fact]
    public void A_jpeg_picture_is_drawn_too()
    {
        using var bitmap = new SkiaSharp.SKBitmap(8, 6);
        bitmap.Erase(SkiaSharp.SKColors.SteelBlue);
        using var data = bitmap.Encode(SkiaSharp.SKEncodedImageFormat.Jpeg, 90);
        var result = Render(Of(new ImageBlock(data.ToArray(), 40, 30, "Фото", At)));
        Assert.Single(result.Report.Records, r => r.Kind == LayoutRecord.Image);
        Assert.Contains("/DCTDecode", System.Text.Encoding.Latin1.GetString(result.Pdf), StringComparison.Ordinal);
        Assert.Equal(0, PdfTools.QpdfCheck(result.Pdf).Exit);
    }
}
