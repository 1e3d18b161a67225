using System.Text.RegularExpressions;

namespace KazReports.Cli;

/// <summary>
/// System.CommandLine's Russian resources miss a few of its messages; those are translated here
/// (the English original is kept only with <c>--verbose</c>).
/// </summary>
internal static class ParseMessages
{
    public static string Russian(string message)
    {
        var m = Regex.Match(message, @"^Cannot parse argument '(.*)' for (?:option|command) '(.+?)' as expected type '(.+?)'\.?$", RegexOptions.Singleline);
        if (m.Success) return $"{m.Groups[2].Value}: «{m.Groups[1].Value}» — не {TypeName(m.Groups[3].Value)}";
        m = Regex.Match(message, @"^Option '(.+?)' is required\.?$");
        if (m.Success) return $"не указан обязательный параметр {m.Groups[1].Value}";
        m = Regex.Match(message, @"^Option '(.+?)' expects a single argument but (\d+) were provided\.?$");
        if (m.Success) return $"параметр {m.Groups[1].Value} указан {m.Groups[2].Value} раз(а), а допускается один";
        m = Regex.Match(message, @"^Required argument missing for (?:option|command): '(.+?)'\.?$");
        if (m.Success) return $"не указано значение параметра {m.Groups[1].Value}";
        m = Regex.Match(message, @"^Unrecognized command or argument '(.+?)'\.?$");
        if (m.Success) return $"неизвестная команда или параметр «{m.Groups[1].Value}»";
        return message;
    }

    private static string TypeName(string type) => type switch
    {
        _ when type.Contains("Int32", StringComparison.Ordinal) || type.Contains("Int64", StringComparison.Ordinal) => "целое число",
        _ when type.Contains("Boolean", StringComparison.Ordinal) => "да/нет (true или false)",
        _ when type.Contains("Decimal", StringComparison.Ordinal) || type.Contains("Double", StringComparison.Ordinal) => "число",
        _ => "допустимое значение",
    };
}
