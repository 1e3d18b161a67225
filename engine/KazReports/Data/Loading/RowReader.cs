using System.Globalization;
using KazReports.Diagnostics;

namespace KazReports.Data.Loading;

/// <summary>Reads typed cells of one table row by column name; problems become diagnostics.</summary>
internal sealed class RowReader(TableRow row, IReadOnlyDictionary<string, int> columns, DiagnosticBag bag)
{
    public bool Failed { get; private set; }

    public SourceSpan Span(string column) =>
        columns.TryGetValue(column, out var i) && i < row.Cells.Count ? row.Cells[i].Span : new SourceSpan(row.Cells.Count > 0 ? row.Cells[0].Span.File : "", row.Line, 1);

    public string? Text(string column, bool required = false)
    {
        var s = columns.TryGetValue(column, out var i) && i < row.Cells.Count ? row.Cells[i].Text : "";
        if (s.Length > 0) return s;
        if (required)
        {
            bag.Error(Codes.RequiredField, Span(column), $"пустое обязательное поле «{column}»");
            Failed = true;
        }
        return null;
    }

    /// <summary>A whole non-negative number (a year, a grade, a count of pupils).</summary>
    public int? Count(string column, bool required = false)
    {
        var s = Text(column, required);
        if (s is null) return null;
        if (int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var v)) return v;
        Failed = true;
        if (NumberText.TryParse(s, out var d, out _))
        {
            bag.Error(d < 0 ? Codes.NegativeNumber : Codes.BadNumber, Span(column),
                d < 0 ? $"поле «{column}»: отрицательное число {s}" : $"поле «{column}»: «{s}» не целое число");
            return null;
        }
        bag.Error(Codes.BadNumber, Span(column), $"поле «{column}»: «{s}» не число: {NumberText.Hint(s)}");
        return null;
    }

    /// <summary>A decimal number with its precision (digits after the comma).</summary>
    public (decimal Value, int Decimals)? Number(string column)
    {
        var s = Text(column);
        if (s is null) return null;
        if (NumberText.TryParse(s, out var v, out var dec)) return (v, dec);
        Failed = true;
        bag.Error(Codes.BadNumber, Span(column), $"поле «{column}»: «{s}» не число: {NumberText.Hint(s)}");
        return null;
    }
}
