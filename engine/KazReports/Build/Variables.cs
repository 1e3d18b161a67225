using KazReports.Analysis;
using KazReports.Data.Model;
using KazReports.Templates;
using Scriban.Runtime;
using static KazReports.Templates.ScriptModel;

namespace KazReports.Build;

/// <summary>Variables of the analytic report (<c>model: report</c>); its conclusions are declared in documents.yaml.</summary>
internal static class VprReport
{
    public static ScriptObject Variables(ModelBuilder model, int year, ShnorReport shnor) =>
        Obj(("year", year), ("shnor", model.Shnor(shnor)));
}

/// <summary>Variables of one school's letter: its results against district and region, ШНОР, recommendations.</summary>
internal static class Letter
{
    public static ScriptObject Variables(ModelBuilder model, School school, ShnorReport shnor, LettersInfo letters, string number)
    {
        var data = model.Data;
        var index = model.Index;
        var decision = shnor.Decision(school.Id) ?? ShnorIdentification.Decide(data, index, data.Shnor, school, shnor.Year);
        var rows = index.ForSchool(school.Id).Where(r => r.Year == letters.Year)
            .OrderBy(r => r.Procedure == "ВПР" ? 0 : 1).ThenBy(r => r.Grade).ThenBy(r => r.Subject, StringComparer.Ordinal)
            .Select(r => Comparisons.Compare(index, r))
            .Select(c => Obj(
                ("what", ShnorIdentification.Describe(data, c.Key)),
                ("procedure", c.Key.Procedure), ("grade", c.Key.Grade),
                ("subject", data.Catalog.FindSubject(c.Key.Subject)?.Name ?? c.Key.Subject),
                ("participants", c.Result.Participants),
                ("share2", c.Share2), ("district", c.District2), ("region", c.Region2),
                ("district_complete", index.District(c.Key)?.Complete ?? true),
                ("previous", c.PreviousYear2), ("cohort", c.Cohort2), ("cohort_change", c.CohortChange),
                ("low", c.Share2 >= data.Shnor.Threshold)))
            .ToArray();
        var parent = school.BranchOf is { } p ? data.FindSchool(p) : null;
        var recs = Recommendations.For(data, index, decision, letters.Year);
        return Obj(
            ("school", ModelBuilder.School(school)),
            ("parent", parent is null ? null : ModelBuilder.School(parent)),
            ("letter", Obj(("number", number), ("date", letters.Date), ("year", letters.Year),
                ("executor", letters.ExecutorName), ("executor_phone", letters.ExecutorPhone))),
            ("results", new ScriptArray(rows)),
            ("decision", model.Decision(decision)),
            ("shnor", model.Shnor(shnor)),
            ("recommendations", Arr(recs, r => Obj(("id", r.Rule.Id), ("text", r.Text),
                ("activities", Arr(r.Activities, ModelBuilder.Activity))))));
    }
}

/// <summary>Variables of an order; appendices bring the documents they name.</summary>
internal static class Orders
{
    public static ScriptObject Variables(ModelBuilder model, Order order, ShnorReport shnor)
    {
        var data = model.Data;
        var list = order.ShnorYear is { } y && y != shnor.Year
            ? ShnorIdentification.Identify(data, model.Index, y)
            : shnor;
        var roadmaps = new ScriptObject();
        foreach (var r in data.Roadmaps) roadmaps.Add(r.Id, ModelBuilder.Roadmap(r));
        return Obj(
            ("order", ModelBuilder.Order(order)),
            ("shnor", model.Shnor(list)),
            ("roadmaps", roadmaps),
            ("plan", data.Plan is { } p ? ModelBuilder.Plan(p) : null));
    }
}
