using KazReports.Data.Model;
using KazReports.Diagnostics;
using KazReports.Parsing;

namespace KazReports.Data.Loading;

/// <summary>
/// The entry point of the data stage: reads a data folder into a <see cref="DataSet"/> and reports
/// every problem it finds reading (syntax, types, unknown fields, impossible figures). The checks
/// across files (broken references, repeats) belong to the validation stage (CheckedData reads and checks).
/// </summary>
public static class DataLoader
{
    public static (DataSet? Data, DiagnosticBag Diagnostics) Load(string dataDir, string? displayRoot = null)
    {
        var bag = new DiagnosticBag();
        var root = Path.GetFullPath(dataDir);
        var shown = displayRoot ?? dataDir.TrimEnd('/', '\\');
        string Display(string path) => Path.Combine(shown, Path.GetRelativePath(root, path)).Replace('\\', '/');
        YMap? Open(string name, bool required = true) => YamlFile.Open(Path.Combine(root, name), Display(Path.Combine(root, name)), bag, required);

        if (!Directory.Exists(root))
        {
            bag.Error(Codes.FileMissing, new SourceSpan(shown, 0, 0), File.Exists(root) ? "это файл, а не папка с данными: укажите папку в --data" : "папка с данными не найдена");
            return (null, bag);
        }
        // A folder that cannot be listed (no permission) is one error, not one per file.
        SafeFile.ListFiles(root, "*", shown, bag);
        if (bag.HasErrors) return (null, bag);

        var settings = SettingsReader.Read(Open("settings.yaml", required: false));
        var catalogYaml = Open("catalog.yaml");
        var catalog = catalogYaml is null ? new Catalog([], []) : CatalogReader.Read(catalogYaml);
        var districtYaml = Open("district.yaml");
        var district = districtYaml is null ? null : DistrictReader.Read(districtYaml);
        var programYaml = Open("program.yaml", required: false);
        var program = programYaml is null ? null : ProgramReader.Read(programYaml);
        var schoolsPath = Path.Combine(root, "schools.yaml");
        var schools = SchoolsStreamReader.TryRead(schoolsPath, Display(schoolsPath))
            ?? (Open("schools.yaml") is { } schoolsYaml ? SchoolsReader.Read(schoolsYaml) : []);

        if (schools.Count == 0 && File.Exists(schoolsPath) && !bag.Items.Any(d => d.Span.File == Display(schoolsPath)))
            bag.Error(Codes.RequiredField, new SourceSpan(Display(schoolsPath), 1, 1), "в файле нет ни одной школы: список schools пуст");
        var results = new ResultStore();
        // The first cause first: without a catalogue every procedure and subject would be «unknown»;
        // what the files below say is held back and those follow-on errors are counted in one line.
        var held = catalogYaml is null ? new DiagnosticBag() : bag;
        var loader = new ResultsLoader(catalog, settings, held);
        var resultsDir = Path.Combine(root, "results");
        var resultFiles = Directory.Exists(resultsDir)
            ? SafeFile.ListFiles(resultsDir, "*", Display(resultsDir), bag)
                .Where(f => f.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
                .Where(f => !Path.GetFileName(f).StartsWith("~$", StringComparison.Ordinal)) // Excel's lock file of an open workbook
                .ToArray()
            : [];
        if (resultFiles.Length == 0 && !bag.Items.Any(d => d.Span.File == Display(resultsDir)))
            held.Error(Codes.FileMissing, new SourceSpan(Display(resultsDir), 0, 0), "нет файлов результатов (*.csv, *.xlsx)");
        foreach (var file in resultFiles)
        {
            loader.ReadSchoolFile(file, Display(file), results);
        }
        var regionPath = Path.Combine(root, "region.csv");
        var region = SafeFile.Probe(regionPath) != FileKind.Missing && Table.Read(regionPath, Display(regionPath), held) is { } rt
            ? loader.ReadRegionRows(rt)
            : [];

        var shnorYaml = YamlFile.Open(Path.Combine(root, "shnor.yaml"), Display(Path.Combine(root, "shnor.yaml")), held);
        var shnor = shnorYaml is null ? new ShnorRule(30, [], [], SourceSpan.None) : ShnorReader.ReadRule(shnorYaml, catalog);
        if (held != bag)
            FollowOn.Count(held, bag, [Codes.UnknownProcedure, Codes.UnknownSubject], "catalog.yaml", "названия процедур и предметов");
        var publishedYaml = Open("shnor-published.yaml", required: false);
        var published = publishedYaml is null ? [] : ShnorReader.ReadPublished(publishedYaml);

        var planYaml = Open("plan.yaml", required: false);
        var plan = planYaml is null ? null : ActivitiesReader.ReadPlan(planYaml);
        var roadmaps = SafeFile.ListFiles(root, "roadmap-*.yaml", shown, bag)
            .Select(f => YamlFile.Open(f, Display(f), bag)).OfType<YMap>().Select(ActivitiesReader.ReadRoadmap).ToArray();
        var ordersDir = Path.Combine(root, "orders");
        var orders = Directory.Exists(ordersDir)
            ? SafeFile.ListFiles(ordersDir, "*.yaml", Display(ordersDir), bag)
                .Select(f => YamlFile.Open(f, Display(f), bag)).OfType<YMap>().Select(OrdersReader.Read).ToArray()
            : [];
        var lettersYaml = Open("letters.yaml", required: false);
        var letters = lettersYaml is null ? null : OrdersReader.ReadLetters(lettersYaml);

        var recYaml = Open("recommendations.yaml", required: false);
        var recommendations = recYaml is null ? [] : RecommendationsReader.Read(recYaml);

        if (district is null) return (null, bag);
        var prose = ProgramTextReader.Read(Path.Combine(root, "program"), Display, bag);
        var data = new DataSet(root, district, program, catalog, schools, results, region, shnor, published, plan, roadmaps, orders, letters, recommendations, settings)
        {
            ProgramText = prose,
            DisplayRoot = shown,
        };
        return (data, bag);
    }
}
