using System.Globalization;
using KazReports.Diagnostics;
using KazReports.Parsing;

namespace KazReports.Data.Loading;

/// <summary>A column of a table by name, with its place in the header (−1 when the header lacks it).</summary>
internal readonly record struct Column(string Name, int Index);

/// <summary>
/// Reads typed cells of one table row by column; problems become diagnostics. One reader serves
/// every row of a table (<see cref="Start"/>), and reads without allocating unless it reports.
/// </summary>
internal sealed class RowReader(DiagnosticBag bag)
{
    private IRowCells _row = null!;
    private string _file = "";

    public bool Failed { get; private set; }

    /// <summary>Begins reading <paramref name="row"/> of <paramref name="file"/>.</summary>
    public RowReader Start(IRowCells row, string file)
    {
        _row = row;
        _file = file;
        Failed = false;
        return this;
    }

    public int Line => _row.Line;

    public SourceSpan Span(Column column) =>
        column.Index >= 0 && column.Index < _row.Count ? _row.Span(column.Index) : new SourceSpan(_row.Count > 0 ? _row.Span(0).File : _file, _row.Line, 1);

    /// <summary>The cell's text, empty when the cell is empty or absent.</summary>
    public ReadOnlySpan<char> Raw(Column column) =>
        column.Index >= 0 && column.Index < _row.Count ? _row.Text(column.Index) : [];

    /// <summary>The cell's text; empty is reported when <paramref name="required"/>.</summary>
    public ReadOnlySpan<char> Raw(Column column, bool required)
    {
        var s = Raw(column);
        if (s.Length == 0 && required) Missing(column);
        return s;
    }

    public string? Text(Column column, bool required = false)
    {
        var s = Raw(column, required);
        return s.Length > 0 ? s.ToString() : null;
    }

    /// <summary>A whole non-negative number (a year, a grade, a count of pupils).</summary>
    public int? Count(Column column, bool required = false)
    {
        var s = Raw(column, required);
        if (s.Length == 0) return null;
        if (int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var v)) return v;
        Failed = true;
        var text = s.ToString();
        if (NumberText.TryParse(s, out var d, out _))
        {
            bag.Error(d < 0 ? Codes.NegativeNumber : Codes.BadNumber, Span(column),
                d < 0 ? $"поле «{column.Name}»: отрицательное число {text}" : $"поле «{column.Name}»: «{text}» не целое число");
            return null;
        }
        bag.Error(Codes.BadNumber, Span(column), $"поле «{column.Name}»: «{text}» не число: {NumberText.Hint(text)}");
        return null;
    }

    /// <summary>A decimal number with its precision (digits after the comma).</summary>
    public (decimal Value, int Decimals)? Number(Column column)
    {
        var s = Raw(column);
        if (s.Length == 0) return null;
        if (NumberText.TryParse(s, out var v, out var dec)) return (v, dec);
        Failed = true;
        var text = s.ToString();
        bag.Error(Codes.BadNumber, Span(column), $"поле «{column.Name}»: «{text}» не число: {NumberText.Hint(text)}");
        return null;
    }

    private void Missing(Column column)
    {
        bag.Error(Codes.RequiredField, Span(column), $"пустое обязательное поле «{column.Name}»");
        Failed = true;
    }
}
