using System.CommandLine;
using System.Globalization;
using System.Text;
using KazReports.Diagnostics;
using KazReports.Text;

namespace KazReports.Cli;

/// <summary>The <c>kaz</c> command. Exit codes: 0 ok, 1 data or template errors, 2 usage.</summary>
public static class KazCli
{
    public const int Ok = 0;
    public const int DataErrors = 1;
    public const int Usage = 2;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        Console.OutputEncoding = Encoding.UTF8;
        var dataOption = new Option<string>("--data") { HelpName = "папка", Description = "папка с данными", DefaultValueFactory = _ => "data" };
        var yearOption = new Option<int?>("--year") { HelpName = "год", Description = "год результатов (по умолчанию последний)" };
        var jsonOption = new Option<bool>("--json") { Description = "вывести результат в JSON" };

        var validateTemplates = new Option<string>("--templates") { HelpName = "папка", Description = "папка шаблонов (проверяется и theme.yaml)", DefaultValueFactory = _ => "templates" };
        var validate = new Command("validate", "проверить данные и показать все ошибки и предупреждения") { dataOption, validateTemplates };
        validate.SetAction(p => ValidateCommand.Run(p.GetValue(dataOption)!, p.GetValue(validateTemplates)!, stdout, stderr));

        var analyze = new Command("analyze", "рассчитать районные показатели и выявить ШНОР") { dataOption, yearOption, jsonOption };
        analyze.SetAction(p => AnalyzeCommand.Run(p.GetValue(dataOption)!, p.GetValue(yearOption), p.GetValue(jsonOption), stdout, stderr));

        var build = BuildCommand.Create(dataOption, stdout, stderr);

        var root = new RootCommand("KazReports: документы отдела образования из данных") { validate, analyze, build, GenerateCommand.Create(stdout, stderr) };
        root.Options.Add(VerboseOption);
        RussianHelp.Install(root, stdout);
        // The parse runs in the invariant culture: System.CommandLine's messages arrive in English
        // and are worded in Russian by ParseMessages (its own Russian resources are incomplete).
        var ui = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
        try
        {
            // No response files («kaz @args.txt»): an argument starting with @ is a plain value.
            var parse = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
            Verbose = parse.GetValue(VerboseOption);
            // «kaz generate --help» is help, even with the command's required --out missing.
            if (parse.Errors.Count > 0 && parse.Action is not RussianHelp)
            {
                foreach (var (russian, original) in ParseMessages.For(parse, args))
                    stderr.WriteLine($"kaz: {russian}" + (Verbose ? $" ({original})" : ""));
                stderr.WriteLine("kaz: справка: kaz --help");
                return Usage;
            }
            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (KazException e)
        {
            foreach (var d in e.Diagnostics) stderr.WriteLine(d);
            return DataErrors;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A file-system failure outside the checked paths (a folder vanishing mid-run): told in
            // Russian, never as a stack trace.
            stderr.WriteLine($"kaz: ошибка: {FileErrors.Russian(e)}" + (Verbose ? $" ({e.GetType().Name}: {e.Message})" : ""));
            return DataErrors;
        }
        finally
        {
            CultureInfo.CurrentUICulture = ui;
        }
    }

    /// <summary>Shows the original (English) text of library and system errors under the Russian message.</summary>
    private static readonly Option<bool> VerboseOption = new("--verbose") { Description = "показывать и исходный текст ошибок библиотек и системы", Recursive = true };

    [ThreadStatic] private static bool _verbose;

    internal static bool Verbose { get => _verbose; private set => _verbose = value; }

    /// <summary>Prints diagnostics, errors and warnings alike, with a count line; true when there were errors.</summary>
    internal static bool Report(DiagnosticBag bag, TextWriter stderr)
    {
        // Lines without a place (summaries such as the count of follow-on errors) come last. The same
        // problem met by every document that includes one template is printed once, with how often.
        var distinct = bag.Sorted().OrderBy(d => d.Span.IsNone)
            .GroupBy(d => (d.Severity, d.Code, d.Span, d.Message))
            .Select(g => (First: g.First(), Count: g.Count()))
            .ToList();
        foreach (var (d, count) in distinct)
        {
            stderr.WriteLine(count > 1 ? $"{d} (повторяется ещё {count - 1} {RussianForms.Plural(count - 1, "раз", "раза", "раз")})" : d.ToString());
            if (Verbose && d.Detail is { Length: > 0 } detail) stderr.WriteLine("    " + detail.ReplaceLineEndings("\n    "));
        }
        var errors = distinct.Count(x => x.First.IsError);
        var warnings = distinct.Count - errors;
        if (errors > 0 || warnings > 0)
            stderr.WriteLine($"ошибок: {errors}, предупреждений: {warnings}");
        return bag.HasErrors;
    }
}
