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
        // An order approving the program attaches the whole program: it sees the program's variables too.
        var vars = order.Appendices.Any(a => a.Document == "program") && data.Program is not null
            ? ProgramDocument.Variables(model, shnor.Year, shnor)
            : Obj(("plan", data.Plan is { } p ? ModelBuilder.Plan(p) : null));
        vars["order"] = ModelBuilder.Order(order);
        vars["shnor"] = model.Shnor(list);
        vars["roadmaps"] = roadmaps;
        return vars;
    }
}

/// <summary>
/// Variables of the whole program (and of an order that attaches it): the ВПР report's (section 4
/// analyses the year of the latest results), the ШНОР list of the year before (section 3 shows two
/// years), the plan (appendix 1), the prose parts of data/program/*.md and their facts.
/// </summary>
internal static class ProgramDocument
{
    public static ScriptObject Variables(ModelBuilder model, int year, ShnorReport shnor)
    {
        var data = model.Data;
        var vars = VprReport.Variables(model, year, shnor);
        var previous = data.Years.Contains(year - 1) ? ShnorIdentification.Identify(data, model.Index, year - 1) : null;
        var text = data.ProgramText;
        var facts = new ScriptObject();
        foreach (var f in text?.Facts ?? [])
        {
            var value = Text.Numbers.Format(f.Value);
            facts.Add(f.Id, Obj(("value", f.Value), ("unit", f.Unit), ("what", f.What), ("source", f.Source), ("year", f.Year),
                ("text", f.Unit is null ? value : f.Unit == "%" ? value + "\u00A0%" : value + " " + f.Unit)));
        }
        vars.Add("shnor_previous", previous is null ? null : model.Shnor(previous));
        vars.Add("plan", data.Plan is { } p ? ModelBuilder.Plan(p) : null);
        vars.Add("prose", Arr(text?.Parts ?? [], part => Obj(("name", part.Name), ("path", part.DisplayPath), ("text", part.Text))));
        vars.Add("facts", facts);
        return vars;
    }
}
