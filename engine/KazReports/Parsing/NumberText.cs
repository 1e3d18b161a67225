using System.Globalization;

namespace KazReports.Parsing;

/// <summary>Numbers as people type them in Russian spreadsheets: «5,17» or «5.17», nothing else.</summary>
internal static class NumberText
{
    /// <summary>
    /// Parses a plain decimal number with a comma or a point. <paramref name="decimals"/> is how many
    /// digits follow the separator (the precision the figure was written with).
    /// </summary>
    public static bool TryParse(string text, out decimal value, out int decimals) =>
        TryParse(text.AsSpan(), out value, out decimals);

    /// <inheritdoc cref="TryParse(string, out decimal, out int)"/>
    public static bool TryParse(ReadOnlySpan<char> text, out decimal value, out int decimals)
    {
        value = 0;
        decimals = 0;
        var s = text.Trim();
        if (s.Length == 0 || s.Length > 30) return false;
        var sep = -1;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c == '-' && i == 0) continue;
            if (char.IsAsciiDigit(c)) continue;
            if ((c == ',' || c == '.') && sep < 0 && i > (s[0] == '-' ? 1 : 0) && i < s.Length - 1)
            {
                sep = i;
                continue;
            }
            return false;
        }
        if (s is "-") return false;
        decimals = sep < 0 ? 0 : s.Length - sep - 1;
        Span<char> plain = stackalloc char[s.Length];
        s.CopyTo(plain);
        if (sep >= 0) plain[sep] = '.';
        return decimal.TryParse(plain, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture, out value);
    }

    /// <summary>A Russian hint for a value that is not a plain number.</summary>
    public static string Hint(string text)
    {
        var s = text.Trim();
        if (s.EndsWith('%')) return "уберите знак «%»: доли пишутся числом процентов";
        if (s is "—" or "–" or "-" or "н/д" or "нет") return "пустая ячейка означает «нет данных»: оставьте её пустой";
        if (s.Count(c => c is ',' or '.') > 1 || s.Contains(' ') || s.Contains('\u00A0'))
            return "уберите разделители тысяч";
        return "ожидалось число, например 5,17";
    }
}

/// <summary>Dates as ISO (2024-01-29) or Russian (29.01.2024); impossible dates are rejected.</summary>
internal static class DateText
{
    private static readonly string[] Formats = ["yyyy-MM-dd", "dd.MM.yyyy", "d.M.yyyy"];

    public static bool TryParse(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static readonly string[] Months =
        ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];

    /// <summary>09.01.2024</summary>
    public static string Short(DateOnly d) => d.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    /// <summary>«09» января 2024 г.</summary>
    public static string Long(DateOnly d) => $"{d.Day:00} {Months[d.Month - 1]} {d.Year} г.";
}
