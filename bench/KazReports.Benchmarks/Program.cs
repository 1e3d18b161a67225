using BenchmarkDotNet.Running;

// The inner stages, one letter at a time: dotnet run -c Release --project bench/KazReports.Benchmarks
// (the whole-command figures come from bench/run).
BenchmarkSwitcher.FromAssembly(typeof(KazReports.Benchmarks.StageBenchmarks).Assembly).Run(args);
