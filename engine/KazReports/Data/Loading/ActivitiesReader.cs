using KazReports.Data.Model;
using KazReports.Parsing;

namespace KazReports.Data.Loading;

/// <summary>The plan of activities and the roadmaps.</summary>
internal static class ActivitiesReader
{
    public static Plan ReadPlan(YMap root)
    {
        var sections = root.Maps("sections", required: true).Select(m =>
        {
            var s = new PlanSection(m.Text("title"), m.Maps("activities", required: true).Select(ReadActivity).ToArray(), m.Span);
            m.Done();
            return s;
        }).ToArray();
        var plan = new Plan(root.Text("title"), sections, root.Span);
        root.Done();
        return plan;
    }

    public static Roadmap ReadRoadmap(YMap root)
    {
        var orderMap = root.Map("order");
        OrderRef? order = null;
        if (orderMap is not null)
        {
            order = new OrderRef(orderMap.Text("number"), orderMap.Date("date", required: true) ?? default);
            orderMap.Done();
        }
        var directions = root.Maps("directions", required: true).Select(m =>
        {
            var d = new RoadmapDirection(m.Text("title"), m.Strings("tasks"),
                m.Maps("activities", required: true).Select(ReadActivity).ToArray(), m.Strings("planned_results"), m.Span);
            m.Done();
            return d;
        }).ToArray();
        var roadmap = new Roadmap(root.Text("id"), root.Int("year", required: true) ?? 0, root.Text("title"), order,
            root.Strings("intro"), directions, root.Span);
        root.Done();
        return roadmap;
    }

    private static Activity ReadActivity(YMap m)
    {
        var id = m.String("id");
        var (text, deadline, result, responsible, tags) = (m.Text("activity"), m.Text("deadline"), m.Text("result"), m.Text("responsible"), m.Strings("tags"));
        var (schools, spans) = m.StringsWithSpans("schools");
        var a = new Activity(id, text, deadline, result, responsible, tags, schools, m.Span, spans);
        m.Done();
        return a;
    }
}
