using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text.RegularExpressions;
using KazReports.Text;

namespace KazReports.Cli;

/// <summary>
/// System.CommandLine's parse errors in Russian. The parse runs in the invariant culture, so every
/// message arrives in its English original (kept for <c>--verbose</c>) and is worded here; a test
/// feeds every kind of mistake and fails on any English left.
/// </summary>
public static class ParseMessages
{
    /// <summary>The Russian lines for a failed parse (each with its English original); follow-on errors dropped.</summary>
    internal static IReadOnlyList<(string Russian, string Original)> For(ParseResult parse, IReadOnlyList<string> args)
    {
        var lines = new List<(string, string)>();
        var unknown = new HashSet<string>(StringComparer.Ordinal);
        var unrecognised = parse.Errors.Any(e => e.Message.StartsWith("Unrecognized command or argument", StringComparison.Ordinal)
            || e.Message.Contains("was not matched", StringComparison.Ordinal));
        foreach (var e in parse.Errors)
        {
            // «kaz bild»: the unknown word is the cause, the missing command only repeats it.
            if (unrecognised && e.Message.StartsWith("Required command was not provided", StringComparison.Ordinal)) continue;
            var m = Regex.Match(e.Message, @"^Unrecognized command or argument '(.*)'\.?$", RegexOptions.Singleline);
            if (m.Success)
            {
                var token = m.Groups[1].Value;
                // «--frmat docx»: «docx» is the value of the misspelt option, not a second mistake.
                var at = IndexOf(args, token);
                if (!token.StartsWith('-') && at > 0 && unknown.Contains(args[at - 1])) continue;
                if (token.StartsWith('-')) unknown.Add(token);
                lines.Add((Unrecognised(token, parse.CommandResult.Command), e.Message));
                continue;
            }
            lines.Add((Russian(e.Message, (e.SymbolResult as OptionResult)?.Option.Name), e.Message));
        }
        return lines;
    }

    private static int IndexOf(IReadOnlyList<string> args, string token)
    {
        for (var i = 0; i < args.Count; i++)
            if (args[i] == token) return i;
        return -1;
    }

    private static string Unrecognised(string token, Command command)
    {
        if (!token.StartsWith('-'))
            return command.Subcommands.Count > 0
                ? $"«{token}» — нет такой команды; есть {string.Join(", ", command.Subcommands.Select(c => c.Name))}" + Guess(token, command.Subcommands.Select(c => c.Name))
                : $"«{token}» — лишний аргумент: команда kaz {command.Name} принимает только параметры (--…)";
        var names = Options(command).SelectMany(o => o.Aliases.Append(o.Name)).Where(n => n.StartsWith("--", StringComparison.Ordinal)).Distinct();
        return $"«{token}» — неизвестный параметр команды {(command is RootCommand ? "kaz" : "kaz " + command.Name)}" + Guess(token, names);
    }

    private static IEnumerable<Option> Options(Command command)
    {
        for (Command? c = command; c is not null; c = c.Parents.OfType<Command>().FirstOrDefault())
            foreach (var o in c == command ? c.Options : c.Options.Where(o => o.Recursive)) yield return o;
    }

    /// <summary>«; возможно, имелось в виду --format»: the nearest name within two edits.</summary>
    private static string Guess(string token, IEnumerable<string> names)
    {
        var best = names.Select(n => (n, d: Distance(token, n))).Where(x => x.d <= 2).OrderBy(x => x.d).ThenBy(x => x.n, StringComparer.Ordinal).FirstOrDefault();
        return best.n is null ? "" : $"; возможно, имелось в виду {best.n}";
    }

