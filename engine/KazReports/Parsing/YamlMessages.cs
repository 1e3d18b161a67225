using System.Text.RegularExpressions;

namespace KazReports.Parsing;

/// <summary>
/// YamlDotNet's syntax errors told in Russian; a message not known here is said in general words
/// (the English original is a diagnostic's <see cref="Diagnostics.Diagnostic.Detail"/>, shown with <c>--verbose</c>).
/// </summary>
internal static class YamlMessages
{
    private static readonly (Regex English, string Russian)[] Known =
    [
        (new(@"^While scanning a quoted scalar, found unexpected end of stream"), "кавычка открыта и не закрыта до конца файла"),
        (new(@"^While scanning a quoted scalar, found unknown escape character"), "неизвестная последовательность «\\…» внутри кавычек \"…\" (обратную косую черту удвойте или возьмите текст в одинарные кавычки)"),
        (new(@"^While scanning a (?:multi-line )?(?:double-)?quoted scalar, found wrong indentation"), "кавычка не закрыта в конце строки: закройте её или продолжите текст с отступом"),
        (new(@"^While scanning a plain scalar value, found invalid mapping"), "«: » внутри значения: возьмите значение в кавычки"),
        (new(@"^Mapping values are not allowed in this context"), "«: » здесь недопустимо: возьмите значение в кавычки или проверьте отступ"),
        (new(@"^While parsing a block mapping, did not find expected key"), "неверный отступ или лишний текст: ожидалось поле «имя: значение»"),
        (new(@"^While parsing a block collection, did not find expected '-' indicator"), "неверный отступ в списке: ожидался элемент «- …»"),
        (new(@"^While parsing a flow sequence, did not find expected ',' or ']'"), "список [...] не закрыт: ожидалась «,» или «]»"),
        (new(@"^While parsing a flow mapping, did not find expected ',' or '}'"), "словарь {...} не закрыт: ожидалась «,» или «}»"),
        (new(@"^While scanning a simple key, could not find expected ':'"), "после имени поля нет «:»"),
        (new(@"^While parsing a node, did not find expected node content"), "ожидалось значение"),
        (new(@"^While scanning an (?:anchor|alias)"), "после «&» или «*» должно идти имя метки: возьмите значение в кавычки"),
        (new(@"^While scanning for the next token, found character that cannot start any token"), "значение не может начинаться с этого знака (@, `, %, табуляция): возьмите значение в кавычки"),
        (new(@"found a tab character|invalid tab"), "табуляция в отступе: в YAML отступы делаются только пробелами"),
        (new(@"^While scanning a block scalar"), "многострочный текст (| или >) записан с неверным отступом"),
        (new(@"^While scanning a tag"), "неверный тег «!…»: возьмите значение в кавычки"),
        (new(@"^While parsing a block node"), "ожидалось значение"),
        (new(@"^Did not find expected <document end>"), "после конца документа есть лишний текст"),
        (new(@"^While parsing a flow node"), "ожидалось значение в [...] или {...}"),
    ];

    public static string Russian(string english)
    {
        var m = Regex.Match(english, @"^Duplicate key (.*?)\.?$", RegexOptions.Singleline);
        if (m.Success) return $"поле «{m.Groups[1].Value}» повторяется";
        m = Regex.Match(english, @"^The anchor '(.*?)' does not exist", RegexOptions.Singleline);
        if (m.Success) return $"ссылка «*{m.Groups[1].Value}» на метку «&{m.Groups[1].Value}», которой нет (звёздочку в начале текста возьмите в кавычки)";
        foreach (var (regex, russian) in Known)
            if (regex.IsMatch(english)) return russian;
        // Ours, already Russian (the nesting limit), or one not known: general words.
        return english.Any(c => c is >= 'а' and <= 'я') ? english : "файл не удаётся разобрать как YAML";
    }
}
