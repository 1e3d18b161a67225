using KazReports.Analysis;
using KazReports.Data.Model;
using KazReports.Documents;
using KazReports.Templates;
using static KazReports.Templates.ScriptModel;

namespace KazReports.Build;

/// <summary>Every document the data calls for, each with its template and variables.</summary>
public static class DocumentPlan
{
    public static readonly string[] Groups = ["passport", "plan", "program", "roadmap", "vpr", "letters", "orders"];

    public static IReadOnlyList<DocumentJob> Create(ModelBuilder model, ShnorReport shnor)
    {
        var data = model.Data;
        var author = data.District.Department.Name;
        var jobs = new List<DocumentJob>();
        var program = data.Program;
        var programDate = program?.ApprovedDate ?? data.Letters?.Date ?? new DateOnly(2000, 1, 1);
        var year = data.Letters?.Year ?? data.Years.LastOrDefault();
        var reportDate = data.Letters?.Date ?? programDate;

        if (program is not null)
        {
            jobs.Add(new DocumentJob("passport", "passport", "passport.sbn",
                new DocumentInfo($"Паспорт программы «{program.Title}»", author, program.Kind, programDate), () => new()));
        }
        if (data.Plan is { } plan)
        {
            jobs.Add(new DocumentJob("plan", "plan", "plan.sbn", new DocumentInfo(plan.Title, author, program?.Title, programDate),
                () => Obj(("plan", ModelBuilder.Plan(plan)))));
        }
        // The whole program (title page, contents, sections 1–6, appendix 1); one entry, to move to documents.yaml.
        if (program is not null)
        {
            jobs.Add(new DocumentJob("program", "program", "program.sbn",
                new DocumentInfo($"{program.Kind} «{program.Title}» на {program.YearFrom}–{program.YearTo} годы", author, program.Kind, programDate),
                () => ProgramDocument.Variables(model, year, shnor)));
        }
        foreach (var r in data.Roadmaps)
        {
            jobs.Add(new DocumentJob("roadmap", r.Id, "roadmap.sbn", new DocumentInfo(r.Title, author, "Дорожная карта", r.Order?.Date ?? programDate),
                () => Obj(("roadmap", ModelBuilder.Roadmap(r)))));
        }
        jobs.Add(new DocumentJob("vpr", $"vpr-{year}", "vpr-report.sbn",
            new DocumentInfo($"Анализ результатов ВПР и ОГЭ {year} года", author, "Аналитическая справка", reportDate),
            () => VprReport.Variables(model, year, shnor)));
        if (data.Letters is { } letters)
        {
            var n = 0;
            foreach (var school in data.Schools.Where(s => s.Closed is null || s.Closed >= letters.Year))
            {
                var number = letters.NumberPrefix + (++n).ToString(System.Globalization.CultureInfo.InvariantCulture);
                jobs.Add(new DocumentJob("letters", $"letters/{school.Id}", "letter.sbn",
                    new DocumentInfo($"Адресные рекомендации: {school.OfficialShortName}", author, "Адресные рекомендации", letters.Date),
                    () => Letter.Variables(model, school, shnor, letters, number), school.Id));
            }
        }
        foreach (var order in data.Orders)
        {
            jobs.Add(new DocumentJob("orders", $"orders/{Ids.Sanitize(order.Number)}", "order.sbn",
                new DocumentInfo($"Приказ № {order.Number} «{order.Title}»", author, "Приказ", order.Date),
                () => Orders.Variables(model, order, shnor)));
        }
        return jobs;
    }
}
