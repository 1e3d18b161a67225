namespace KazReports.Data.Model;

/// <summary>Settings of validation and analysis (data/settings.yaml); every value has a default.</summary>
public sealed record Settings(int MaxClassSize, decimal ImpossibleSharePupils)
{
    public static readonly Settings Default = new(MaxClassSize: 60, ImpossibleSharePupils: 0.1m);
}

/// <summary>Everything loaded from a data folder: the one source of truth of every document.</summary>
public sealed record DataSet(
    string Root,
    DistrictInfo District,
    ProgramInfo? Program,
    Catalog Catalog,
    IReadOnlyList<School> Schools,
    IReadOnlyList<SchoolResult> Results,
    IReadOnlyList<RegionResult> Region,
    ShnorRule Shnor,
    IReadOnlyList<PublishedShnorList> PublishedShnor,
    Plan? Plan,
    IReadOnlyList<Roadmap> Roadmaps,
    IReadOnlyList<Order> Orders,
    LettersInfo? Letters,
    IReadOnlyList<RecommendationRule> Recommendations,
    Settings Settings)
{
    /// <summary>The program's prose and figures (data/program/), when the folder exists.</summary>
    public ProgramText? ProgramText { get; init; }

    /// <summary>How messages name the data folder («data»); files are named below it.</summary>
    public string DisplayRoot { get; init; } = "data";

    private (IReadOnlyList<School> Source, Dictionary<string, School> Map)? _byId;

    public School? FindSchool(string id)
    {
        // Rebuilt when a 'with' copy brings another list: the cache is tied to the list it was made from.
        if (_byId is not { } cache || !ReferenceEquals(cache.Source, Schools))
        {
            cache = (Schools, Schools.GroupBy(s => s.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal));
            _byId = cache;
        }
        return cache.Map.GetValueOrDefault(id);
    }

    public School School(string id) => FindSchool(id) ?? throw new KeyNotFoundException(id);

    /// <summary>The years that have any school result, ascending.</summary>
    public IReadOnlyList<int> Years => Results is ResultStore store ? store.Years : Results.Select(r => r.Year).Distinct().Order().ToArray();
}
