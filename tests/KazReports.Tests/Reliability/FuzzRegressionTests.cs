using KazReports.Data.Loading;
using KazReports.Diagnostics;
using KazReports.Tests.Foundation;
using KazReports.Parsing;

namespace KazReports.Tests.Reliability;

/// <summary>Inputs the loader fuzzer (<see cref="LoaderFuzzTests"/>) found crashing, kept as regression tests.</summary>
public sealed class FuzzRegressionTests
{
    private static string Corpus => Path.Combine(Repo.Root, "tests", "KazReports.Tests", "Reliability", "FuzzCorpus");

    public static TheoryData<string> Crashes() =>
        new(Directory.EnumerateFiles(Path.Combine(Repo.Root, "tests", "KazReports.Tests", "Reliability", "FuzzCorpus"))
            .Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal));

    /// <summary>
    /// YamlDotNet's scanner threw InvalidOperationException (not YamlException) on these mutants of the
    /// shipped files; YamlFile.Parse let it escape and DataLoader.Load crashed. Now KR1002.
    /// </summary>
    [Theory]
    [MemberData(nameof(Crashes))]
    public void Crashing_input_gives_diagnostics(string name)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Corpus, name));
        var shipped = name[(name.IndexOf('-', name.IndexOf('-', 5) + 1) + 1)..];
        LoaderFuzzTests.InMemory(shipped, bytes);
        using var t = new TempData();
        t.WriteBytes(shipped, bytes);
        var (_, bag) = t.Load();
        Assert.True(bag.HasErrors);
        var (code, _, err) = t.Cli("validate");
        Assert.Equal(1, code);
        Assert.Contains("ошибка KR", err);
    }

    [Fact]
    public void Scanner_failure_of_yamldotnet_is_KR1002_at_the_file()
    {
        foreach (var name in Directory.EnumerateFiles(Corpus).Select(Path.GetFileName).OfType<string>())
        {
            var bag = new DiagnosticBag();
            var text = TextDecoder.Decode(File.ReadAllBytes(Path.Combine(Corpus, name)), "x.yaml", bag);
            YamlFile.Parse(text, "x.yaml", bag);
            Assert.Contains(bag.Items, d => d.Code == Codes.YamlSyntax && d.Span.File == "x.yaml");
        }
    }
}

/// <summary>A workbook with a forged cell reference far right of Excel's last column.</summary>
public sealed class XlsxForgedReferenceTests
{
    [Theory]
    [InlineData("ZZZZZZZ2")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2")]
    [InlineData("XFE2")]
    public void Cell_reference_beyond_the_last_column_is_KR1026_not_a_giant_row(string reference)
    {
        using var t = new TempData();
        var path = t.PathOf("results/zz-test.xlsx");
        using (var doc = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Create(path, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var wb = doc.AddWorkbookPart();
            wb.Workbook = new DocumentFormat.OpenXml.Spreadsheet.Workbook();
            var ws = wb.AddNewPart<DocumentFormat.OpenXml.Packaging.WorksheetPart>();
            var data = new DocumentFormat.OpenXml.Spreadsheet.SheetData();
            ws.Worksheet = new DocumentFormat.OpenXml.Spreadsheet.Worksheet(data);
            var header = new DocumentFormat.OpenXml.Spreadsheet.Row { RowIndex = 1 };
            header.AppendChild(new DocumentFormat.OpenXml.Spreadsheet.Cell
            {
                CellReference = "A1", DataType = DocumentFormat.OpenXml.Spreadsheet.CellValues.InlineString,
                InlineString = new DocumentFormat.OpenXml.Spreadsheet.InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text("year")),
            });
            data.AppendChild(header);
            var row = new DocumentFormat.OpenXml.Spreadsheet.Row { RowIndex = 2 };
            row.AppendChild(new DocumentFormat.OpenXml.Spreadsheet.Cell { CellReference = reference, CellValue = new DocumentFormat.OpenXml.Spreadsheet.CellValue("1") });
            data.AppendChild(row);
            wb.Workbook.AppendChild(new DocumentFormat.OpenXml.Spreadsheet.Sheets(
                new DocumentFormat.OpenXml.Spreadsheet.Sheet { Id = wb.GetIdOfPart(ws), SheetId = 1, Name = "Лист1" }));
        }
        var (_, bag) = t.Load();
        var d = Assert.Single(bag.Items, x => x.Code == KazReports.Diagnostics.Codes.NotSpreadsheet);
        Assert.Equal((t.Display("results/zz-test.xlsx"), 2, 1), (d.Span.File, d.Span.Line, d.Span.Column));
        Assert.Contains("правее последнего столбца листа Excel (16384)", d.Message);
        var (code, _, _) = t.Cli("validate");
        Assert.Equal(1, code);
    }
}
