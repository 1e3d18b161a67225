using KazReports.Analysis;
using KazReports.Data.Model;
using KazReports.Templates;
using KazReports.Templates.Declarations;
using Scriban.Runtime;
using static KazReports.Templates.ScriptModel;

namespace KazReports.Build;

/// <summary>
/// The named variable sets (<c>model:</c> in documents.yaml) a template gets besides the common
/// variables and what it is made for, and the <c>each</c> each of them needs (null: any).
/// </summary>
public static class DocumentModels
{
    public static readonly IReadOnlyDictionary<string, string?> Needs = new Dictionary<string, string?>(StringComparer.Ordinal)
    {
        ["report"] = null,
        ["letter"] = "schools",
        ["order"] = "orders",
        ["program"] = "program",
    };

    /// <summary>
    /// The variables of one document: its model's, what it is made for (<c>school</c>, <c>order</c>,
    /// <c>roadmap</c>, <c>plan</c>… unless the model gives them), and <c>conclusions</c> when declared.
    /// </summary>
    public static ScriptObject Variables(DocumentDeclaration declaration, DocumentSubject subject, ModelBuilder model, ShnorReport shnor, int year)
    {
        var variables = declaration.Model switch
        {
            null => new ScriptObject(),
            "report" => VprReport.Variables(model, year, shnor),
            "program" => ProgramDocument.Variables(model, year, shnor),
            "letter" when subject.Item is LetterItem l => Letter.Variables(model, l.School, shnor, l.Letters, l.Number),
            "order" when subject.Item is Order o => Orders.Variables(model, o, shnor),
            _ => throw new InvalidOperationException($"model {declaration.Model} for {declaration.Each}: checked when the declarations are read"),
        };
        foreach (var (name, value) in subject.Values) variables.TryAdd(name, value);
        // Every document knows the year it is made for (the letters' year, else the latest results):
        // a declared document needs no model to say «{{ year }}».
        variables.TryAdd("year", year);
        if (declaration.Conclusions.Count > 0) variables.Add("conclusions", Conclusions(model, year, shnor, declaration.Conclusions));
        return variables;
    }

    /// <summary>The declared lists of conclusions, worded by <see cref="Analysis.Conclusions"/> from the data.</summary>
    private static ScriptObject Conclusions(ModelBuilder model, int year, ShnorReport shnor, IReadOnlyList<ConclusionDeclaration> declared)
    {
        var data = model.Data;
        var index = model.Index;
        var threshold = data.Shnor.Threshold;
        var so = new ScriptObject();
        foreach (var c in declared)
        {
            so.Add(c.Name, Arr(c.Kind switch
            {
                "grade" => Analysis.Conclusions.Grade(data, index, c.Procedure, year, c.Grade, threshold),
                "cohort" => Analysis.Conclusions.Cohort(data, index, c.Procedure, year, c.Grade, threshold),
                _ => Analysis.Conclusions.VprToOge(data, index, c.Subject!, year),
            }));
        }
        return so;
    }
}
