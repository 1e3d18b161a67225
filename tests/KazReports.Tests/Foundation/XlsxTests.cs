using System.Globalization;
using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using KazReports.Analysis;
using KazReports.Data.Loading;
using KazReports.Data.Model;
using KazReports.Diagnostics;
using KazReports.Parsing;
using Xunit;
using SheetText = DocumentFormat.OpenXml.Spreadsheet.Text;

namespace KazReports.Tests.Foundation;

/// <summary>Results on the first sheet of an XLSX workbook, read like the CSV.</summary>
public class XlsxTests
{
    /// <summary>A raw cell value as Excel stores it: the text of a number, or a string.</summary>
    private sealed record Num(string Raw);

    /// <summary>
    /// Writes a workbook: strings go to the shared string table (or inline), <see cref="Num"/> and
    /// numeric values are number cells, null leaves the cell out. Extra sheets follow the first.
    /// </summary>
    private static void WriteWorkbook(string path, IReadOnlyList<object?[]> rows, bool inlineStrings = false,
        IReadOnlyList<object?[]>? secondSheet = null)
    {
        using var doc = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var wb = doc.AddWorkbookPart();
        wb.Workbook = new Workbook();
        var sst = wb.AddNewPart<SharedStringTablePart>();
        sst.SharedStringTable = new SharedStringTable();
        var strings = new List<string>();
        var sheets = wb.Workbook.AppendChild(new Sheets());
        uint sheetId = 1;
        var all = secondSheet is null ? new[] { rows } : new[] { rows, secondSheet };
        foreach (var data in all)
        {
            var ws = wb.AddNewPart<WorksheetPart>();
            var sheetData = new SheetData();
            ws.Worksheet = new Worksheet(sheetData);
            for (var r = 0; r < data.Count; r++)
            {
                var row = new Row { RowIndex = (uint)(r + 1) };
                for (var c = 0; c < data[r].Length; c++)
                {
                    if (data[r][c] is not { } v) continue;
                    var cell = new Cell { CellReference = ColumnName(c + 1) + (r + 1) };
                    switch (v)
                    {
                        case string s when inlineStrings:
                            cell.DataType = CellValues.InlineString;
                            cell.InlineString = new InlineString(new SheetText(s));
                            break;
                        case string s:
                            var i = strings.IndexOf(s);
                            if (i < 0)
                            {
                                strings.Add(s);
                                sst.SharedStringTable.AppendChild(new SharedStringItem(new SheetText(s)));
                                i = strings.Count - 1;
                            }
                            cell.DataType = CellValues.SharedString;
                            cell.CellValue = new CellValue(i.ToString(CultureInfo.InvariantCulture));
                            break;
                        case Num n:
                            cell.CellValue = new CellValue(n.Raw);
                            break;
                        default:
                            cell.CellValue = new CellValue(Convert.ToString(v, CultureInfo.InvariantCulture)!);
                            cell.DataType = CellValues.Number;
                            break;
                    }
                    row.AppendChild(cell);
                }
                sheetData.AppendChild(row);
            }
            sheets.AppendChild(new Sheet { Id = wb.GetIdOfPart(ws), SheetId = sheetId, Name = "Лист" + sheetId });
            sheetId++;
        }
    }

    private static string ColumnName(int n)
    {
        var s = "";
        for (; n > 0; n = (n - 1) / 26) s = (char)('A' + (n - 1) % 26) + s;
        return s;
    }

    private static object?[] Header => Repo.ResultsHeader.Split(';').Cast<object?>().ToArray();

    private const string KazRow = "2023;ВПР;5;rus;kazachinskaya;";

