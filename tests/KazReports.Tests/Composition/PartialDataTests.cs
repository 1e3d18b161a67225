using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using KazReports.Data.Loading;
using KazReports.Diagnostics;
using KazReports.Documents;
using KazReports.Rendering.Docx;
using KazReports.Rendering.Pdf;
using KazReports.Synthetic;
using KazReports.Templates;
using KazReports.Validation;

namespace KazReports.Tests.Composition;

/// <summary>
/// Every document builds from partial data (two years, no region rows, no ОГЭ, a school without a
/// grade, one school, forty): a part without data is left out with a note, never a failed build.
/// </summary>
public sealed class PartialDataTests
{
    public static TheoryData<string> Variants => new()
    {
        "shipped: two years", "shipped: no region.csv", "shipped: no ОГЭ", "shipped: a school without 5th grade",
        "generated: one school", "generated: forty schools", "generated: twenty, two years, no region",
    };

    [Theory]
    [MemberData(nameof(Variants))]
    public void Every_document_builds_and_renders(string variant)
    {
        var dir = Make(variant);
        var docs = ComposeAll(dir, out var year);
        Assert.Contains($"vpr-{year}", docs.Keys);
        Assert.Contains("program", docs.Keys);
        // With or without the prose of data/program, section 4 holds the ВПР analysis of the year.
        Assert.Contains($"# Раздел 4. Анализ проблемы обеспечения качества образования\n## Результаты ВПР {year}", Plain(DocumentText.Of(docs["program"])).Replace("\r", ""));
        var theme = Theme.Default;
        foreach (var name in new[] { $"vpr-{year}", "program", "orders/2-1" }.Where(docs.ContainsKey))
        {
            using var docx = new MemoryStream();
            new DocxRenderer().Render(docs[name], theme, docx);
            AssertValid(docx, name);
            using var pdf = new MemoryStream();
            new PdfRenderer().Render(docs[name], theme, pdf);
            Assert.True(pdf.Length > 1000, name);
        }
    }

    [Fact]
    public void Two_years_of_results_give_a_report_saying_what_is_missing()
    {
        var docs = ComposeAll(Make("shipped: two years"), out var year);
        var text = Plain(DocumentText.Of(docs[$"vpr-{year}"]));
        Assert.Contains("Данных ВПР 2021 года нет", text);
        Assert.Contains("Сравнение ВПР 8 класса 2022 года с ОГЭ 2023 года", text);
    }

    [Fact]
    public void Without_oge_the_comparison_is_left_out_with_a_note()
    {
        var docs = ComposeAll(Make("shipped: no ОГЭ"), out var year);
        var text = Plain(DocumentText.Of(docs[$"vpr-{year}"]));
        Assert.Contains("Данных ОГЭ 2023 года нет: сравнение не строится.", text);
        Assert.DoesNotContain("Доля учащихся 9 класса, получивших «2» на ОГЭ", text);
    }

    [Fact]
    public void Without_region_rows_the_region_group_is_left_out()
    {
        var shipped = Plain(DocumentText.Of(Pipeline.Documents["vpr-2023"]));
        var docs = ComposeAll(Make("shipped: no region.csv"), out _);
        static bool RegionRow(string s) => s.Split('\n').Any(l => l.Trim() == "Красноярский край");
        Assert.True(RegionRow(shipped));
        var text = Plain(DocumentText.Of(docs["vpr-2023"]));
        Assert.False(RegionRow(text));
        Assert.Contains("Показателей края по ВПР 2023 года для 5 класса нет", text);
    }

