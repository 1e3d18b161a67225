using KazReports.Data.Model;
using KazReports.Diagnostics;
using KazReports.Parsing;

namespace KazReports.Data.Loading;

internal static class ShnorReader
{
    public static ShnorRule ReadRule(YMap root, Catalog catalog)
    {
        var threshold = root.Decimal("threshold", required: true) ?? 30m;
        if (threshold is <= 0 or > 100)
            root.Bag.Error(Codes.BadSetting, root.Get("threshold")!.Span, $"порог {threshold} % вне 0–100");
        var procedures = root.Maps("procedures", required: true).Select(m =>
        {
            var proc = m.Text("procedure");
            var subj = m.Text("subject");
            if (proc.Length > 0 && catalog.FindProcedure(proc) is null)
                m.Bag.Error(Codes.UnknownProcedure, m.Get("procedure")!.Span, $"неизвестная процедура «{proc}»");
            if (subj.Length > 0 && catalog.FindSubject(subj) is null)
                m.Bag.Error(Codes.UnknownSubject, m.Get("subject")!.Span, $"неизвестный предмет «{subj}»");
            var grades = m.List("grades").Select(n => n.AsInteger("grades")).OfType<long>().Select(g => (int)g).ToArray();
            if (grades.Length == 0 && catalog.FindProcedure(proc) is { Grade: null })
                m.Bag.Error(Codes.RequiredField, m.Span, $"процедура «{proc}» проводится в разных классах: укажите grades, например grades: [5, 6]");
            var p = new ShnorProcedure(catalog.FindProcedure(proc)?.Id ?? proc, catalog.FindSubject(subj)?.Id ?? subj, grades, m.Span);
            m.Done();
            return p;
        }).ToArray();
        var criteria = root.Maps("criteria", required: true).Select(m =>
        {
            var c = new ShnorCriterion(m.Text("id"), m.Text("text"), m.Int("years", required: true) ?? 1, m.Int("min_low_per_year", required: true) ?? 1, m.Span);
            if (c.Years < 1 || c.MinLowPerYear < 1)
                m.Bag.Error(Codes.BadSetting, m.Span, "years и min_low_per_year должны быть не меньше 1");
            m.Done();
            return c;
        }).ToArray();
        root.Done();
        return new ShnorRule(threshold, procedures, criteria, root.Span);
    }

    public static IReadOnlyList<PublishedShnorList> ReadPublished(YMap root)
    {
        var lists = root.Maps("lists", required: true).Select(m =>
        {
            var (year, source) = (m.Int("year", required: true) ?? 0, m.String("source"));
            var (schools, spans) = m.StringsWithSpans("schools");
            var l = new PublishedShnorList(year, source, schools, m.Span, spans);
            m.Done();
            return l;
        }).ToArray();
        root.Done();
        return lists;
    }
}
