using System.Text.RegularExpressions;

namespace KazReports.Templates;

/// <summary>
/// Scriban's parse and runtime messages in Russian. A message not known here is said in general words;
/// the English original is the diagnostic's detail, printed with <c>--verbose</c>.
/// </summary>
internal static class ScribanMessages
{
    private static readonly (Regex English, Func<Match, string> Russian)[] Known =
    [
        (R("The variable or function `(.+?)` was not found"), m => $"переменная или функция «{m.Groups[1].Value}» не найдена"),
        (R("Cannot get the member (.+?) for a null object"), m => $"нельзя взять поле {m.Groups[1].Value} у пустого значения"),
        (R(@"Cannot get member with name (.+?)\.?$"), m => $"у значения нет поля «{m.Groups[1].Value}»"),
        (R("Invalid number of arguments `(\\d+)` passed to `(.+?)` while expecting `(\\d+)` arguments"),
            m => $"функции «{m.Groups[2].Value}» передано аргументов: {m.Groups[1].Value}, а нужно {m.Groups[3].Value}"),
        (R("Exceeding number of iteration limit `(\\d+)`"), m => $"цикл превысил предел в {m.Groups[1].Value} повторений (зацикливание?)"),
        (R("Range expression exceeds LoopLimit `(\\d+)`"), m => $"диапазон длиннее предела в {m.Groups[1].Value} элементов"),
        (R("recursive depth limit"), _ => "вложенность вызовов превысила предел (бесконечная рекурсия?)"),
        (R("depth limit `(\\d+)` was reached"), m => $"вложенность выражений превысила предел в {m.Groups[1].Value} уровней"),
        (R(@"Error while parsing (\w+) statement: The <end> statement was not found"), m => $"блок «{m.Groups[1].Value}» не закрыт: нет {{{{ end }}}}"),
        (R("Found <end> statement without a corresponding beginning"), _ => "лишний {{ end }}: нет открытого блока"),
        (R("<EOF>"), _ => "шаблон оборвался: не закрыт блок ({{ end }}?)"),
        (R("Expecting a variable instead of `(.+?)`"), m => $"ожидалось имя переменной, а стоит «{m.Groups[1].Value}»"),
        (R("Expecting (?:an )?<expression>.*? instead of `(.+?)`"), m => $"ожидалось выражение, а стоит «{m.Groups[1].Value}»"),
        (R("Unexpected end of file while parsing a string"), _ => "строка в кавычках не закрыта"),
        (R(@"Unexpected token (.+)$"), m => $"неожиданный знак «{m.Groups[1].Value.Replace("\\n", "перевод строки")}»"),
        (R("Expecting an expression for argument function calls"), _ => "ожидался аргумент функции"),
        (R("Expecting a closing parenthesis"), _ => "не закрыта скобка «)»"),
        (R("A else condition must be preceded"), _ => "else без if"),
        (R("The operator `(.+?)` is not supported"), m => $"операция «{m.Groups[1].Value}» не применима к этим значениям"),
        (R("Invalid target function"), _ => "неверный вызов функции: это не функция"),
        (R("Argument index must be"), _ => "функции передано больше аргументов, чем она принимает"),
        (R("Unable to convert type `(.+?)` to `(.+?)`"), m => $"значение типа {m.Groups[1].Value} нельзя превратить в {m.Groups[2].Value}"),
        (R("Division by zero|divide by zero"), _ => "деление на ноль"),
        (R("Invalid token found `(.+?)`"), m => $"недопустимый знак «{m.Groups[1].Value}»"),
    ];

    private static Regex R(string pattern) => new(pattern, RegexOptions.Singleline | RegexOptions.CultureInvariant);

    public static string Russian(string message)
    {
        foreach (var (english, russian) in Known)
        {
            var m = english.Match(message);
            if (m.Success) return russian(m);
        }
        // Already ours (limits, access) or one not known here.
        return message.Any(c => c is >= 'а' and <= 'я') ? message : "ошибка в шаблоне (подробности: --verbose)";
    }
}
