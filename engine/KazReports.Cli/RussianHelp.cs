using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Globalization;

namespace KazReports.Cli;

/// <summary>
/// <c>kaz [команда] --help</c> written by us, in Russian: System.CommandLine's own help has English
/// headings and labels («Description:», «[default: …]», «Show help and usage information»).
/// </summary>
internal sealed class RussianHelp(TextWriter stdout) : SynchronousCommandLineAction
{
    public const string HelpDescription = "показать эту справку";
    public const string VersionDescription = "показать версию программы";

    /// <summary>Our help action and Russian descriptions on the root command's help and version options.</summary>
    public static void Install(RootCommand root, TextWriter stdout)
    {
        foreach (var option in root.Options)
        {
            if (option is HelpOption help)
            {
                help.Description = HelpDescription;
                help.Action = new RussianHelp(stdout);
            }
            else if (option is VersionOption version)
            {
                version.Description = VersionDescription;
            }
        }
    }

    public override int Invoke(ParseResult parseResult)
    {
        Write(parseResult.CommandResult.Command, stdout);
        return KazCli.Ok;
    }

    public static void Write(Command command, TextWriter w)
    {
        var path = Path(command);
        var isRoot = command is RootCommand;
        w.WriteLine(isRoot ? command.Description : $"kaz {path}: {command.Description}");
        w.WriteLine();
        w.WriteLine("Использование:");
        w.WriteLine(isRoot ? "  kaz <команда> [параметры]" : $"  kaz {path} [параметры]");
        var commands = command.Subcommands.Where(c => !c.Hidden).Select(c => (c.Name, c.Description ?? "")).ToList();
        if (commands.Count > 0)
        {
            w.WriteLine();
            w.WriteLine("Команды:");
            Columns(commands, w);
        }
        w.WriteLine();
        w.WriteLine("Параметры:");
        Columns(Options(command).Select(o => (Label(o), Description(o))).ToList(), w);
        if (isRoot)
        {
            w.WriteLine();
            w.WriteLine("Справка по команде: kaz <команда> --help");
        }
    }

    /// <summary>The command's own options, then the recursive ones of its parents (--verbose, --help).</summary>
    private static IEnumerable<Option> Options(Command command)
    {
        var seen = new HashSet<Option>();
        foreach (var o in command.Options.Where(o => !o.Hidden && seen.Add(o))) yield return o;
        for (var parent = command.Parents.OfType<Command>().FirstOrDefault(); parent is not null; parent = parent.Parents.OfType<Command>().FirstOrDefault())
            foreach (var o in parent.Options.Where(o => o.Recursive && !o.Hidden && seen.Add(o))) yield return o;
    }

    private static string Path(Command command)
    {
        var names = new List<string>();
        for (Command? c = command; c is not null and not RootCommand; c = c.Parents.OfType<Command>().FirstOrDefault()) names.Insert(0, c.Name);
        return string.Join(' ', names);
    }

    private static string Label(Option option)
    {
        var names = string.Join(", ", option.Aliases.Order(StringComparer.Ordinal).Append(option.Name).Distinct());
        var takesValue = option.ValueType != typeof(bool) && option is not HelpOption and not VersionOption;
        return takesValue ? $"{names} <{option.HelpName ?? "значение"}>" : names;
    }

    private static string Description(Option option)
    {
        var text = option.Description ?? "";
        if (option.Required) text += " (обязательный)";
        else if (option.HasDefaultValue && option.ValueType != typeof(bool) && option.GetDefaultValue() is { } value)
            text += $" (по умолчанию: {Convert.ToString(value, CultureInfo.InvariantCulture)})";
        return text;
    }

    private static void Columns(IReadOnlyList<(string First, string Second)> rows, TextWriter w)
    {
        var width = rows.Max(r => r.First.Length) + 2;
        foreach (var (first, second) in rows) w.WriteLine("  " + first.PadRight(width) + second);
    }
}
