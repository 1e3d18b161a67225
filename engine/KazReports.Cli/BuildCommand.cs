using System.CommandLine;
using KazReports.Analysis;
using KazReports.Data.Loading;

namespace KazReports.Cli;

internal static class BuildCommand
{
    public static Command Create(Option<string> dataOption, TextWriter stdout, TextWriter stderr)
    {
        var build = new Command("build", "собрать документы из данных и шаблонов в папку output") { dataOption };
        build.SetAction(p => Run(p.GetValue(dataOption)!, stdout, stderr));
        return build;
    }

    private static int Run(string dataDir, TextWriter stdout, TextWriter stderr)
    {
        var (data, bag) = DataLoader.Load(dataDir);
        if (KazCli.Report(bag, stderr) || data is null) return KazCli.DataErrors;
        var index = new ResultIndex(data);
        var report = ShnorIdentification.Identify(data, index, data.Years[^1]);
        stdout.WriteLine($"данные проверены; ШНОР {report.Year}: {report.Identified.Count} шк.");
        return KazCli.Ok;
    }
}
