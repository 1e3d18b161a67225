using BenchmarkDotNet.Running;

// The inner stages, one letter at a time: dotnet run -c Release --project bench/KazReports.Benchmarks
// A quick per-stage profile of letters on one worker:
//   dotnet run -c Release --project bench/KazReports.Benchmarks -- profile DATA_DIR [LETTERS] [TEMPLATES_DIR]
// (the whole-command figures come from bench/run).
if (args.Length >= 2 && args[0] == "profile")
{
    var root = new DirectoryInfo(AppContext.BaseDirectory);
    while (root is not null && !File.Exists(Path.Combine(root.FullName, "KazReports.sln"))) root = root.Parent;
    var count = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 300;
    var templates = args.Length > 3 ? args[3] : Path.Combine(root!.FullName, "templates");
    return KazReports.Benchmarks.StageProfile.Run(args[1], templates, count);
}
BenchmarkSwitcher.FromAssembly(typeof(KazReports.Benchmarks.StageBenchmarks).Assembly).Run(args);
return 0;
