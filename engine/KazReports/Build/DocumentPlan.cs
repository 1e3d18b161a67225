using KazReports.Analysis;
using KazReports.Data.Model;
using KazReports.Diagnostics;
using KazReports.Documents;
using KazReports.Templates;
using KazReports.Templates.Declarations;
using Scriban.Runtime;
using static KazReports.Templates.ScriptModel;

namespace KazReports.Build;

/// <summary>Every document the declarations (templates/documents.yaml) and the data call for, each with its template and variables.</summary>
public static class DocumentPlan
{
    /// <summary>A document without a date in its data is dated so (never the clock: builds are reproducible).</summary>
    public static readonly DateOnly NoDate = new(2000, 1, 1);

    /// <summary>
    /// The declarations the engine can build: each known <c>each</c> and <c>model</c>, a template that
    /// exists, patterns that read known values. The others are reported and left out.
    /// </summary>
    public static IReadOnlyList<DocumentDeclaration> Check(IReadOnlyList<DocumentDeclaration> declared, TemplateSet templates,
        ScriptObject baseModel, DiagnosticBag bag)
    {
        var ok = new List<DocumentDeclaration>();
        foreach (var d in declared)
        {
            var errors = bag.ErrorCount;
            if (!DocumentSubjects.Kinds.TryGetValue(d.Each, out var names))
                Error(bag, d.Span, $"each: «{d.Each}» неизвестно; есть {string.Join(", ", DocumentSubjects.Kinds.Keys)}");
            if (d.Model is { } m && !DocumentModels.Needs.ContainsKey(m))
                Error(bag, d.Span, $"model: «{m}» неизвестна; есть {string.Join(", ", DocumentModels.Needs.Keys)}");
            else if (d.Model is { } mm && DocumentModels.Needs[mm] is { } need && need != d.Each)
                Error(bag, d.Span, $"model: «{mm}» делается только для each: {need}, а здесь each: {d.Each}");
            if (!TemplateExists(templates, d.Template))
                bag.Error(TemplateCodes.Missing, new SourceSpan(templates.DisplayPath(d.Template), 0, 0), $"шаблон не найден (его называет {d.Span})");
            var known = (names ?? []).Concat(Globals).Concat(baseModel.GetMembers()).ToHashSet(StringComparer.Ordinal);
            foreach (var (field, pattern) in Patterns(d))
            {
                var roots = field == "combined.title" ? known.Append("count") : known;
                foreach (var root in pattern.Roots.Distinct().Where(r => !roots.Contains(r)))
                    Error(bag, pattern.Span, $"поле «{field}»: значения «{root}» нет; есть {string.Join(", ", roots.Order(StringComparer.Ordinal))}");
            }
            if (bag.ErrorCount == errors) ok.Add(d);
        }
        return ok;
    }

    /// <summary>The names every pattern may read besides the template's common variables.</summary>
    private static readonly string[] Globals = ["year", "letters"];

    /// <summary>The jobs of every declaration, in the declarations' order; a document whose name cannot be made is reported.</summary>
    public static IReadOnlyList<DocumentJob> Create(IReadOnlyList<DocumentDeclaration> declared, ModelBuilder model, ShnorReport shnor,
        int year, ScriptObject baseModel, DiagnosticBag bag)
    {
        var data = model.Data;
        var author = data.District.Department.Name;
        var letters = data.Letters is { } l ? Obj(("date", l.Date), ("year", l.Year), ("number_prefix", l.NumberPrefix)) : null;
        var jobs = new List<DocumentJob>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var d in declared)
        {
            foreach (var subject in DocumentSubjects.Of(d.Each, data))
            {
                object? Value(string root) =>
                    subject.Values.TryGetValue(root, out var v) ? v
                    : root == "year" ? year
                    : root == "letters" ? letters
                    : baseModel.ContainsKey(root) ? baseModel[root] : null;
                if (Name(d, Value, bag) is not { } name) continue;
                if (!names.Add(name))
                {
                    Error(bag, d.Id.Span, $"документ «{name}» получается дважды: сделайте имя (id) различным");
                    continue;
                }
                var info = new DocumentInfo(d.Title.Format(Value), d.Author?.Format(Value) ?? author,
                    d.Subject?.Value(Value) is { } s ? d.Subject.Format(Value) : null, Date(d, Value, bag));
                jobs.Add(new DocumentJob(d.Group, name, d.Template, info,
                    () => DocumentModels.Variables(d, subject, model, shnor, year), subject.SchoolId, d));
            }
        }
        return jobs;
    }

    private static string? Name(DocumentDeclaration d, Func<string, object?> value, DiagnosticBag bag)
    {
        if (d.Id.HasEmpty(value))
        {
            Error(bag, d.Id.Span, $"имя документа «{d.Id.Text}»: значение в {{…}} пусто");
            return null;
        }
        var name = d.Id.Format(value, Ids.Sanitize);
        if (name.Split('/').Any(part => part.Length == 0 || part.StartsWith('.') || part.Any(c => c is '\\' or ':' || char.IsControl(c))))
        {
            Error(bag, d.Id.Span, $"имя документа «{name}» не годится для файла: части через «/», без «\\», «:» и точки в начале");
            return null;
        }
        return name;
    }

    private static DateOnly Date(DocumentDeclaration d, Func<string, object?> value, DiagnosticBag bag)
    {
        switch (d.Date?.Value(value))
        {
            case null: return NoDate;
            case DateOnly date: return date;
            case var other:
                Error(bag, d.Date.Span, $"поле «date»: «{other}» не дата");
                return NoDate;
        }
    }

    private static IEnumerable<(string Field, NamePattern Pattern)> Patterns(DocumentDeclaration d)
    {
        yield return ("id", d.Id);
        yield return ("title", d.Title);
        if (d.Subject is { } s) yield return ("subject", s);
        if (d.Date is { } date) yield return ("date", date);
        if (d.Author is { } a) yield return ("author", a);
        if (d.Combined is { } c) yield return ("combined.title", c.Title);
    }

    private static bool TemplateExists(TemplateSet templates, string name)
    {
        try
        {
            return templates.Exists(name);
        }
        catch (TemplateAccessException)
        {
            return false;
        }
    }

    private static void Error(DiagnosticBag bag, SourceSpan span, string message) => bag.Error(DeclarationReader.Code, span, message);
}
