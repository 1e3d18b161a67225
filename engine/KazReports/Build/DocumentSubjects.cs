using System.Globalization;
using KazReports.Data.Model;
using KazReports.Templates;
using Scriban.Runtime;
using static KazReports.Templates.ScriptModel;

namespace KazReports.Build;

/// <summary>
/// One thing a declared document is made for (a school, an order, the district…): the values its
/// name and title patterns read (<see cref="Values"/>) and the data item its variables are made from.
/// </summary>
public sealed record DocumentSubject(IReadOnlyDictionary<string, object?> Values, object? Item = null, string? SchoolId = null);

/// <summary>A school's letter: the school and the letter's outgoing number.</summary>
public sealed record LetterItem(School School, LettersInfo Letters, string Number);

/// <summary>The kinds of <c>each</c> in documents.yaml and the subjects of each kind in the data.</summary>
public static class DocumentSubjects
{
    /// <summary>Each kind with the names its patterns may read besides the common ones.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Kinds = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["district"] = [],
        ["program"] = [],
        ["plan"] = ["plan"],
        ["roadmaps"] = ["roadmap"],
        ["schools"] = ["school", "letter"],
        ["orders"] = ["order"],
    };

    /// <summary>
    /// The subjects of <paramref name="each"/>: one for the district; one for the program or plan when
    /// the data has it; every roadmap; every order; every school open in the letters' year (numbered in turn).
    /// </summary>
    public static IEnumerable<DocumentSubject> Of(string each, DataSet data) => each switch
    {
        "district" => [new DocumentSubject(new Dictionary<string, object?>())],
        "program" => data.Program is null ? [] : [new DocumentSubject(new Dictionary<string, object?>(), data.Program)],
        "plan" => data.Plan is { } plan ? [new DocumentSubject(One("plan", ModelBuilder.Plan(plan)), plan)] : [],
        "roadmaps" => data.Roadmaps.Select(r => new DocumentSubject(One("roadmap", ModelBuilder.Roadmap(r)), r)),
        "orders" => data.Orders.Select(o => new DocumentSubject(One("order", ModelBuilder.Order(o)), o)),
        "schools" => Letters(data),
        _ => throw new ArgumentOutOfRangeException(nameof(each), each, "checked when the declarations are read"),
    };

    private static IEnumerable<DocumentSubject> Letters(DataSet data)
    {
        if (data.Letters is not { } letters) yield break;
        var n = 0;
        foreach (var school in data.Schools.Where(s => s.Closed is null || s.Closed >= letters.Year))
        {
            var number = letters.NumberPrefix + (++n).ToString(CultureInfo.InvariantCulture);
            var values = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["school"] = ModelBuilder.School(school),
                ["letter"] = Obj(("number", number), ("date", letters.Date), ("year", letters.Year)),
            };
            yield return new DocumentSubject(values, new LetterItem(school, letters, number), school.Id);
        }
    }

    private static Dictionary<string, object?> One(string name, ScriptObject value) => new(StringComparer.Ordinal) { [name] = value };
}