    [Fact]
    public void Workbook_row_loads_the_same_values_as_the_csv_row()
    {
        using var t = new TempData();
        var csvLine = File.ReadAllLines(t.PathOf(Repo.ResultsCsv)).Single(l => l.StartsWith(KazRow, StringComparison.Ordinal));
        Assert.Equal("2023;ВПР;5;rus;kazachinskaya;58;;5,17;;65,52;;6,9;табл. ВПР 5 кл. 2023, табл. по школам, динамика 5 кл.", csvLine);
        t.Replace(Repo.ResultsCsv, csvLine + "\n", "");
        WriteWorkbook(t.PathOf("results/vpr-2023-extra.xlsx"),
        [
            Header,
            [2023, "ВПР", 5, "rus", "kazachinskaya", 58, null, new Num("5.1699999999999999"), null, new Num("65.52"), null,
                new Num("6.9000000000000004"), "табл. ВПР 5 кл. 2023, табл. по школам, динамика 5 кл."],
        ], secondSheet: [["мусор"], ["не читать"]]);

        var (data, bag) = t.Load();
        Assert.Equal(0, bag.ErrorCount);
        var expected = Repo.Data.Results.Single(r => r.Key == new AssessmentKey(2023, "ВПР", 5, "rus") && r.SchoolId == "kazachinskaya");
        var actual = Assert.Single(data!.Results, r => r.Key == expected.Key && r.SchoolId == "kazachinskaya");
        Assert.Equal(expected.Participants, actual.Participants);
        Assert.Equal(expected.Fail, actual.Fail);
        Assert.Equal(expected.High, actual.High);
        Assert.Equal(expected.Lowered, actual.Lowered);
        Assert.Equal(expected.Source, actual.Source);
        Assert.Equal(5.17m, actual.Fail.GivenShare);
        Assert.Equal(6.9m, actual.Lowered.GivenShare);
        Assert.Equal((t.Display("results/vpr-2023-extra.xlsx"), 2, 1), (actual.Span.File, actual.Span.Line, actual.Span.Column));
        Assert.Equal(5, actual.SchoolSpan.Column);
        Assert.Equal(Repo.Data.Results.Count, data.Results.Count);

        // the district row is computed over both files
        var row = new ResultIndex(data).District(expected.Key)!;
        Assert.Equal(122, row.Participants);
        Assert.Equal(13.93m, Math.Round(row.Share2!.Value, 2));
    }

    [Fact]
    public void Inline_strings_and_the_first_sheet_only()
    {
        using var t = new TempData();
        WriteWorkbook(t.PathOf("results/inline.xlsx"),
        [
            Header,
            [2024, "ВПР", 5, "Русский язык", "kazachinskaya", 10, 2, null, 4, null, null, null, null],
        ], inlineStrings: true, secondSheet: [Header, [2024, "ВПР", 5, "rus", "nosuch", 10, 20, null, null, null, null, null, null]]);
        var (data, bag) = t.Load();
        Assert.Equal(0, bag.ErrorCount);
        var r = Assert.Single(data!.Results, r => r.Year == 2024);
        Assert.Equal(new AssessmentKey(2024, "ВПР", 5, "rus"), r.Key);
        Assert.Equal((10, 2, 4), (r.Participants!.Value, r.Fail.Count!.Value, r.High.Count!.Value));
        Assert.Equal(20m, r.Share2);
    }

    [Fact]
    public void Bad_cell_in_a_workbook_is_reported_at_its_row_and_column()
    {
        using var t = new TempData();
        WriteWorkbook(t.PathOf("results/bad.xlsx"),
        [
            Header,
            [2024, "ВПР", 5, "rus", "kazachinskaya", 10, null, "5,17%", null, null, null, null, null],
        ]);
        var (_, bag) = t.Load();
        var d = DiagnosticAssert.At(bag, Codes.BadNumber, t.Display("results/bad.xlsx"), 2, 8);
        Assert.Contains("«5,17%»", d.Message);
        DiagnosticAssert.CliReports(t, d);
    }

