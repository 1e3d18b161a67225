using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using KazReports.Documents;
using KazReports.Tests.Rendering.Docx;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace KazReports.Tests.Rendering.Charts;

/// <summary>Native DOCX charts: chart parts, series with cached values, the embedded workbook, alt text, caption.</summary>
public class DocxChartTests
{
    private static DocxProbe Every() => DocxProbe.Of(ChartSamples.EveryKind());

    private static C.PlotArea PlotArea(ChartPart part) =>
        part.ChartSpace.GetFirstChild<C.Chart>()!.PlotArea!;

    private static ChartPart Chart(DocxProbe probe, int number) =>
        probe.Main.ChartParts.Single(p => p.Uri.OriginalString == $"/word/charts/chart{number}.xml");

    private static string[] Cached(C.NumberReference reference) =>
        reference.NumberingCache!.Elements<C.NumericPoint>().Select(p => $"{p.Index!.Value}:{p.NumericValue!.Text}").ToArray();

    [Fact]
    public void Every_kind_is_a_valid_package_with_one_chart_part_each()
    {
        using var probe = Every();
        probe.AssertValid();
        Assert.Equal(
            ["/word/charts/chart1.xml", "/word/charts/chart2.xml", "/word/charts/chart3.xml", "/word/charts/chart4.xml"],
            probe.Main.ChartParts.Select(p => p.Uri.OriginalString).Order());
        var references = probe.Body.Descendants<C.ChartReference>().Select(r => r.Id!.Value!).ToList();
        Assert.Equal(["rIdChart1", "rIdChart2", "rIdChart3", "rIdChart4"], references);
        Assert.All(references, id => Assert.IsType<ChartPart>(probe.Main.GetPartById(id)));
    }

    [Fact]
    public void Bar_is_clustered_columns_with_a_threshold_line_on_the_same_axes()
    {
        using var probe = Every();
        var area = PlotArea(Chart(probe, 1));
        var bars = Assert.Single(area.Elements<C.BarChart>());
        Assert.Equal(C.BarDirectionValues.Column, bars.BarDirection!.Val!.Value);
        Assert.Equal(C.BarGroupingValues.Clustered, bars.BarGrouping!.Val!.Value);
        var series = bars.Elements<C.BarChartSeries>().ToList();
        Assert.Equal(3, series.Count);
        Assert.Equal("Лист1!$B$1", series[0].SeriesText!.StringReference!.Formula!.Text);
        Assert.Equal("Мокрушинская СОШ", series[0].SeriesText!.StringReference!.StringCache!.GetFirstChild<C.StringPoint>()!.InnerText);
        var categories = series[0].GetFirstChild<C.CategoryAxisData>()!.StringReference!;
        Assert.Equal("Лист1!$A$2:$A$4", categories.Formula!.Text);
        Assert.Equal(3u, categories.StringCache!.PointCount!.Val!.Value);
        var values = series[0].GetFirstChild<C.Values>()!.NumberReference!;
        Assert.Equal("Лист1!$B$2:$B$4", values.Formula!.Text);
        Assert.Equal(["0:44.44", "1:60", "2:50"], Cached(values));

        // No data is no point in the cache: a gap, not a zero.
        var region = series[2].GetFirstChild<C.Values>()!.NumberReference!;
        Assert.Equal(["0:10.70"], Cached(region));
        Assert.Equal(3u, region.NumberingCache!.PointCount!.Val!.Value);

        var labels = series[0].GetFirstChild<C.DataLabels>()!;
        Assert.Equal("[$-419]General", labels.GetFirstChild<C.NumberingFormat>()!.FormatCode!.Value);
        Assert.True(labels.GetFirstChild<C.ShowValue>()!.Val!.Value);

        var line = Assert.Single(area.Elements<C.LineChart>());
        var threshold = Assert.Single(line.Elements<C.LineChartSeries>());
        Assert.Equal("порог 30 %", threshold.SeriesText!.StringReference!.StringCache!.InnerText);
        Assert.Equal(["0:30", "1:30", "2:30"], Cached(threshold.GetFirstChild<C.Values>()!.NumberReference!));
        Assert.Equal(
            bars.Elements<C.AxisId>().Select(a => a.Val!.Value),
            line.Elements<C.AxisId>().Select(a => a.Val!.Value));

        // A share axis: 0 to 100 % whatever the data, as in the drawn chart.
        var axis = area.GetFirstChild<C.ValueAxis>()!;
        Assert.Equal(100, axis.Scaling!.MaxAxisValue!.Val!.Value);
        Assert.Equal(0, axis.Scaling!.MinAxisValue!.Val!.Value);
        Assert.Equal(20, axis.GetFirstChild<C.MajorUnit>()!.Val!.Value);
        Assert.Equal("доля «2», %", area.GetFirstChild<C.ValueAxis>()!.GetFirstChild<C.Title>()!.InnerText);
    }

