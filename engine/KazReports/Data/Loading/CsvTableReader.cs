using KazReports.Parsing;
using KazReports.Diagnostics;

namespace KazReports.Data.Loading;

/// <summary>
/// CSV as spreadsheets write it: separator <c>;</c>, <c>,</c> or tab (taken from the header line),
/// quoted fields with doubled quotes, line breaks inside quotes. Positions are kept per field.
/// Records come from <see cref="CsvRecordReader"/>; a whole <see cref="Table"/> is built only for
/// small files (the region rows, tests), big result files are read row by row (<see cref="CsvRows"/>).
/// </summary>
internal static class CsvTableReader
{
    public static Table? Read(string text, string file, DiagnosticBag bag)
    {
        var rows = new CsvRows(new StringReader(text), file);
        var table = rows.ReadHeader() is { } header ? new Table(file, header, rows.ReadAll()) : null;
        return rows.Finish(bag) ? table : null;
    }

    /// <summary>The separator is the one the header line uses: <c>;</c> first, then tab, then <c>,</c>.</summary>
    internal static char DetectSeparator(string text) => DetectSeparator(text, out _);

    /// <summary>
    /// The separator of the first line of <paramref name="text"/>; <paramref name="lineComplete"/>
    /// tells whether that line ended within the text (otherwise more text could change the answer).
    /// </summary>
    internal static char DetectSeparator(ReadOnlySpan<char> text, out bool lineComplete)
    {
        int semi = 0, comma = 0, tab = 0;
        var inQuotes = false;
        lineComplete = false;
        foreach (var c in text)
        {
            if (c == '"') inQuotes = !inQuotes;
            else if (!inQuotes && c == '\n')
            {
                lineComplete = true;
                break;
            }
            else if (!inQuotes && c == ';') semi++;
            else if (!inQuotes && c == ',') comma++;
            else if (!inQuotes && c == '\t') tab++;
        }
        return semi > 0 ? ';' : tab > 0 ? '\t' : comma > 0 ? ',' : ';';
    }

    internal static string Show(char sep) => sep == '\t' ? "табуляция" : sep.ToString();
}

/// <summary>
/// The rows of one CSV file under its header, read one at a time. Diagnostics of the rows are held
/// back until <see cref="Finish"/>: a quote left open at the end makes the whole file unreadable, and
/// then only that is reported, as if nothing had been read.
/// </summary>
internal sealed class CsvRows(TextReader text, string file)
{
    private readonly CsvRecordReader _reader = new(new LineEndingReader(text), file);
    private readonly DiagnosticBag _structure = new();
    private readonly DiagnosticBag _rows = new();
    private int _width = -1;

    public string File => file;

    /// <summary>Where diagnostics about the rows' contents go until <see cref="Finish"/>.</summary>
    public DiagnosticBag RowDiagnostics => _rows;

    /// <summary>The first record with any text; null when there is none (reported by <see cref="Finish"/>).</summary>
    public TableCell[]? ReadHeader()
    {
        while (_reader.Read())
        {
            if (!_reader.HasText) continue;
            var header = _reader.Cells();
            _width = header.Length;
            return header;
        }
        return null;
    }

    /// <summary>
    /// Moves to the next row with text and as many cells as the header (a ragged row is reported and
    /// skipped); false at the end. The row is valid until the next call.
    /// </summary>
    public bool Next(out IRowCells row)
    {
        row = _reader;
        while (_width >= 0 && _reader.Read())
        {
            if (!_reader.HasText) continue;
            if (_reader.Count != _width)
            {
                _structure.Error(Codes.RaggedRow, new SourceSpan(file, _reader.Line, 1),
                    $"в строке {Text.RussianForms.Count(_reader.Count, "поле", "поля", "полей")}, " +
                    $"а в заголовке {_width} (разделитель «{CsvTableReader.Show(_reader.Separator)}»)");
                continue;
            }
            return true;
        }
        return false;
    }

    /// <summary>Every remaining row as table rows.</summary>
    public IReadOnlyList<TableRow> ReadAll()
    {
        var list = new List<TableRow>();
        while (Next(out _)) list.Add(new TableRow(_reader.Line, _reader.Cells()));
        return list;
    }

    /// <summary>
    /// Reads to the end and reports: an unclosed quote (then the file counts as unread: false), an
    /// empty file, or the held-back diagnostics of the rows.
    /// </summary>
    public bool Finish(DiagnosticBag bag)
    {
        while (_reader.Read())
        {
            // drain: only the end tells whether a quote was left open
        }
        if (_reader.UnclosedQuote)
        {
            bag.Error(Codes.UnclosedQuote, _reader.QuoteSpan, "кавычка открыта и не закрыта до конца файла");
            return false;
        }
        if (_width < 0)
        {
            bag.Error(Codes.EmptyFile, new SourceSpan(file, 1, 1), "файл пуст: нет строки заголовка");
            return false;
        }
        bag.AddRange(_structure.Items);
        bag.AddRange(_rows.Items);
        return true;
    }
}
