using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using KazReports.Documents;
using KazReports.Rendering.Charts;

namespace KazReports.Rendering.Docx;

/// <summary>
/// The data of a native chart as the XLSX Word opens with «Изменить данные»: one sheet «Лист1»,
/// categories in column A from row 2, series names in row 1 and values below them in B, C, …,
/// then the threshold as one more column; no data is an empty cell. Written with fixed relationship
/// ids and rewritten with fixed zip timestamps, so the same chart gives the same bytes.
/// </summary>
internal sealed class ChartWorkbook(ChartSpec spec)
{
    public const string SheetName = "Лист1";
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private const string WorkbookContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

    private int LastRow => spec.Categories.Count + 1;

    public bool HasThreshold => spec.Threshold is not null;

    /// <summary>The column of the threshold: right after the series.</summary>
    public int ThresholdColumn => spec.Series.Count + 1;

    public string Categories => Range(0, 2, LastRow);

    public string SeriesName(int series) => Cell(series + 1, 1);

    public string SeriesValues(int series) => Range(series + 1, 2, LastRow);

    public string ThresholdName => Cell(ThresholdColumn, 1);

    public string ThresholdValues => Range(ThresholdColumn, 2, LastRow);

    /// <summary>The threshold in its first two rows (the two ends of a vertical threshold line).</summary>
    public string ThresholdEnds => Range(ThresholdColumn, 2, 3);

    /// <summary>A, B, …, Z, AA, AB… for a zero-based column.</summary>
    public static string Column(int index)
    {
        var name = string.Empty;
        for (var i = index + 1; i > 0; i = (i - 1) / 26)
        {
            name = (char)('A' + ((i - 1) % 26)) + name;
        }

        return name;
    }

    public static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The XLSX bytes.</summary>
    public byte[] Build()
    {
        using var raw = new MemoryStream();
        using (var book = SpreadsheetDocument.Create(raw, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook, autoSave: true))
        {
            // Stored, not deflated: DeterministicZip compresses every part once when it rewrites the package.
            book.CompressionOption = System.IO.Packaging.CompressionOption.NotCompressed;
            var workbookPart = book.AddNewPart<WorkbookPart>(WorkbookContentType, "rIdBook");
            var strings = new SharedStrings();
            var sheetPart = workbookPart.AddNewPart<WorksheetPart>("rIdSheet1");
            sheetPart.Worksheet = new Worksheet(
                new SheetDimension { Reference = "A1:" + Column(spec.Series.Count + (HasThreshold ? 1 : 0)) + Units.Str(LastRow) },
                new Columns(new Column { Min = 1U, Max = 1U, Width = 28, CustomWidth = true }),
                SheetData(strings));
            workbookPart.AddNewPart<SharedStringTablePart>("rIdStrings").SharedStringTable = strings.Table();
            workbookPart.Workbook = new Workbook(new Sheets(new Sheet { Name = SheetName, SheetId = 1U, Id = "rIdSheet1" }));
        }

        using var output = new MemoryStream();
        DeterministicZip.Rewrite(raw, output);
        return output.ToArray();
    }

    private SheetData SheetData(SharedStrings strings)
    {
        var data = new SheetData();
        var header = new Row { RowIndex = 1U };
        for (var s = 0; s < spec.Series.Count; s++)
        {
            header.Append(strings.Cell(Column(s + 1) + "1", spec.Series[s].Name));
        }

        if (spec.Threshold is not null)
        {
            header.Append(strings.Cell(Column(ThresholdColumn) + "1", ChartLayout.ThresholdName(spec)));
        }

        data.Append(header);
        for (var c = 0; c < spec.Categories.Count; c++)
        {
            var index = (uint)(c + 2);
            var row = new Row { RowIndex = index };
            row.Append(strings.Cell("A" + Units.Str(c + 2), spec.Categories[c]));
            for (var s = 0; s < spec.Series.Count; s++)
            {
                if (c < spec.Series[s].Values.Count && spec.Series[s].Values[c] is { } value)
                {
                    row.Append(NumberCell(Column(s + 1) + Units.Str(c + 2), value));
                }
            }

            if (spec.Threshold is { } threshold)
            {
                row.Append(NumberCell(Column(ThresholdColumn) + Units.Str(c + 2), threshold));
            }

            data.Append(row);
        }

        return data;
    }

    private static Cell NumberCell(string reference, decimal value) =>
        new(new CellValue(Number(value))) { CellReference = reference };

    private static string Cell(int column, int row) => $"{SheetName}!${Column(column)}${Units.Str(row)}";

    private static string Range(int column, int first, int last) =>
        $"{SheetName}!${Column(column)}${Units.Str(first)}:${Column(column)}${Units.Str(Math.Max(first, last))}";

    /// <summary>The shared string table, in order of first use.</summary>
    private sealed class SharedStrings
    {
        private readonly List<string> items = [];
        private readonly Dictionary<string, int> index = new(StringComparer.Ordinal);
        private int uses;

        public Cell Cell(string reference, string text)
        {
            uses++;
            if (!index.TryGetValue(text, out var i))
            {
                i = items.Count;
                items.Add(text);
                index[text] = i;
            }

            return new Cell(new CellValue(Units.Str(i))) { CellReference = reference, DataType = CellValues.SharedString };
        }

        public SharedStringTable Table() => new(items.Select(t => new SharedStringItem(new DocumentFormat.OpenXml.Spreadsheet.Text(t) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve })))
        {
            Count = (uint)uses,
            UniqueCount = (uint)items.Count,
        };
    }
}
