using KazReports.Diagnostics;
using KazReports.Parsing;

namespace KazReports.Data.Loading;

internal sealed record TableCell(string Text, SourceSpan Span);

/// <summary>The cells of one row as a reader sees them: trimmed texts with their positions.</summary>
internal interface IRowCells
{
    /// <summary>The line the row starts on.</summary>
    int Line { get; }

    int Count { get; }

    ReadOnlySpan<char> Text(int cell);

    SourceSpan Span(int cell);
}

internal sealed record TableRow(int Line, IReadOnlyList<TableCell> Cells) : IRowCells
{
    public int Count => Cells.Count;

    public ReadOnlySpan<char> Text(int cell) => Cells[cell].Text;

    public SourceSpan Span(int cell) => Cells[cell].Span;
}

/// <summary>A sheet of rows under a header, read from CSV or XLSX, each cell with its position.</summary>
internal sealed record Table(string File, IReadOnlyList<TableCell> Header, IReadOnlyList<TableRow> Rows)
{
    /// <summary>Reads a CSV or XLSX file by its extension; null (with diagnostics) when unreadable.</summary>
    public static Table? Read(string path, string displayPath, DiagnosticBag bag)
    {
        if (!SafeFile.CheckReadable(path, displayPath, bag)) return null;
        if (path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
            return XlsxTableReader.Read(path, displayPath, bag);
        byte[] bytes;
        try
        {
            bytes = System.IO.File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            bag.Add(new Diagnostic(Severity.Error, Codes.FileMissing, new SourceSpan(displayPath, 0, 0), $"файл не прочитан: {FileErrors.Russian(e)}", e.Message));
            return null;
        }
        var text = TextDecoder.Decode(bytes, displayPath, bag);
        return CsvTableReader.Read(text, displayPath, bag);
    }
}