    [Fact]
    public void Table_reader_gives_cells_with_positions()
    {
        var dir = Directory.CreateTempSubdirectory("kaz-foundation-xlsx-");
        try
        {
            var path = Path.Combine(dir.FullName, "t.xlsx");
            WriteWorkbook(path, [["year", "share2", null, "source"], [2023, new Num("33.340000000000003"), null, "x"], [], [2022, 20]]);
            var bag = new DiagnosticBag();
            var table = XlsxTableReader.Read(path, "t.xlsx", bag);
            Assert.Empty(bag.Items);
            Assert.NotNull(table);
            Assert.Equal(new[] { "year", "share2", "", "source" }, table.Header.Select(c => c.Text));
            Assert.Equal(2, table.Rows.Count);
            Assert.Equal(new[] { "2023", "33.34", "", "x" }, table.Rows[0].Cells.Select(c => c.Text));
            Assert.Equal(new[] { 1, 2, 3, 4 }, table.Rows[0].Cells.Select(c => c.Span.Column));
            Assert.Equal(4, table.Rows[1].Line);
            Assert.Equal(new[] { "2022", "20", "", "" }, table.Rows[1].Cells.Select(c => c.Text));
            Assert.True(NumberText.TryParse(table.Rows[0].Cells[1].Text, out var v, out var decimals));
            Assert.Equal((33.34m, 2), (v, decimals));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Text_file_named_xlsx_is_KR1026()
    {
        using var t = new TempData();
        t.Write("results/fake.xlsx", Repo.ResultsHeader + "\n2024;ВПР;5;rus;kazachinskaya;10;1;;;;;;\n");
        var (_, bag) = t.Load();
        var d = DiagnosticAssert.At(bag, Codes.NotSpreadsheet, t.Display("results/fake.xlsx"), 1, 1);
        Assert.Equal("файл не является книгой Excel (.xlsx)", d.Message);
        DiagnosticAssert.CliReports(t, d);
    }

    [Fact]
    public void Zip_that_is_not_a_workbook_is_KR1026()
    {
        using var t = new TempData();
        using (var zip = ZipFile.Open(t.PathOf("results/notes.xlsx"), ZipArchiveMode.Create))
        {
            using var w = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            w.Write("это не книга Excel");
        }
        var (_, bag) = t.Load();
        var d = DiagnosticAssert.At(bag, Codes.NotSpreadsheet, t.Display("results/notes.xlsx"), 1, 1);
        DiagnosticAssert.CliReports(t, d);
    }

    [Fact]
    public void Word_document_named_xlsx_is_KR1026()
    {
        using var t = new TempData();
        using (var doc = WordprocessingDocument.Create(t.PathOf("results/letter.xlsx"), WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            main.Document = new DocumentFormat.OpenXml.Wordprocessing.Document(new DocumentFormat.OpenXml.Wordprocessing.Body(
                new DocumentFormat.OpenXml.Wordprocessing.Paragraph(new DocumentFormat.OpenXml.Wordprocessing.Run(
                    new DocumentFormat.OpenXml.Wordprocessing.Text("письмо")))));
        }
        var (_, bag) = t.Load();
        var d = DiagnosticAssert.At(bag, Codes.NotSpreadsheet, t.Display("results/letter.xlsx"), 1, 1);
        DiagnosticAssert.CliReports(t, d);
    }

    [Fact]
    public void Workbook_whose_first_sheet_is_a_chart_is_KR1026_not_a_crash()
    {
        // Excel lets a chart sheet come first; the reader casts the first sheet's part to a
        // WorksheetPart. A user's file must give a diagnostic, never an unhandled exception.
        using var t = new TempData();
        var path = t.PathOf("results/chart-first.xlsx");
        using (var doc = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook))
        {
            var wb = doc.AddWorkbookPart();
            wb.Workbook = new Workbook();
            var chart = wb.AddNewPart<ChartsheetPart>();
            chart.Chartsheet = new Chartsheet(new ChartSheetViews(new ChartSheetView { WorkbookViewId = 0 }));
            var ws = wb.AddNewPart<WorksheetPart>();
            ws.Worksheet = new Worksheet(new SheetData());
            wb.Workbook.AppendChild(new Sheets(
                new Sheet { Id = wb.GetIdOfPart(chart), SheetId = 1, Name = "Диаграмма" },
                new Sheet { Id = wb.GetIdOfPart(ws), SheetId = 2, Name = "Лист1" }));
        }
        var (_, bag) = t.Load();
        Assert.Contains(bag.Items, d => d.IsError && d.Span.File == t.Display("results/chart-first.xlsx"));
        var (code, _, _) = t.Cli("validate");
        Assert.Equal(1, code);
    }

    [Fact]
    public void Empty_sheet_is_KR1008()
    {
        using var t = new TempData();
        WriteWorkbook(t.PathOf("results/empty.xlsx"), []);
        var (_, bag) = t.Load();
        var d = DiagnosticAssert.At(bag, Codes.EmptyFile, t.Display("results/empty.xlsx"), 1, 1);
        DiagnosticAssert.CliReports(t, d);
    }

    [Fact]
    public void Workbook_row_with_a_value_beyond_the_header_is_KR1024()
    {
        // XlsxTableReader.Fit keeps values beyond the header «so the ragged-row check sees them»,
        // like the CSV reader's KR1024; a value right of the last column must not be dropped silently.
        using var t = new TempData();
        WriteWorkbook(t.PathOf("results/wide.xlsx"),
        [
            Header,
            [2024, "ВПР", 5, "rus", "kazachinskaya", 10, 1, null, null, null, null, null, "источник", "лишнее"],
        ]);
        var (_, bag) = t.Load();
        var d = DiagnosticAssert.At(bag, Codes.RaggedRow, t.Display("results/wide.xlsx"), 2);
        DiagnosticAssert.CliReports(t, d);
    }
}
