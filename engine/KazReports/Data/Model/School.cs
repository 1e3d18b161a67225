using KazReports.Diagnostics;
using KazReports.Text;

namespace KazReports.Data.Model;

public sealed record School(
    string Id,
    string Name,
    string ShortName,
    string? OrgForm,
    string Type,
    string? BranchOf,
    string? Director,
    string? Address,
    string? Email,
    int? Closed,
    string? NameLocative,
    SourceSpan Span)
{
    /// <summary>«МБОУ Казачинская СОШ», or the short name alone for a branch.</summary>
    public string OfficialShortName => OrgForm is null ? ShortName : $"{OrgForm} {ShortName}";

    /// <summary>The highest grade the school teaches: 9 for an ООШ, 4 for a НОШ, 11 otherwise.</summary>
    public int TopGrade => Type switch
    {
        "ООШ" => 9,
        "НОШ" => 4,
        _ => 11,
    };

    /// <summary>«в Момотовской СОШ»: the locative form, derived from the adjective when not given.</summary>
    public string Locative => Forms.TryGetValue("prepositional", out var p) ? p : NameLocative ?? RussianForms.Locative(ShortName);

    /// <summary>Forms of the short name given in the data (<c>forms: {genitive: …}</c>), by case key.</summary>
    public IReadOnlyDictionary<string, string> Forms { get; init; } = EmptyForms;

    /// <summary>The director's gender from the data («м»/«ж»), when the name does not show it.</summary>
    public string? DirectorGender { get; init; }

    /// <summary>Forms of the director's name given in the data (<c>director_forms: {dative: …}</c>).</summary>
    public IReadOnlyDictionary<string, string> DirectorForms { get; init; } = EmptyForms;

    /// <summary>The grades the school has (<c>grades: 1-5, 7-9</c>), or null: then every grade up to <see cref="TopGrade"/>.</summary>
    public GradeSet? Grades { get; init; }

    /// <summary>Whether the school teaches the grade (the data's list, else its type).</summary>
    public bool Teaches(int grade) => Grades is { } g ? g.Contains(grade) : grade <= TopGrade;

    internal static readonly IReadOnlyDictionary<string, string> EmptyForms = new Dictionary<string, string>();
}
