using System.Text;
using System.Text.Json;
using KazReports.Documents;
using KazReports.Rendering.Pdf;
using KazReports.Tests.Rendering.Charts;
using static KazReports.Tests.Rendering.Pdf.PdfSamples;

namespace KazReports.Tests.Rendering.Pdf;

/// <summary>Several documents in one PDF for printing: pages, numbering restarting, the outline per document, metadata.</summary>
public sealed class PdfCombinedTests
{
    private const string Title = "Комплект документов для печати";

    private static DocumentInfo Named(string title) => Info with { Title = title };

    /// <summary>A letter of one page, a report of three pages with headings, a chart page with a heading.</summary>
    private static Document[] Three() =>
    [
        new(Named("Письмо в Мокрушинскую СОШ"), [new Section(Portrait(), [Letterhead(), P("Об адресных рекомендациях", indent: false), P(Prose), Signature()], At)]),
        new(Named("Анализ результатов ВПР"), [
            new Section(Portrait(), [H(1, "1. Общие сведения"), P(Prose), H(2, "1.1. Таблица"), LongTable(40), new PageBreak(At), H(1, "2. Выводы"), P(Prose)], At),
        ]),
        new(Named("Диаграммы"), [new Section(Portrait(), [H(1, "Доля «2»"), new ChartBlock(ChartSamples.Bar(), At), new ChartBlock(ChartSamples.HorizontalBars(), At)], At)]),
    ];

    private static byte[] Combined(IReadOnlyList<Document> documents, string? title = Title)
    {
        using var stream = new MemoryStream();
        new PdfRenderer().RenderMany(documents, Theme.Default, stream, title);
        return stream.ToArray();
    }

    private static byte[] Single(Document document)
    {
        using var stream = new MemoryStream();
        new PdfRenderer().Render(document, Theme.Default, stream);
        return stream.ToArray();
    }

    /// <summary>Where each document starts in the combined PDF (from 1): on an odd page, after a blank one when the one before has an odd page count.</summary>
    private static List<int> Starts(IReadOnlyList<int> counts)
    {
        var starts = new List<int>();
        var next = 1;
        foreach (var count in counts)
        {
            starts.Add(next);
            next += count + (count % 2);
        }

        return starts;
    }

    [Fact]
    public void Pages_are_those_of_the_documents_each_from_an_odd_page_numbered_anew_in_each()
    {
        var documents = Three();
        var singles = documents.Select(Single).ToList();
        var counts = singles.Select(PdfTools.PageCount).ToList();
        Assert.True(counts[1] >= 2, "второй документ должен занять несколько страниц");
        Assert.Contains(counts.Take(2), c => c % 2 == 1);
        var pdf = Combined(documents);
        var starts = Starts(counts);
        Assert.All(starts, s => Assert.Equal(1, s % 2));

        // Blank back pages after odd documents, none after the last one.
        Assert.Equal(starts[^1] + counts[^1] - 1, PdfTools.PageCount(pdf));
        var pages = PdfTools.Pages(pdf).Take(PdfTools.PageCount(pdf)).ToList();
        for (var d = 0; d < documents.Length; d++)
        {
            var own = PdfTools.Pages(singles[d]).Take(counts[d]).ToList();
            Assert.Equal(own, pages.Skip(starts[d] - 1).Take(counts[d]));
            if (d + 1 < documents.Length && counts[d] % 2 == 1)
            {
                Assert.True(string.IsNullOrWhiteSpace(pages[starts[d] - 1 + counts[d]]), "пустая оборотная страница");
            }
        }

        // ГОСТ: each document's first page has no number, its second page is «2».
        for (var d = 0; d < documents.Length; d++)
        {
            Assert.DoesNotMatch(@"^\s*\d+\s*\n", pages[starts[d] - 1]);
            if (counts[d] > 1)
            {
                Assert.Matches(@"^\s*2\s*\n", pages[starts[d]]);
            }
        }
    }

    [Fact]
    public void The_outline_has_one_entry_per_document_with_its_headings_under_it()
    {
        var documents = Three();
        var pdf = Combined(documents);
        var top = PdfTools.Outline(pdf);
        Assert.Equal(documents.Select(d => d.Info.Title), top.Select(o => o.Title));

        static List<string> Kids(OutlineEntry e) => e.Kids.Select(k => k.Title).ToList();
        Assert.Empty(Kids(top[0]));
        Assert.Equal(["1. Общие сведения", "2. Выводы"], Kids(top[1]));
        Assert.Equal(["1.1. Таблица"], Kids(top[1].Kids[0]));
        Assert.Equal(["Доля «2»"], Kids(top[2]));

        // Each entry opens its document's first page.
        var counts = documents.Select(d => PdfTools.PageCount(Single(d))).ToList();
        Assert.Equal(Starts(counts), top.Select(o => o.Page));
        Assert.Contains("/PageMode /UseOutlines", Encoding.Latin1.GetString(pdf), StringComparison.Ordinal);
    }

    [Fact]
    public void The_file_is_valid_deterministic_and_titled_by_the_parameter()
    {
        var pdf = Combined(Three());
        var (exit, check) = PdfTools.QpdfCheck(pdf);
        Assert.True(exit == 0, check);
        Assert.Equal(pdf, Combined(Three()));
        Assert.Contains("Title:           " + Title, PdfTools.Info(pdf), StringComparison.Ordinal);
        Assert.Contains("Author:          Отдел образования", PdfTools.Info(pdf), StringComparison.Ordinal);
        Assert.Empty(PdfTools.Images(pdf));
        Assert.All(PdfTools.Fonts(pdf), f => Assert.True(f.Embedded, f.Name));

        // Without a title, the first document's; PDF/A works for a combined file too.
        Assert.Contains("Title:           Письмо в Мокрушинскую СОШ", PdfTools.Info(Combined(Three(), title: null)), StringComparison.Ordinal);
        using var stream = new MemoryStream();
        new PdfRenderer(pdfA: true).RenderMany(Three(), Theme.Default, stream, Title);
        Assert.Equal(0, PdfTools.QpdfCheck(stream.ToArray()).Exit);
    }

    [Fact]
    public void One_document_gives_its_pages_and_an_empty_list_is_an_error()
    {
        var letter = Three()[0];
        Assert.Equal(PdfTools.Pages(Single(letter)), PdfTools.Pages(Combined([letter])));
        Assert.Throws<ArgumentException>(() => Combined([]));
    }
}