    /// <summary>A new year's results and letters.yaml moved to it: a new report, section 4 of that year, cohorts shifted, lists of the last two years.</summary>
    [Fact]
    public void A_new_year_of_results_gives_the_new_report_and_program_without_template_edits()
    {
        var dir = Repo.Copy(Repo.Data, "year");
        var next = new StringBuilder("year;procedure;grade;subject;school;participants;count2;share2\n");
        var schools = new[] { "kazachinskaya", "rozhdestvenskaya", "dudovskaya", "mokrushinskaya" };
        foreach (var (school, i) in schools.Select((s, i) => (s, i)))
            foreach (var (proc, grade) in new[] { ("ВПР", 4), ("ВПР", 5), ("ВПР", 6), ("ВПР", 8), ("ОГЭ", 9) })
                foreach (var subject in new[] { "rus", "math" })
                    next.Append($"2024;{proc};{grade};{subject};{school};10;{(i + grade) % 5};{(i + grade) % 5 * 10}\n");
        File.WriteAllText(Path.Combine(dir, "results", "vpr-oge-2024.csv"), next.ToString());
        var letters = File.ReadAllText(Path.Combine(dir, "letters.yaml"));
        File.WriteAllText(Path.Combine(dir, "letters.yaml"), letters.Replace("date: 2024-02-05", "date: 2025-02-05").Replace("year: 2023", "year: 2024"));

        var docs = ComposeAll(dir, out var year);
        Assert.Equal(2024, year);
        Assert.Contains("vpr-2024", docs.Keys);
        Assert.DoesNotContain("vpr-2023", docs.Keys);
        var program = Plain(DocumentText.Of(docs["program"]));
        Assert.Contains("## Результаты ВПР 2024 по русскому языку и математике", program);
        Assert.Contains("4 кл., 2022 | 5 кл., 2023 | 6 кл., 2024", program);
        Assert.Contains("№ | 2023 год | 2024 год", program);
        Assert.Contains("Основания включения в перечень 2023 года", program);
        Assert.Contains("По итогам ВПР и ГИА 2023 года в перечне ШНРО", program);
    }

    [Fact]
    public void The_program_holds_every_part_and_order_2_1_carries_it()
    {
        var program = Plain(DocumentText.Of(Pipeline.Documents["program"]));
        foreach (var part in new[]
                 {
                     "УТВЕРЖДЕНА", "от 09.01.2024 № 2-1", "# Раздел 1. Паспорт", "# Раздел 2. Актуальность", "# Раздел 3. Механизмы",
                     "# Раздел 4. Анализ", "# Раздел 5. Цели", "# Раздел 6. Ожидаемые", "# Приложение 1.", "№ | 2022 год | 2023 год",
                     "с 14,3 % до 6,7 %", "резильентные", "до пересдач", "1 раз в год", "основывается на",
                 })
            Assert.Contains(part, program);
        Assert.DoesNotContain("{{", program);
        var order = Plain(DocumentText.Of(Pipeline.Documents["orders/2-1"]));
        Assert.Contains("# Раздел 4. Анализ проблемы обеспечения качества образования", order);
        Assert.Contains("# Приложение 1.", order);
    }

