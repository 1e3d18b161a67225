using System.Text;
using KazReports.Diagnostics;

namespace KazReports.Data.Loading;

/// <summary>
/// CSV as spreadsheets write it: separator <c>;</c>, <c>,</c> or tab (taken from the header line),
/// quoted fields with doubled quotes, line breaks inside quotes. Positions are kept per field.
/// </summary>
internal static class CsvTableReader
{
    public static Table? Read(string text, string file, DiagnosticBag bag)
    {
        if (text.Trim().Length == 0)
        {
            bag.Error(Codes.EmptyFile, new SourceSpan(file, 1, 1), "файл пуст: нет строки заголовка");
            return null;
        }
        var sep = DetectSeparator(text);
        var records = Parse(text, sep, file, bag);
        if (records is null) return null;
        var nonEmpty = records.Where(r => r.Cells.Any(c => c.Text.Length > 0)).ToList();
        if (nonEmpty.Count == 0)
        {
            bag.Error(Codes.EmptyFile, new SourceSpan(file, 1, 1), "файл пуст: нет строки заголовка");
            return null;
        }
        var header = nonEmpty[0].Cells;
        var rows = new List<TableRow>();
        foreach (var r in nonEmpty.Skip(1))
        {
            if (r.Cells.Count != header.Count)
            {
                bag.Error(Codes.RaggedRow, new SourceSpan(file, r.Line, 1),
                    $"в строке {r.Cells.Count} {Text.RussianForms.Plural(r.Cells.Count, "поле", "поля", "полей")}, " +
                    $"а в заголовке {header.Count} (разделитель «{Show(sep)}»)");
                continue;
            }
            rows.Add(r);
        }
        return new Table(file, header, rows);
    }

    private static string Show(char sep) => sep == '\t' ? "табуляция" : sep.ToString();

    /// <summary>The separator is the one the header line uses: <c>;</c> first, then tab, then <c>,</c>.</summary>
    internal static char DetectSeparator(string text)
    {
        int semi = 0, comma = 0, tab = 0;
        var inQuotes = false;
        foreach (var c in text)
        {
            if (c == '"') inQuotes = !inQuotes;
            else if (!inQuotes && c == '\n') break;
            else if (!inQuotes && c == ';') semi++;
            else if (!inQuotes && c == ',') comma++;
            else if (!inQuotes && c == '\t') tab++;
        }
        return semi > 0 ? ';' : tab > 0 ? '\t' : comma > 0 ? ',' : ';';
    }

    private static List<TableRow>? Parse(string text, char sep, string file, DiagnosticBag bag)
    {
        var rows = new List<TableRow>();
        var cells = new List<TableCell>();
        var field = new StringBuilder();
        int line = 1, col = 1;
        int fieldLine = 1, fieldCol = 1, rowLine = 1;
        var i = 0;
        var quoted = false;
        int quoteLine = 0, quoteCol = 0;

        void EndField()
        {
            cells.Add(new TableCell(field.ToString().Trim(), new SourceSpan(file, fieldLine, fieldCol)));
            field.Clear();
        }

        while (i < text.Length)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i += 2;
                        col += 2;
                        continue;
                    }
                    quoted = false;
                }
                else if (c != '\r')
                {
                    field.Append(c);
                    if (c == '\n') { line++; col = 0; }
                }
                i++;
                col++;
                continue;
            }
            if (c == '"' && field.ToString().Trim().Length == 0)
            {
                quoted = true;
                quoteLine = line;
                quoteCol = col;
                field.Clear();
            }
            else if (c == sep)
            {
                EndField();
                fieldLine = line;
                fieldCol = col + 1;
            }
            else if (c == '\r')
            {
                // part of a line break
            }
            else if (c == '\n')
            {
                EndField();
                rows.Add(new TableRow(rowLine, cells.ToArray()));
                cells.Clear();
                line++;
                col = 0;
                fieldLine = line;
                fieldCol = 1;
                rowLine = line;
            }
            else
            {
                field.Append(c);
            }
            i++;
            col++;
        }
        if (quoted)
        {
            bag.Error(Codes.UnclosedQuote, new SourceSpan(file, quoteLine, quoteCol), "кавычка открыта и не закрыта до конца файла");
            return null;
        }
        if (field.Length > 0 || cells.Count > 0)
        {
            EndField();
            rows.Add(new TableRow(rowLine, cells.ToArray()));
        }
        return rows;
    }
}
