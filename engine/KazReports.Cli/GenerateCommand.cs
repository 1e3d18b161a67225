using System.CommandLine;
using KazReports.Synthetic;
using KazReports.Text;

namespace KazReports.Cli;

internal static class GenerateCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var schools = new Option<int>("--schools") { HelpName = "число", Description = "число школ", DefaultValueFactory = _ => 1000 };
        var seed = new Option<int>("--seed") { HelpName = "число", Description = "зерно генератора (те же данные при том же зерне)", DefaultValueFactory = _ => 1 };
        var output = new Option<string>("--out") { HelpName = "папка", Description = "папка для данных", Required = true };
        var from = new Option<string>("--from") { HelpName = "папка", Description = "папка, откуда взять неизменные файлы (правило, каталог, шаблоны писем)", DefaultValueFactory = _ => "data" };
        var command = new Command("generate", "создать синтетические данные региона для проверки скорости") { schools, seed, output, from };
        command.SetAction(p =>
        {
            var n = p.GetValue(schools);
            if (n is < 1 or > 200_000)
            {
                stderr.WriteLine("kaz: --schools от 1 до 200000");
                return KazCli.Usage;
            }
            if (File.Exists(p.GetValue(output)!))
            {
                stderr.WriteLine($"kaz: --out: «{p.GetValue(output)}» — это файл, а не папка: укажите папку для данных");
                return KazCli.Usage;
            }
            RegionGenerator.Write(p.GetValue(output)!, p.GetValue(from)!, n, p.GetValue(seed));
            stdout.WriteLine($"создано: {RussianForms.Count(n, "школа", "школы", "школ")} в {p.GetValue(output)}");
            return KazCli.Ok;
        });
        return command;
    }
}
