using KazReports.Analysis;
using KazReports.Data.Model;
using KazReports.Templates;
using KazReports.Text;
using KazReports.Text.Forms;
using Scriban.Runtime;
using static KazReports.Templates.ScriptModel;

namespace KazReports.Build;

/// <summary>Variables of the analytic report (<c>model: report</c>); its conclusions are declared in documents.yaml.</summary>
internal static class VprReport
{
    public static ScriptObject Variables(ModelBuilder model, int year, ShnorReport shnor)
    {
        var data = model.Data;
        return Obj(
            ("year", year),
            ("compiler", data.Letters is { } l ? LetterWords.Executor(l.ExecutorName, l.ExecutorPhone) : null),
            ("shnor", model.Shnor(shnor)),
            ("shnor_change", ShnorChange.Of(data, model.Index, shnor)?.Sentence()));
    }
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
                ("unlikely", Plausibility.Unlikely(c.Result, data.Settings)),
                ("cohort_unlikely", Plausibility.Unlikely(index.School(new AssessmentKey(c.Key.Year - 1, c.Key.Procedure, c.Key.Grade - 1, c.Key.Subject), school.Id), data.Settings)),
                ("previous", c.PreviousYear2), ("cohort", c.Cohort2), ("cohort_change", c.CohortChange),
                ("low", c.Share2 >= data.Shnor.Threshold)))
            .ToArray();
        var parent = school.BranchOf is { } p ? data.FindSchool(p) : null;
        var recs = Recommendations.For(data, index, decision, letters.Year);
        return Obj(
            ("school", ModelBuilder.School(school)),
            ("parent", parent is null ? null : ModelBuilder.School(parent)),
            ("name", LetterWords.Name(school, parent)),
            ("addressee", LetterWords.Addressee(school, parent)),
            ("greeting", LetterWords.Greeting(school)),
            ("letter", Obj(("number", number), ("date", letters.Date), ("year", letters.Year),
                ("executor", LetterWords.Executor(letters.ExecutorName, letters.ExecutorPhone)), ("executor_phone", letters.ExecutorPhone),
                ("executor_is_person", letters.ExecutorName is { } en && PersonName.Parse(en) is not null))),
            ("results", new ScriptArray(rows)),
            ("partial", rows.Any(r => r["district"] is not null && r["district_complete"] is false)),
            ("unlikely", rows.Any(r => r["unlikely"] is true || r["cohort_unlikely"] is true)),
            ("max_class", data.Settings.MaxClassSize),
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

/// <summary>The words of a letter that depend on the addressee: cases of the school's name, the director, the greeting, the executor.</summary>
internal static class LetterWords
{
    /// <summary>The official name (a branch with its parent) in every case the letter uses.</summary>
    public static ScriptObject Name(School school, School? parent) =>
        Obj(("nominative", school.Official(parent, GrammaticalCase.Nominative)), ("genitive", school.Official(parent, GrammaticalCase.Genitive)),
            ("dative", school.Official(parent, GrammaticalCase.Dative)), ("instrumental", school.Official(parent, GrammaticalCase.Instrumental)),
            ("prepositional", school.Official(parent, GrammaticalCase.Prepositional)));

    /// <summary>
    /// «Директору / МБОУ Казачинская СОШ / Иванову И.И.» when the director is known, else «Руководителю /
    /// Челноковской ООШ – филиала МБОУ Мокрушинская СОШ»: the position in the dative, the school in the genitive.
    /// </summary>
    public static ScriptObject Addressee(School school, School? parent)
    {
        var person = school.DirectorIn(GrammaticalCase.Dative);
        var position = person is not null && parent is null ? "Директору" : "Руководителю";
        return Obj(("position", position), ("school", school.Official(parent, GrammaticalCase.Genitive)), ("person", person));
    }

    /// <summary>«Уважаемая Анна Петровна!» when the full name is known, else «Уважаемый руководитель!».</summary>
    public static string Greeting(School school)
    {
        if (school.Director is { } d && PersonName.Parse(d) is { First: { } f, Patronymic: { } p } && !f.EndsWith('.') && !p.EndsWith('.'))
        {
            var g = school.DirectorGenderOf();
            if (g != Gender.Unknown) return $"{(g == Gender.Female ? "Уважаемая" : "Уважаемый")} {f} {p}!";
        }
        return "Уважаемый руководитель!";
    }

    /// <summary>
    /// «С.Ю. Волкова, 8 (391-96) 21-4-04» (ГОСТ Р 7.0.97: initials, surname, telephone) when the data
    /// gives a name; a position stays as written.
    /// </summary>
    public static string? Executor(string? name, string? phone)
    {
        if (name is null) return phone;
        var who = PersonNames.InitialsSurname(name) ?? name;
        return phone is null ? who : $"{who}, {phone}";
    }
}
