using KazReports.Data.Loading;
using KazReports.Data.Model;
using KazReports.Diagnostics;
using KazReports.Text;

namespace KazReports.Validation;

/// <summary>Checks across files: references between them, duplicates, and figures that look wrong.</summary>
public static class DataValidator
{
    public static void Validate(DataSet data, DiagnosticBag bag)
    {
        // The first cause first: with no school read (schools.yaml missing, empty or broken), every
        // reference to a school would be «unknown»; those are counted in one line instead.
        var target = data.Schools.Count == 0 ? new DiagnosticBag() : bag;
        CheckSchools(data, bag);
        NameChecks.Check(data, bag);
        CheckResults(data, target);
        CheckRegion(data, bag);
        CheckReferences(data, target);
        YearChecks.Check(data, bag);
        if (target != bag) FollowOn.Count(target, bag, [Codes.UnknownSchool], "schools.yaml", "ссылки на коды школ");
    }

    private static void CheckSchools(DataSet data, DiagnosticBag bag)
    {
        var seen = new Dictionary<string, School>(StringComparer.Ordinal);
        foreach (var s in data.Schools)
        {
            if (s.Id.Length > 0 && !seen.TryAdd(s.Id, s))
                bag.Error(Codes.DuplicateId, s.Span, $"код школы «{s.Id}» уже занят ({seen[s.Id].Span})");
        }
        foreach (var s in data.Schools.Where(s => s.BranchOf is not null))
        {
            if (s.BranchOf == s.Id)
                bag.Error(Codes.UnknownReference, s.Span, $"школа «{s.Id}» указана филиалом самой себя");
            else if (!seen.TryGetValue(s.BranchOf!, out var main))
                bag.Error(Codes.UnknownReference, s.Span, $"branch_of: неизвестная школа «{s.BranchOf}»");
            else if (main.BranchOf is not null && main.BranchOf != main.Id)
                bag.Error(Codes.UnknownReference, s.Span, Cycle(s, seen) is { } cycle
                    ? $"branch_of: филиалы замкнуты в круг ({cycle}): у круга нет головной школы"
                    : $"branch_of: «{main.Id}» сама филиал школы «{main.BranchOf}»; филиал указывают филиалом головной школы");
        }
    }

    /// <summary>The ids of a branch_of cycle through <paramref name="start"/> («a → b → a»); null when the chain ends.</summary>
    private static string? Cycle(School start, Dictionary<string, School> byId)
    {
        var chain = new List<string> { start.Id };
        var current = start;
        while (current.BranchOf is { } next && byId.TryGetValue(next, out var up) && chain.Count <= byId.Count)
        {
            chain.Add(up.Id);
            if (up.Id == start.Id) return string.Join(" → ", chain);
            current = up;
        }
        return null;
    }

    private static void CheckResults(DataSet data, DiagnosticBag bag)
    {
        var store = ResultStore.From(data.Results);
        var schools = new School?[store.SchoolCount];
        for (var s = 0; s < schools.Length; s++) schools[s] = data.FindSchool(store.SchoolAt(s));
        var repeats = Repeats(store, schools);
        for (var i = 0; i < store.Count; i++)
        {
            var school = schools[store.SchoolOf(i)];
            var r = store[i];
            if (school is null)
            {
                bag.Error(Codes.UnknownSchool, r.SchoolSpan, $"неизвестный код школы «{r.SchoolId}» (нет в schools.yaml)");
                continue;
            }
            if (school.Closed is { } closed && r.Year > closed)
                bag.Error(Codes.ClosedSchool, r.Span, $"результат {r.Year} года у школы «{school.ShortName}», закрытой в {closed} году");
            if (r.Grade > school.TopGrade)
                bag.Warning(Codes.BadGrade, r.Span, $"результат {r.Grade} класса у школы типа {school.Type} «{school.ShortName}»");
            else if (!school.Teaches(r.Grade) && r.Participants is not 0)
                bag.Warning(Codes.BadGrade, r.Span, $"результат {r.Grade} класса у школы «{school.ShortName}», в которой по schools.yaml (grades) нет {r.Grade} класса");
            if (repeats.TryGetValue(i, out var first))
                bag.Error(Codes.DuplicateMeasurement, r.Span,
                    $"повтор измерения: {Describe(data, r.Key)}, {school.ShortName} уже есть в {store[first].Span}");
        }
    }

