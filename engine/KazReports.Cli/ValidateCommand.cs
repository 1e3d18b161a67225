using KazReports.Data.Loading;
using KazReports.Validation;
using KazReports.Templates;

namespace KazReports.Cli;

internal static class ValidateCommand
{
    public static int Run(string dataDir, string templatesDir, TextWriter stdout, TextWriter stderr)
    {
        var (data, bag) = CheckedData.Load(dataDir);
        // The theme is checked too when the templates folder is there (its values are data as well).
        if (Directory.Exists(templatesDir))
        {
            var set = TemplateSet.Open(templatesDir);
            var theme = Path.Combine(templatesDir, "theme.yaml");
            ThemeLoader.Load(theme, set.DisplayPath("theme.yaml"), bag);
            Validation.ThemeValidator.Check(theme, set.DisplayPath("theme.yaml"), bag);
        }
        if (KazCli.Report(bag, stderr) || data is null) return KazCli.DataErrors;
        stdout.WriteLine($"данные в порядке: школ {data.Schools.Count}, строк результатов {data.Results.Count}, строк края {data.Region.Count}, " +
                         $"приказов {data.Orders.Count}, дорожных карт {data.Roadmaps.Count}");
        return KazCli.Ok;
    }
}
