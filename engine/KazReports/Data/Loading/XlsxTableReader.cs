using System.Globalization;
using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using KazReports.Diagnostics;

namespace KazReports.Data.Loading;

/// <summary>The first sheet of an XLSX workbook as a table, read with the Open XML SDK.</summary>
internal static class XlsxTableReader
{
    private const long MaxUnpackedBytes = 200L * 1024 * 1024;
    private const long MaxRatio = 200;
    private const int MaxColumns = 16384; // XFD, the last column Excel has

    public static Table? Read(string path, string file, DiagnosticBag bag)
    {
        var start = new SourceSpan(file, 1, 1);
        if (!IsSafeZip(path, file, bag)) return null;
        try
        {
            using var doc = SpreadsheetDocument.Open(path, false);
            var wb = doc.WorkbookPart;
            // The first worksheet: chart sheets and dialog sheets hold no table.
            var part = wb?.Workbook.Sheets?.Elements<Sheet>()
                .Select(s => s.Id?.Value is { } id ? wb.GetPartById(id) : null)
                .OfType<WorksheetPart>().FirstOrDefault();
            if (wb is null || part is null)
            {
                bag.Error(Codes.NotSpreadsheet, start, "в книге нет листа с таблицей");
                return null;
            }
            var shared = wb.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToArray() ?? [];
            var rows = new List<TableRow>();
            foreach (var row in part.Worksheet.Descendants<Row>())
            {
                var line = (int)(row.RowIndex?.Value ?? (uint)(rows.Count + 1));
                var cells = new SortedDictionary<int, TableCell>();
                var next = 1;
                foreach (var cell in row.Elements<Cell>())
                {
                    var colIndex = cell.CellReference?.Value is { } r ? ColumnIndex(r) : next;
                    if (colIndex > MaxColumns)
                    {
                        // A forged reference («ZZZZZZZ2») would make a row of millions of cells.
                        bag.Error(Codes.NotSpreadsheet, new SourceSpan(file, line, 1),
                            $"ячейка «{cell.CellReference?.Value}» правее последнего столбца листа Excel ({MaxColumns})");
                        return null;
                    }
                    next = colIndex + 1;
                    cells[colIndex] = new TableCell(CellText(cell, shared).Trim(), new SourceSpan(file, line, colIndex));
                }
                if (cells.Count == 0) continue;
                var width = cells.Keys.Max();
                var list = Enumerable.Range(1, width)
                    .Select(c => cells.TryGetValue(c, out var v) ? v : new TableCell("", new SourceSpan(file, line, c)))
                    .ToArray();
                rows.Add(new TableRow(line, list));
            }
            rows = rows.Where(r => r.Cells.Any(c => c.Text.Length > 0)).ToList();
            if (rows.Count == 0)
            {
                bag.Error(Codes.EmptyFile, start, "лист пуст: нет строки заголовка");
                return null;
            }
            var header = rows[0].Cells.Reverse().SkipWhile(c => c.Text.Length == 0).Reverse().ToArray();
            var body = new List<TableRow>();
            foreach (var r in rows.Skip(1))
            {
                var extra = r.Cells.Skip(header.Length).FirstOrDefault(c => c.Text.Length > 0);
                if (extra is not null)
                {
                    bag.Error(Codes.RaggedRow, extra.Span, $"значение «{extra.Text}» правее последнего столбца заголовка ({header.Length})");
                    continue;
                }
                body.Add(Fit(r, header.Length));
            }
            return new Table(file, header, body);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or IOException or InvalidOperationException or InvalidCastException or System.Xml.XmlException)
        {
            bag.Error(Codes.NotSpreadsheet, start, "файл не является книгой Excel (.xlsx)");
            return null;
        }
    }

    /// <summary>Rejects files that are not zip archives or that unpack to far more than they weigh.</summary>
    private static bool IsSafeZip(string path, string file, DiagnosticBag bag)
    {
        var start = new SourceSpan(file, 1, 1);
        try
        {
            using var zip = ZipFile.OpenRead(path);
            long total = 0, packed = 0;
            foreach (var e in zip.Entries)
            {
                total += e.Length;
                packed += e.CompressedLength;
            }
            if (total > MaxUnpackedBytes || packed > 0 && total / Math.Max(1, packed) > MaxRatio && total > 10 * 1024 * 1024)
            {
                bag.Error(Codes.NotSpreadsheet, start, $"файл распаковывается в {total / (1024 * 1024)} МБ: это не таблица результатов");
                return false;
            }
            return true;
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            bag.Error(Codes.NotSpreadsheet, start, "файл не является книгой Excel (.xlsx)");
            return false;
        }
    }

    private static TableRow Fit(TableRow row, int width)
    {
        var cells = row.Cells.Take(width).ToList();
        while (cells.Count < width) cells.Add(new TableCell("", new SourceSpan(row.Cells[0].Span.File, row.Line, cells.Count + 1)));
        return new TableRow(row.Line, cells);
    }

    private static string CellText(Cell cell, string[] shared)
    {
        var raw = cell.CellValue?.Text ?? cell.InnerText;
        if (cell.DataType?.Value == CellValues.SharedString &&
            int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < shared.Length)
            return shared[i];
        if (cell.DataType?.Value == CellValues.InlineString)
            return cell.InlineString?.InnerText ?? "";
        if (cell.DataType is null || cell.DataType.Value == CellValues.Number)
        {
            // Numbers are stored with a point and full precision (5.1699999999999999): shorten them.
            if (double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
                return Math.Round(d, 10).ToString("0.##########", CultureInfo.InvariantCulture);
        }
        return raw;
    }

    private static int ColumnIndex(string reference)
    {
        var n = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetter(c)) break;
            n = n * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
            if (n > MaxColumns) return MaxColumns + 1; // no overflow on long forged references
        }
        return Math.Max(1, n);
    }
}