    [Fact]
    public void Hbar_is_horizontal_bars_first_category_on_top_with_the_threshold_as_an_axis_line_and_a_hidden_series()
    {
        using var probe = Every();
        var area = PlotArea(Chart(probe, 2));
        var charts = area.Elements<C.BarChart>().ToList();
        Assert.Equal(2, charts.Count);
        Assert.All(charts, c => Assert.Equal(C.BarDirectionValues.Bar, c.BarDirection!.Val!.Value));
        Assert.Equal(2, charts[0].Elements<C.BarChartSeries>().Count());
        Assert.Equal(["0:1.69", "1:10", "3:8.26"], Cached(charts[0].Elements<C.BarChartSeries>().ElementAt(1).GetFirstChild<C.Values>()!.NumberReference!));

        var categoryAxes = area.Elements<C.CategoryAxis>().ToList();
        Assert.Equal(2, categoryAxes.Count);
        Assert.Equal(C.OrientationValues.MaxMin, categoryAxes[0].Scaling!.Orientation!.Val!.Value);
        Assert.Equal(C.AxisPositionValues.Left, categoryAxes[0].AxisPosition!.Val!.Value);

        // The threshold: the secondary category axis's dashed line crossing at 30, and a series
        // named in the legend with the threshold in every category (the workbook's column D), each bar hidden.
        var threshold = Assert.Single(charts[1].Elements<C.BarChartSeries>());
        Assert.Equal("порог ШНОР 30 %", threshold.SeriesText!.StringReference!.StringCache!.InnerText);
        Assert.Equal(30, categoryAxes[1].GetFirstChild<C.CrossesAt>()!.Val!.Value);
        Assert.Equal("dash", categoryAxes[1].ChartShapeProperties!.Descendants<DocumentFormat.OpenXml.Drawing.PresetDash>().Single().Val!.ToString());
        var thresholdValues = threshold.GetFirstChild<C.Values>()!.NumberReference!;
        Assert.Equal("Лист1!$D$2:$D$5", thresholdValues.Formula!.Text);
        Assert.Equal(["0:30", "1:30", "2:30", "3:30"], Cached(thresholdValues));
        Assert.Equal([0u, 1u, 2u, 3u], threshold.Elements<C.DataPoint>().Select(p => p.Index!.Val!.Value));
        Assert.All(threshold.Elements<C.DataPoint>(), p =>
        {
            Assert.NotNull(p.ChartShapeProperties!.GetFirstChild<DocumentFormat.OpenXml.Drawing.NoFill>());
            Assert.NotNull(p.ChartShapeProperties!.GetFirstChild<DocumentFormat.OpenXml.Drawing.Outline>()!.GetFirstChild<DocumentFormat.OpenXml.Drawing.NoFill>());
        });
        Assert.Equal("dash", threshold.ChartShapeProperties!.Descendants<DocumentFormat.OpenXml.Drawing.PresetDash>().Single().Val!.ToString());
        var values = area.Elements<C.ValueAxis>().ToList();
        Assert.Equal(values[0].Scaling!.MaxAxisValue!.Val!.Value, values[1].Scaling!.MaxAxisValue!.Val!.Value);
        Assert.True(values[1].Delete!.Val!.Value);
        Assert.Equal(C.AxisPositionValues.Bottom, values[0].AxisPosition!.Val!.Value);
    }