    /// <summary>Rows that repeat an earlier measurement of a known school, each with the row it repeats.</summary>
    private static Dictionary<int, int> Repeats(ResultStore store, School?[] schools)
    {
        var repeats = new Dictionary<int, int>();
        var (rows, start) = store.GroupBySchool();
        var seenBy = new int[store.KeyCount];
        var firstRow = new int[store.KeyCount];
        Array.Fill(seenBy, -1);
        for (var s = 0; s < schools.Length; s++)
        {
            if (schools[s] is null) continue;
            for (var i = start[s]; i < start[s + 1]; i++)
            {
                var key = store.KeyOf(rows[i]);
                if (seenBy[key] == s) repeats[rows[i]] = firstRow[key];
                else (seenBy[key], firstRow[key]) = (s, rows[i]);
            }
        }
        return repeats;
    }

    private static void CheckRegion(DataSet data, DiagnosticBag bag)
    {
        var seen = new Dictionary<AssessmentKey, RegionResult>();
        foreach (var r in data.Region)
        {
            if (!seen.TryAdd(r.Key, r))
                bag.Error(Codes.DuplicateMeasurement, r.Span, $"повтор строки края: {Describe(data, r.Key)} уже есть в {seen[r.Key].Span}");
        }
    }

    private static void CheckReferences(DataSet data, DiagnosticBag bag)
    {
        foreach (var list in data.PublishedShnor)
        {
            for (var i = 0; i < list.SchoolIds.Count; i++)
            {
                var id = list.SchoolIds[i];
                if (data.FindSchool(id) is null)
                    bag.Error(Codes.UnknownSchool, At(list.SchoolSpans, i, list.Span), $"опубликованный список ШНОР {list.Year}: неизвестный код школы «{id}»");
            }
        }
        foreach (var a in data.Roadmaps.SelectMany(r => r.AllActivities))
        {
            for (var i = 0; i < a.Schools.Count; i++)
            {
                var id = a.Schools[i];
                if (data.FindSchool(id) is null)
                    bag.Error(Codes.UnknownSchool, At(a.SchoolSpans, i, a.Span), $"мероприятие «{a.Id}»: неизвестный код школы «{id}»");
            }
        }
        var ids = new Dictionary<string, Activity>(StringComparer.Ordinal);
        foreach (var a in data.Roadmaps.SelectMany(r => r.AllActivities).Where(a => a.Id is not null))
        {
            if (!ids.TryAdd(a.Id!, a))
                bag.Error(Codes.DuplicateId, a.Span, $"код мероприятия «{a.Id}» уже занят ({ids[a.Id!].Span})");
        }
        foreach (var rule in data.Recommendations)
        {
            foreach (var id in rule.ActivityIds.Where(id => !ids.ContainsKey(id)))
                bag.Error(Codes.UnknownReference, rule.Span, $"рекомендация «{rule.Id}»: нет мероприятия «{id}» в дорожной карте");
        }
        var numbers = new Dictionary<string, Order>(StringComparer.Ordinal);
        foreach (var o in data.Orders)
        {
            if (o.Number.Length > 0 && !numbers.TryAdd(o.Number, o))
                bag.Error(Codes.DuplicateId, o.Span, $"приказ № {o.Number} уже есть ({numbers[o.Number].Span})");
        }
    }

    private static string Describe(DataSet data, AssessmentKey key) => data.Catalog.Describe(key);

    /// <summary>The place of list item <paramref name="i"/> when the reader kept it, else of the whole entry.</summary>
    private static SourceSpan At(IReadOnlyList<SourceSpan>? spans, int i, SourceSpan whole) =>
        spans is not null && i < spans.Count ? spans[i] : whole;

}
