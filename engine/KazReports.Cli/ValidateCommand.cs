using KazReports.Data.Loading;
using KazReports.Validation;

namespace KazReports.Cli;

internal static class ValidateCommand
{
    public static int Run(string dataDir, TextWriter stdout, TextWriter stderr)
    {
        var (data, bag) = CheckedData.Load(dataDir);
        if (KazCli.Report(bag, stderr) || data is null) return KazCli.DataErrors;
        stdout.WriteLine($"данные в порядке: школ {data.Schools.Count}, строк результатов {data.Results.Count}, строк края {data.Region.Count}, " +
                         $"приказов {data.Orders.Count}, дорожных карт {data.Roadmaps.Count}");
        return KazCli.Ok;
    }
}