    private static int Distance(string a, string b)
    {
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.Length];
    }

    /// <summary>One English message of System.CommandLine in Russian (<paramref name="option"/>: the option it is about, if known).</summary>
    public static string Russian(string message, string? option = null)
    {
        var m = Regex.Match(message, @"^Cannot parse argument '(.*)' for (?:option|command) '(.+?)' as expected type '(.+?)'\.", RegexOptions.Singleline);
        if (m.Success) return $"{m.Groups[2].Value}: «{m.Groups[1].Value}» — {NotA(m.Groups[1].Value, m.Groups[3].Value)}";
        m = Regex.Match(message, @"^Cannot parse argument '(.*)' as expected type '(.+?)'\.", RegexOptions.Singleline);
        if (m.Success) return $"«{m.Groups[1].Value}» — {NotA(m.Groups[1].Value, m.Groups[2].Value)}";
        m = Regex.Match(message, @"^Argument '(.*)' not recognized\. Must be one of:(.*)$", RegexOptions.Singleline);
        if (m.Success)
        {
            var allowed = Regex.Matches(m.Groups[2].Value, "'([^']*)'").Select(x => x.Groups[1].Value);
            return $"{(option is null ? "" : option + ": ")}«{m.Groups[1].Value}» — недопустимое значение; допустимы: {string.Join(", ", allowed)}";
        }
        m = Regex.Match(message, @"^Option '(.+?)' is required\.?$");
        if (m.Success) return $"не указан обязательный параметр {m.Groups[1].Value}";
        m = Regex.Match(message, @"^Option '(.+?)' expects a single argument but (\d+) were provided\.?$");
        if (m.Success) return $"параметр {m.Groups[1].Value} указан {RussianForms.Count(long.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), "раз", "раза", "раз")}, а допускается один раз";
        m = Regex.Match(message, @"^Required argument missing for (?:option|command): '(.+?)'\.?$");
        if (m.Success) return $"не указано значение параметра {m.Groups[1].Value}";
        m = Regex.Match(message, @"^Required argument '(.+?)' missing for command: '(.+?)'\.?$");
        if (m.Success) return $"команде {m.Groups[2].Value} не указан аргумент {m.Groups[1].Value}";
        if (message.StartsWith("Required command was not provided", StringComparison.Ordinal))
            return "не указана команда: validate, analyze, build или generate (справка: kaz --help)";
        m = Regex.Match(message, @"^(.+?) option cannot be combined with other arguments\.?$");
        if (m.Success) return $"параметр {m.Groups[1].Value} указывается один, без других";
        m = Regex.Match(message, @"^'(.+?)' was not matched\. Did you mean one of the following\?(.*)$", RegexOptions.Singleline);
        if (m.Success) return $"«{m.Groups[1].Value}» — нет такой команды; возможно, имелось в виду {string.Join(", ", m.Groups[2].Value.Split((char[])['\n', '\r', '\t', ' '], StringSplitOptions.RemoveEmptyEntries))}";
        m = Regex.Match(message, @"^(?:File|Directory|File or directory) does not exist: '(.+?)'\.?$");
        if (m.Success) return $"«{m.Groups[1].Value}» не найден";
        m = Regex.Match(message, @"^Character not allowed in a (?:file name|path): '(.+?)'\.?$");
        if (m.Success) return $"недопустимый знак в пути: «{m.Groups[1].Value}»";
        m = Regex.Match(message, @"^Unrecognized command or argument '(.*)'\.?$", RegexOptions.Singleline);
        if (m.Success) return $"неизвестная команда или параметр «{m.Groups[1].Value}»";
        // A message this version of System.CommandLine did not have: said as it is, marked.
        return "ошибка в командной строке: " + message;
    }

    /// <summary>«не целое число», or for digits too many for the type «слишком большое число».</summary>
    private static string NotA(string value, string type) =>
        Regex.IsMatch(value, @"^[+-]?[0-9]+$") && type.Contains("Int", StringComparison.Ordinal) ? "слишком большое число" : "не " + TypeName(type);

    private static string TypeName(string type) => type switch
    {
        _ when type.Contains("Int32", StringComparison.Ordinal) || type.Contains("Int64", StringComparison.Ordinal) => "целое число",
        _ when type.Contains("Boolean", StringComparison.Ordinal) => "да/нет (true или false)",
        _ when type.Contains("Decimal", StringComparison.Ordinal) || type.Contains("Double", StringComparison.Ordinal) => "число",
        _ => "допустимое значение",
    };
}
