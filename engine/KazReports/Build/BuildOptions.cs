namespace KazReports.Build;

public sealed record BuildOptions(
    string DataDir,
    string TemplatesDir,
    string OutDir,
    IReadOnlyList<string> Only,
    string? School,
    IReadOnlyList<string> Formats,
    bool WriteMarkup = false,
    int? Parallelism = null,
    Func<DocumentJob, bool>? Filter = null,
    bool Clean = false);
