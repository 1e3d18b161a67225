using System.Text;
using System.Text.RegularExpressions;
using KazReports.Documents;
using KazReports.Rendering.Html;
using KazReports.Tests.Composition;
using static KazReports.Tests.Rendering.Docx.DocxSamples;
using Document = KazReports.Documents.Document;

namespace KazReports.Tests.Rendering.Html;

/// <summary>The HTML pages' structure, checked without a browser: headings, tables, charts, escaping, no outside requests.</summary>
public sealed class HtmlStructureTests
{
    private static string Render(Document document, Theme? theme = null) => HtmlText.Of(document, theme);

    private static readonly Lazy<string> Vpr = new(() => Render(Pipeline.Documents["vpr-2023"]));

    private static int Count(string html, string pattern) => Regex.Count(html, pattern);

    [Fact]
    public void The_vpr_page_has_its_language_title_and_heading_outline()
    {
        var html = Vpr.Value;
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"ru\">", html, StringComparison.Ordinal);
        Assert.Contains("<title>Анализ результатов ВПР и ОГЭ 2023 года</title>", html, StringComparison.Ordinal);
        Assert.Equal(1, Count(html, "<h1[ >]"));
        Assert.True(Count(html, "<h2[ >]") >= 3);
        Assert.Matches("<h3>5(\u00A0| |&nbsp;|&#160;)класс</h3>", html);
        // Headings go down one level at a time: no h3 before the first h2.
        Assert.True(html.IndexOf("<h2", StringComparison.Ordinal) < html.IndexOf("<h3", StringComparison.Ordinal));
        Assert.Contains("13,93", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_table_has_a_caption_and_header_cells_with_scope()
    {
        var html = Vpr.Value;
        var tables = Regex.Matches(html, "<table[ >](.*?)</table>", RegexOptions.Singleline);
        Assert.True(tables.Count >= 5);
        foreach (Match table in tables)
        {
            Assert.Matches("^[^<]*<caption[ >]", table.Groups[1].Value.TrimStart('\n'));
            Assert.Contains("<th scope=\"col\"", table.Value, StringComparison.Ordinal);
            Assert.DoesNotMatch("<th(?![^>]*scope=)[ >]", table.Value);
        }
        Assert.Matches("<tr class=\"group\"><th scope=\"rowgroup\" colspan=\"5\"[^>]*>Казачинская СОШ</th></tr>", html);
        Assert.Matches("<th scope=\"row\"[^>]*>Русский язык</th>", html);
    }

    [Fact]
    public void Charts_are_labelled_inline_svg_figures_with_their_data()
    {
        var html = Vpr.Value;
        var figures = Regex.Matches(html, "<figure class=\"chart\">(.*?)</figure>", RegexOptions.Singleline);
        Assert.True(figures.Count >= 2);
        var ids = Regex.Matches(html, "id=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToArray();
        Assert.Equal(ids.Length, ids.Distinct().Count());
        foreach (Match figure in figures)
        {
            var svg = Regex.Match(figure.Value, "<svg ([^>]*)>");
            Assert.Contains("role=\"img\"", svg.Value, StringComparison.Ordinal);
            var labelledBy = Regex.Match(svg.Value, "aria-labelledby=\"([^\"]+)\"").Groups[1].Value;
            var describedBy = Regex.Match(svg.Value, "aria-describedby=\"([^\"]+)\"").Groups[1].Value;
            Assert.Matches($"<title id=\"{labelledBy}\">[^<]+</title>", figure.Value);
            Assert.Matches($"<desc id=\"{describedBy}\">[^<]*\\d[^<]*</desc>", figure.Value);
            Assert.Matches("<figcaption[^>]*>[^<]+</figcaption>", figure.Value);
            Assert.Contains("<details><summary>Данные диаграммы</summary>", figure.Value, StringComparison.Ordinal);
            Assert.Contains("<th scope=\"row\">", figure.Value, StringComparison.Ordinal);
        }
        // The district's share of «2» in Russian, 5th form, is stated in words and in the data table.
        Assert.Contains("Казачинский район — 13,93", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Pages_load_nothing_from_outside()
    {
        foreach (var (name, document) in Pipeline.Documents)
        {
            var html = Render(document);
            Assert.DoesNotMatch("<(script|link|iframe|object|embed)[ >]", html);
            Assert.DoesNotMatch("(src|href)=\"(?!data:|#)", html);
            Assert.DoesNotMatch("url\\((?!#)", html);
            Assert.DoesNotContain("@import", html, StringComparison.Ordinal);
            Assert.False(html.Contains("http://", StringComparison.Ordinal) && !OnlyNamespaces(html), $"{name}: an outside address");
        }

        // The only http:// addresses are the SVG namespaces, which are names, not requests.
        static bool OnlyNamespaces(string html) =>
            Regex.Matches(html, "http://[^\"]*").All(m => m.Value is "http://www.w3.org/2000/svg" or "http://www.w3.org/1999/xlink");
    }

    [Fact]
    public void Dashed_lines_stay_dashed_in_the_svg_in_their_own_colour()
    {
        // Skia's SVG canvas cannot write dashes (it drew the threshold solid and printed an English
        // warning for each): the threshold and the dotted series of a second colour round come back dashed.
        var series = Enumerable.Range(1, 8).Select(i => new ChartSeries("Ряд " + i, [i, i + 1m], null)).ToArray();
        var spec = new ChartSpec("line", "Динамика", ["2022", "2023"], series, "%", 5m, "порог", 160, 90, null);
        var svg = ChartSvg.Render(spec, Theme.Default, "c");
        var dashed = Regex.Matches(svg, "stroke=\"(#[0-9A-F]{6})\" stroke-dasharray=\"([0-9. ]+)\"").Select(m => (m.Groups[1].Value, m.Groups[2].Value)).ToList();
        Assert.Contains(("#C00000", "6 3"), dashed);
        Assert.True(dashed.Count(d => d.Item1 != "#C00000") >= 2, string.Join(", ", dashed));
        Assert.DoesNotMatch("stroke=\"#(000[0-9A-F]{3}|00[0-9A-F])\"", svg);
        Assert.Equal(svg, ChartSvg.Render(spec, Theme.Default, "c"));
    }

    [Fact]
    public void A_chart_with_hundreds_of_dashed_lines_gets_a_stand_in_colour_for_each()
    {
        // A region of 300 schools: the stand-in colours once ran out after 254 dashed lines and the
        // build of the HTML report never ended.
        var series = Enumerable.Range(1, 300).Select(i => new ChartSeries("Школа " + i, [i % 50, i % 70 + 1m], null)).ToArray();
        var spec = new ChartSpec("line", "Динамика", ["2022", "2023"], series, "%", 5m, "порог", 160, 90, null);
        var svg = ChartSvg.Render(spec, Theme.Default, "c");
        // Every stand-in written back, the short form Skia uses for #000011 («#001») included.
        Assert.DoesNotMatch("stroke=\"#(000[0-9A-F]{3}|00[0-9A-F])\"", svg);
        Assert.Equal(5, Regex.Matches(svg, "stroke=\"(#[0-9A-F]{6})\" stroke-dasharray").Select(m => m.Groups[1].Value).Distinct().Count());
    }

    [Fact]
    public void The_contents_links_every_entry_to_its_heading()
    {
        // A web page has no page numbers: the program's contents lists its headings as links.
        var document = Pipeline.Documents["program"];
        var toc = Contents.Find(document)!;
        var html = Render(document);
        var nav = Regex.Match(html, "<nav class=\"contents\"[^>]*>.*?</nav>", RegexOptions.Singleline).Value;
        var links = Regex.Matches(nav, "<a href=\"#([^\"]+)\">(.*?)</a>").Select(m => (Id: m.Groups[1].Value, Text: m.Groups[2].Value)).ToList();
        Assert.Equal(toc.Entries.Select(e => e.Title), links.Select(l => System.Net.WebUtility.HtmlDecode(l.Text)));
        Assert.True(links.Count >= 10, $"{links.Count} entries");
        foreach (var (id, text) in links)
        {
            var heading = Regex.Match(html, $"<h[1-3] id=\"{id}\">(.*?)</h[1-3]>", RegexOptions.Singleline);
            Assert.True(heading.Success, id);
            Assert.Equal(System.Net.WebUtility.HtmlDecode(text), System.Net.WebUtility.HtmlDecode(Regex.Replace(heading.Groups[1].Value, "<[^>]+>", "")).Replace('\u00A0', ' ').Trim());
        }

        Assert.Equal(links.Count, Regex.Count(html, "<h[1-3] id=\"h-"));
    }

    [Fact]
    public void Data_strings_are_escaped_everywhere()
    {
        const string evil = "<script>alert('x')</script> & \"кавычки\"";
        var chart = new ChartSpec("bar", evil, [evil, "Б"], [new ChartSeries(evil, [1.5m, null], null)], evil, 30, evil, 120, 70, evil);
        var document = new Document(Info with { Title = evil, Author = evil },
            [new Section(Portrait(), [
                new Letterhead([evil], [evil], At), new Addressee([evil], At), P(evil), H(2, evil),
                new Table([new(1)], [new([C(evil)], RowKind.Header), R(C(evil))], At),
                new ChartBlock(chart, At), new Signature([evil], evil, At)], At)]);
        var html = Render(document);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("'x'", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;кавычки&quot;", html, StringComparison.Ordinal);
        Assert.Contains("<title>&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Spans_official_blocks_and_page_breaks_are_kept()
    {
        var table = new Table([new(2), new(1), new(1)],
            [new([C("Школа", rowSpan: 2), C("Доля «2»", colSpan: 2)], RowKind.Header),
             new([C("рус."), C("мат.")], RowKind.Header),
             R(C("Казачинская СОШ"), C("5,17"), C("1,69"))], At);
        var document = Of(
            new ApprovalStamp(["УТВЕРЖДАЮ", "Начальник отдела"], At), P("ПАСПОРТ", "Title"), table, new PageBreak(At),
            new OrderHeader("ОТДЕЛ ОБРАЗОВАНИЯ", "П Р И К А З", "09.01.2024", "2-1", "с. Казачинское", At),
            List(true, "первый", "второй"), new Signature(["Начальник отдела"], "Л.А.\u00A0Федюненко", At));
        var html = Render(document);
        Assert.Contains("<th scope=\"col\" rowspan=\"2\">Школа</th><th scope=\"colgroup\" colspan=\"2\">Доля «2»</th>", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"right req stamp\"><p>УТВЕРЖДАЮ<br>Начальник отдела</p></div>", html, StringComparison.Ordinal);
        Assert.Contains("<h1 class=\"title\">ПАСПОРТ</h1>", html, StringComparison.Ordinal);
        Assert.Equal(2, Count(html, "<section class=\"sheet\">"));
        Assert.Contains("<p class=\"line\"><span>09.01.2024</span><span>№\u00A02-1</span></p>", html, StringComparison.Ordinal);
        Assert.Matches("<ol>\\s*<li>первый</li>\\s*<li>второй</li>\\s*</ol>", html);
        Assert.Contains("<p class=\"sig-name\">Л.А.\u00A0Федюненко</p>", html, StringComparison.Ordinal);
        // Print: A4 with the theme's margins, the page number at the top from the second page.
        Assert.Contains("@page{size:A4;margin:20mm 10mm 20mm 30mm}", html, StringComparison.Ordinal);
        Assert.Contains("@page:first{@top-center{content:none}}", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_numbering_first_column_leaves_the_row_header_to_the_second()
    {
        var table = new Table([new(1), new(4), new(2)],
            [new([C("№ п/п"), C("Мероприятие"), C("Срок")], RowKind.Header),
             R(C("1.", rowSpan: 2), C("Анализ ВПР"), C("май")),
             R(C("Справка"), C("июнь")),
             R(C("2."), C("Совещание"), C("июль"))], At);
        var html = Render(Of(table));
        Assert.Contains("<tr><td rowspan=\"2\">1.</td><th scope=\"row\">Анализ ВПР</th><td>май</td></tr>", html, StringComparison.Ordinal);
        // The row under the spanned «1.» starts in the second column: its first cell is the row header.
        Assert.Contains("<tr><th scope=\"row\">Справка</th><td>июнь</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>2.</td><th scope=\"row\">Совещание</th><td>июль</td></tr>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_without_a_title_still_has_its_h1()
    {
        var html = Render(Pipeline.Documents["letters/kazanskaya"]);
        Assert.Matches("<h1 class=\"sr-only\">Адресные рекомендации[^<]+Казанская ООШ</h1>", html);
        Assert.Contains("<div class=\"pair\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_document_gives_the_same_bytes()
    {
        var document = Pipeline.Documents["vpr-2023"];
        // A chart drawn in between must not change the next page (Skia numbers clip paths process-wide).
        var first = Render(document);
        _ = Render(Pipeline.Documents["letters/kazanskaya"]);
        Assert.Equal(first, Render(document));
    }

    [Fact]
    public void The_index_links_only_the_files_that_were_built()
    {
        var entries = new[]
        {
            new IndexEntry("vpr-2023", Info with { Title = "Анализ <ВПР>" }),
            new IndexEntry("letters/школа 1", Info with { Title = "Письмо" }),
        };
        var built = new HashSet<string> { "vpr-2023.html", "vpr-2023.pdf", "letters/школа 1.docx" };
        var html = IndexPage.Page(entries, "Документы", Theme.Default, built.Contains);
        Assert.Contains("<th scope=\"row\">Анализ &lt;ВПР&gt;</th><td class=\"al-center\">05.02.2024</td>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"vpr-2023.html\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"vpr-2023.pdf\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"vpr-2023.docx\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"letters/%D1%88%D0%BA%D0%BE%D0%BB%D0%B0%201.docx\"", html, StringComparison.Ordinal);
        Assert.Equal(3, Count(html, "<a "));
    }
}