    [Fact]
    public void The_pdf_contents_prints_the_pages_the_headings_fall_on()
    {
        var doc = Pipeline.Documents["program"];
        var report = new PdfRenderer().RenderDetailed(doc, Theme.Default).Report;
        var section4 = report.Outline.Single(o => o.Title.StartsWith("Раздел 4.", StringComparison.Ordinal));
        Assert.True(section4.Page > 3);
        var contentsPage = report.Records.Where(r => r.Kind == "cell" || r.Kind == "line")
            .Where(r => r.Text.StartsWith("Раздел 4.", StringComparison.Ordinal) && r.Page < section4.Page).Select(r => r).First();
        var pageCell = report.Records.Where(r => r.Page == contentsPage.Page && r.Kind == "line"
            && Math.Abs(r.Y - contentsPage.Y) < 2 && r.Text == section4.Page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.NotEmpty(pageCell);
    }

    [Fact]
    public void The_docx_contents_is_a_toc_field_word_updates()
    {
        using var docx = new MemoryStream();
        new DocxRenderer().Render(Pipeline.Documents["program"], Theme.Default, docx);
        AssertValid(docx, "program");
        docx.Position = 0;
        using var word = WordprocessingDocument.Open(docx, false);
        var xml = word.MainDocumentPart!.Document.OuterXml;
        Assert.Contains("TOC \\o \"1-2\"", xml);
        Assert.Contains("w:dirty=\"true\"", xml);
    }

    [Fact]
    public void A_wrong_directive_in_the_prose_is_reported_at_its_line_in_the_data_file()
    {
        var dir = Repo.Copy(Repo.Data, "prose");
        var file = Path.Combine(dir, "program", "4-analysis.md");
        var lines = File.ReadAllLines(file);
        var n = Array.FindIndex(lines, l => l.Contains("facts.teachers_top_category.text", StringComparison.Ordinal));
        lines[n] = lines[n].Replace("teachers_top_category", "teachers_top", StringComparison.Ordinal);
        File.WriteAllLines(file, lines);
        var (data, _) = CheckedData.Load(dir);
        var (docs, diagnostics) = Pipeline.Compose(data!, Repo.Templates);
        Assert.DoesNotContain("program", docs.Keys);
        var error = Assert.Single(diagnostics.Items.Where(d => d.IsError).Select(d => d.ToString()).Distinct());
        Assert.Contains($"program/4-analysis.md({n + 1},", error.Replace('\\', '/'));
        Assert.Contains("«teachers_top»", error);
    }

    private static void AssertValid(MemoryStream docx, string name)
    {
        docx.Position = 0;
        using var word = WordprocessingDocument.Open(docx, false);
        var errors = new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(word).Take(5)
            .Select(e => $"{name}: {e.Path?.XPath}: {e.Description}").ToArray();
        Assert.True(errors.Length == 0, string.Join("\n", errors));
    }

    [Fact]
    public void A_large_region_charts_the_schools_most_at_risk_and_says_so()
    {
        // Forty schools: one bar pair or one line per school would make the charts unreadable (at 300
        // schools the bars were thinner than their labels and the legend left no room for the lines).
        var docs = ComposeAll(Make("generated: forty schools"), out _);
        var charts = docs.Values.First(d => d.Info.Title.Contains("ВПР", StringComparison.Ordinal))
            .Sections.SelectMany(s => s.Blocks).OfType<ChartBlock>().Select(c => c.Spec).ToList();
        var bars = charts.Where(c => c.Kind == "hbar").ToList();
        Assert.NotEmpty(bars);
        foreach (var chart in bars)
        {
            Assert.Equal(31, chart.Categories.Count); // thirty schools and the district
            Assert.Matches("30 школ с наибольшей долей «2» из [34][0-9] \\(все школы — в таблице\\)$", chart.Caption);
            // The schools in order of their worst share of «2», the highest first.
            var worst = Enumerable.Range(0, 30).Select(i => chart.Series.Max(s => s.Values[i] ?? 0)).ToList();
            Assert.Equal(worst.OrderDescending(), worst);
        }

        var lines = Assert.Single(charts, c => c.Kind == "line");
        Assert.Equal(10, lines.Series.Count);
        Assert.Contains("10 школ с наибольшей долей «2» в 6 классе из", lines.Caption, StringComparison.Ordinal);
        var last = lines.Series.Select(s => s.Values[2] ?? 0).ToList();
        Assert.Equal(last.OrderDescending(), last);
    }

    private static IReadOnlyDictionary<string, Document> ComposeAll(string dir, out int year)
    {
        var (data, bag) = CheckedData.Load(dir);
        Assert.False(bag.HasErrors, string.Join("\n", bag.Items.Where(i => i.Severity == Severity.Error).Take(5)));
        year = data!.Letters!.Year;
        var (docs, diagnostics) = Pipeline.Compose(data, Repo.Templates);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items.Take(5)));
        return docs;
    }

    private static string Make(string variant)
    {
        string Shipped() => Repo.Copy(Repo.Data, "partial");
        string Generated(int schools)
        {
            var dir = Repo.TempDir("partial-gen");
            RegionGenerator.Write(dir, Repo.Data, schools, seed: 5);
            return dir;
        }

        switch (variant)
        {
            case "shipped: two years":
                return Filter(Shipped(), l => !l.StartsWith("2021;", StringComparison.Ordinal));
            case "shipped: no region.csv":
            {
                var dir = Shipped();
                File.Delete(Path.Combine(dir, "region.csv"));
                return dir;
            }
            case "shipped: no ОГЭ":
                return Filter(Shipped(), l => !l.Contains(";ОГЭ;", StringComparison.Ordinal));
            case "shipped: a school without 5th grade":
                return Filter(Shipped(), l => !(l.Contains(";ВПР;5;", StringComparison.Ordinal) && l.Contains(";kazachinskaya;", StringComparison.Ordinal)));
            case "generated: one school":
                return Generated(1);
            case "generated: forty schools":
                return Generated(40);
            case "generated: twenty, two years, no region":
            {
                var dir = Generated(20);
                File.Delete(Path.Combine(dir, "region.csv"));
                var years = CheckedData.Load(dir).Data!.Years;
                return Filter(dir, l => !years.Take(years.Count - 2).Any(y => l.StartsWith(y + ";", StringComparison.Ordinal)));
            }
            default:
                throw new ArgumentException(variant);
        }
    }

    /// <summary>Keeps the header and the lines of every results CSV that pass <paramref name="keep"/>.</summary>
    private static string Filter(string dir, Func<string, bool> keep)
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(dir, "results"), "*.csv"))
        {
            var lines = File.ReadAllLines(file);
            File.WriteAllLines(file, lines.Take(1).Concat(lines.Skip(1).Where(keep)));
        }
        return dir;
    }

    /// <summary>The text with the typograph's no-break space and hyphen read as plain ones.</summary>
    private static string Plain(string text) => text.Replace('\u00A0', ' ').Replace('\u2011', '-');
}