    [Fact]
    public void No_series_is_without_values_and_every_threshold_has_its_value_in_each_category()
    {
        using var probe = Every();
        for (var number = 1; number <= 4; number++)
        {
            var area = PlotArea(Chart(probe, number));
            Assert.Empty(area.Descendants<C.NumberLiteral>());
            var categories = area.Descendants<C.CategoryAxisData>().First().StringReference!.StringCache!.PointCount!.Val!.Value;
            foreach (var series in area.Descendants().Where(e => e.LocalName == "ser"))
            {
                var name = series.GetFirstChild<C.SeriesText>()!.StringReference!.StringCache!.InnerText;
                var values = series.GetFirstChild<C.Values>()?.NumberReference;
                Assert.True(values is not null && values.Formula!.Text.StartsWith("Лист1!$", StringComparison.Ordinal), $"chart{number}: «{name}» has no values in the workbook");
                Assert.Equal(categories, values.NumberingCache!.PointCount!.Val!.Value);
                Assert.NotEmpty(values.NumberingCache.Elements<C.NumericPoint>());
            }

            var spec = ChartSamples.Of(ChartSamples.Kinds[number - 1]);
            var thresholds = area.Descendants().Where(e => e.LocalName == "ser" && e.GetFirstChild<C.SeriesText>()!.StringReference!.StringCache!.InnerText == KazReports.Rendering.Charts.ChartLayout.ThresholdName(spec)).ToList();
            var threshold = Assert.Single(thresholds);
            var points = Cached(threshold.GetFirstChild<C.Values>()!.NumberReference!);
            Assert.Equal(categories, (uint)points.Length);
            Assert.All(points, p => Assert.EndsWith(":30", p, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Line_is_a_line_chart_with_markers_gaps_and_the_threshold_series()
    {
        using var probe = Every();
        var space = Chart(probe, 3).ChartSpace;
        var area = PlotArea(Chart(probe, 3));
        Assert.Empty(area.Elements<C.BarChart>());
        var line = Assert.Single(area.Elements<C.LineChart>());
        var series = line.Elements<C.LineChartSeries>().ToList();
        Assert.Equal(3, series.Count);
        Assert.All(series.Take(2), s => Assert.NotEqual(C.MarkerStyleValues.None, s.Marker!.Symbol!.Val!.Value));
        Assert.Equal(C.MarkerStyleValues.None, series[2].Marker!.Symbol!.Val!.Value);
        Assert.Equal(["0:28.57", "2:75"], Cached(series[1].GetFirstChild<C.Values>()!.NumberReference!));
        Assert.Equal(C.DisplayBlanksAsValues.Gap, space.GetFirstChild<C.Chart>()!.DisplayBlanksAs!.Val!.Value);
    }

    [Fact]
    public void Stacked100_is_percent_stacked_bars_with_overlap_100()
    {
        using var probe = Every();
        var area = PlotArea(Chart(probe, 4));
        var bars = area.Elements<C.BarChart>().First();
        Assert.Equal(C.BarDirectionValues.Bar, bars.BarDirection!.Val!.Value);
        Assert.Equal(C.BarGroupingValues.PercentStacked, bars.BarGrouping!.Val!.Value);
        Assert.Equal(100, bars.GetFirstChild<C.Overlap>()!.Val!.Value);
        Assert.Equal(4, bars.Elements<C.BarChartSeries>().Count());

        // The 2 % segment is too narrow for its label: that label alone is deleted.
        var labels = bars.Elements<C.BarChartSeries>().First().GetFirstChild<C.DataLabels>()!;
        var deleted = Assert.Single(labels.Elements<C.DataLabel>());
        Assert.Equal(0u, deleted.Index!.Val!.Value);
        Assert.Equal(0.3, area.Elements<C.CategoryAxis>().ElementAt(1).GetFirstChild<C.CrossesAt>()!.Val!.Value, 9);
        Assert.Equal("0%", area.GetFirstChild<C.ValueAxis>()!.NumberingFormat!.FormatCode!.Value);
    }

    [Fact]
    public void Each_chart_embeds_a_valid_workbook_with_its_data_and_does_not_update_it()
    {
        using var probe = Every();
        foreach (var part in probe.Main.ChartParts)
        {
            var external = part.ChartSpace.GetFirstChild<C.ExternalData>()!;
            Assert.False(external.AutoUpdate!.Val!.Value);
            var embedded = Assert.IsType<EmbeddedPackagePart>(part.GetPartById(external.Id!.Value!));
            Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", embedded.ContentType);
            Assert.EndsWith(".xlsx", embedded.Uri.OriginalString, StringComparison.Ordinal);
            Assert.Equal(StylesPartLanguage, part.ChartSpace.EditingLanguage!.Val!.Value);
        }

        var first = Chart(probe, 1).EmbeddedPackagePart!;
        using var stream = new MemoryStream();
        using (var data = first.GetStream())
        {
            data.CopyTo(stream);
        }

        using var book = SpreadsheetDocument.Open(stream, isEditable: false);
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(book));
        var workbook = book.WorkbookPart!;
        Assert.Equal("Лист1", workbook.Workbook.Sheets!.Elements<Sheet>().Single().Name!.Value);
        var strings = workbook.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList();
        var cells = workbook.WorksheetParts.Single().Worksheet.Descendants<Cell>().ToDictionary(
            c => c.CellReference!.Value!,
            c => c.DataType?.Value == CellValues.SharedString ? strings[int.Parse(c.CellValue!.Text)] : c.CellValue!.Text);
        Assert.Equal("Мокрушинская СОШ", cells["B1"]);
        Assert.Equal("Край", cells["D1"]);
        Assert.Equal("порог 30 %", cells["E1"]);
        Assert.Equal("ВПР 5 кл., математика", cells["A2"]);
        Assert.Equal("44.44", cells["B2"]);
        Assert.Equal("13.93", cells["C3"]);
        Assert.Equal("10.70", cells["D2"]);
        Assert.False(cells.ContainsKey("D3"), "no data must be an empty cell");
        Assert.Equal("30", cells["E4"]);
    }

    [Fact]
    public void The_drawing_is_sized_from_the_spec_with_alt_text_and_a_centred_caption_kept_with_it()
    {
        using var probe = Every();
        var inline = probe.Body.Descendants<DW.Inline>().First();
        Assert.Equal((160L * 36000, 80L * 36000), (inline.Extent!.Cx!.Value, inline.Extent!.Cy!.Value));
        var description = inline.DocProperties!.Description!.Value!;
        Assert.StartsWith("Мокрушинская СОШ: доля «2» в сравнении с районом и краем.", description, StringComparison.Ordinal);
        Assert.Contains("44,44", description, StringComparison.Ordinal);
        Assert.Contains("нет данных", description, StringComparison.Ordinal);
        Assert.Equal(4, probe.Body.Descendants<DW.DocProperties>().Select(d => d.Id!.Value).Distinct().Count());

        var drawing = inline.Ancestors<W.Paragraph>().Single();
        Assert.NotNull(drawing.ParagraphProperties!.KeepNext);
        Assert.Equal(W.JustificationValues.Center, drawing.ParagraphProperties.Justification!.Val!.Value);
        var caption = Assert.IsType<W.Paragraph>(drawing.NextSibling());
        Assert.Equal("Рисунок 1 — Доля «2»: школа, район и край", caption.InnerText);
        Assert.Equal("Caption", caption.ParagraphProperties!.ParagraphStyleId!.Val!.Value);
        Assert.Equal(W.JustificationValues.Center, caption.ParagraphProperties.Justification!.Val!.Value);
    }

    [Fact]
    public void A_chart_wider_than_the_text_is_shrunk_to_it()
    {
        var spec = ChartSamples.Bar() with { WidthMm = 340, HeightMm = 170, Caption = null };
        using var probe = DocxProbe.Of(new ChartBlock(spec, ChartSamples.At));
        probe.AssertValid();
        var inline = probe.Body.Descendants<DW.Inline>().Single();
        Assert.InRange(inline.Extent!.Cx!.Value, (170L * 36000) - 1000, (170L * 36000) + 1000);
        Assert.InRange(inline.Extent!.Cy!.Value * 2, inline.Extent!.Cx!.Value - 2, inline.Extent!.Cx!.Value + 2);
        Assert.Single(probe.Paragraphs);
    }

    [Theory]
    [InlineData(true, 257 - 20)]
    [InlineData(false, 257)]
    public void A_chart_taller_than_the_page_is_drawn_lower_keeping_its_width_and_room_for_its_caption(bool caption, int heightMm)
    {
        // 257 mm: the text height of an A4 portrait page with the shipped 20/20 mm margins.
        var spec = ChartSamples.HorizontalBars() with { WidthMm = 170, HeightMm = 400 };
        if (!caption) spec = spec with { Caption = null };
        using var probe = DocxProbe.Of(new ChartBlock(spec, ChartSamples.At));
        probe.AssertValid();
        var inline = probe.Body.Descendants<DW.Inline>().Single();
        Assert.Equal((170L * 36000, heightMm * 36000L), (inline.Extent!.Cx!.Value, inline.Extent!.Cy!.Value));
    }

    [Fact]
    public void The_same_document_gives_the_same_bytes_workbooks_included()
    {
        var first = DocxProbe.Render(ChartSamples.EveryKind());
        var second = DocxProbe.Render(ChartSamples.EveryKind());
        Assert.Equal(first, second);
    }

    [Theory]
    [InlineData("bar")]
    [InlineData("hbar")]
    [InlineData("line")]
    [InlineData("stacked100")]
    public void A_series_without_data_and_a_chart_without_threshold_or_title_stay_valid(string kind)
    {
        var spec = ChartSamples.Of(kind);
        spec = spec with
        {
            Title = string.Empty,
            Threshold = null,
            ValueAxisTitle = null,
            Series = [.. spec.Series, new ChartSeries("Пусто", spec.Categories.Select(_ => (decimal?)null).ToList(), null)],
        };
        using var probe = DocxProbe.Of(new ChartBlock(spec, ChartSamples.At));
        probe.AssertValid();
        var space = probe.Main.ChartParts.Single().ChartSpace;
        Assert.True(space.GetFirstChild<C.Chart>()!.AutoTitleDeleted!.Val!.Value);
        var last = space.Descendants<C.Values>().Last().NumberReference!;
        Assert.Empty(Cached(last));
        Assert.Equal((uint)spec.Categories.Count, last.NumberingCache!.PointCount!.Val!.Value);
        Assert.Empty(space.Descendants<C.CrossesAt>());
    }

    private const string StylesPartLanguage = "ru-RU";
}
