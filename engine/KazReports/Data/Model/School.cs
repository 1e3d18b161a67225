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
    public string Locative => NameLocative ?? RussianForms.Locative(ShortName);
}
