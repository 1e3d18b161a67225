using KazReports.Analysis;
using KazReports.Data.Model;
using KazReports.Text.Forms;
using Scriban.Runtime;
using static KazReports.Templates.ScriptModel;

namespace KazReports.Templates;

/// <summary>
/// Builds the explicit model of ScriptObjects that templates read: the data and the analysis
/// results, converted field by field. Field names are snake_case, as in the data files.
/// </summary>
public sealed class ModelBuilder(DataSet data, ResultIndex index)
{
    public DataSet Data => data;
    public ResultIndex Index => index;

    /// <summary>
    /// Variables every template sees, plus the functions of <see cref="Functions"/>. Shared by all
    /// documents of a build (rendered in parallel), so read-only; the list of schools is made when a
    /// template first reads it (a region's letters never do).
    /// </summary>
    public ScriptObject Base()
    {
        var so = new LazyScriptObject();
        var given = data.Schools.Where(sc => sc.Forms.Count > 0 || sc.NameLocative is not null)
            .GroupBy(sc => sc.ShortName, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => GivenForms(g.First()), StringComparer.Ordinal);
        Functions.Import(so, name => given.GetValueOrDefault(name));
        var d = data.District;
        so.Add("district", Obj(("name", d.District.Name), ("name_genitive", d.District.NameGenitive), ("region", d.District.Region)));
        so.Add("department", Obj(("parent", d.Department.Parent), ("name", d.Department.Name), ("address", d.Department.Address),
            ("place", d.Department.Place), ("phone", d.Department.Phone), ("fax", d.Department.Fax), ("email", d.Department.Email), ("short_name", d.Department.ShortName),
            ("okpo", d.Department.Okpo), ("inn_kpp", d.Department.InnKpp)));
        so.Add("head", Person(d.Head));
        so.Add("program", data.Program is { } p ? Program(p) : null);
        so.AddLazy("schools", () => Arr(data.Schools, School));
        so.Add("subjects", Arr(data.Catalog.Subjects, s => Obj(("id", s.Id), ("name", s.Name), ("dative", s.Dative))));
        so.Add("threshold", data.Shnor.Threshold);
        so.Import("result", new Func<string, int, string, int, string, ScriptObject?>((school, year, proc, grade, subj) =>
            index.School(new AssessmentKey(year, proc, grade, subj), school) is { } r ? Result(r) : null));
        so.Import("district_row", new Func<int, string, int, string, ScriptObject?>((year, proc, grade, subj) =>
            index.District(new AssessmentKey(year, proc, grade, subj)) is { } r
                ? Obj(("participants", r.Participants), ("share2", r.Share2), ("share45", r.Share45), ("lowered", r.ShareLowered),
                    ("schools", r.SchoolCount), ("complete", r.Complete), ("schools_total", r.SchoolCount + r.SchoolsWithoutParticipants))
                : null));
        so.Import("region_row", new Func<int, string, int, string, ScriptObject?>((year, proc, grade, subj) =>
            index.Region(new AssessmentKey(year, proc, grade, subj)) is { } r
                ? Obj(("share2", r.Share2), ("share45", r.Share45), ("lowered", r.ShareLowered))
                : null));
        so.Import("cohort", new Func<string, string, int, int, int, ScriptArray>((school, subj, year, grade, steps) =>
            // steps is clamped: a template asking for 10⁹ steps would allocate until the process dies
            // (the render time-out cannot stop .NET code); grades span 1–11, so 11 steps cover every cohort.
            Arr(Comparisons.Cohort(index, school, "ВПР", subj, year, grade, Math.Clamp(steps, 0, 11)).Points, pt => pt.Share2)));
        // «\*\*» after a share validation finds impossible (KR1031), for the footnote «вероятно, опечатка в источнике».
        so.Import("odd", new Func<string, int, string, int, string, string>((school, year, proc, grade, subj) =>
            Plausibility.Unlikely(index.School(new AssessmentKey(year, proc, grade, subj), school), data.Settings) ? "\\*\\*" : ""));
        so.Import("teaches", new Func<string, int, bool>((school, grade) => data.FindSchool(school)?.Teaches(grade) ?? true));
        so.Add("max_class", data.Settings.MaxClassSize);
        so.Import("has_results", new Func<string, int, string, int, bool>((school, year, proc, grade) =>
            data.Catalog.Subjects.Any(s => index.School(new AssessmentKey(year, proc, grade, s.Id), school) is not null)));
        // Whether any school has a result of a procedure, year and grade (any subject): a table or chart without data is left out.
        so.Import("any_results", new Func<int, string, int, bool>((year, proc, grade) =>
            index.Keys.Any(k => k.Year == year && k.Procedure == proc && k.Grade == grade)));
        return Freeze(so);
    }

    public static ScriptObject Person(Person p) =>
        Obj(("name", p.Name), ("position", p.Position), ("position_lines", Arr(p.PositionLines)));

    public static ScriptObject School(School s) =>
        Obj(("id", s.Id), ("name", s.Name), ("short_name", s.ShortName), ("official_name", s.OfficialShortName), ("org_form", s.OrgForm),
            ("type", s.Type), ("branch_of", s.BranchOf), ("director", s.Director), ("address", s.Address), ("email", s.Email),
            ("locative", s.Locative), ("genitive", s.ShortIn(GrammaticalCase.Genitive)), ("dative", s.ShortIn(GrammaticalCase.Dative)),
            ("instrumental", s.ShortIn(GrammaticalCase.Instrumental)), ("prepositional", s.ShortIn(GrammaticalCase.Prepositional)),
            ("director_dative", s.DirectorIn(GrammaticalCase.Dative)), ("director_genitive", s.DirectorIn(GrammaticalCase.Genitive)),
            ("director_gender", s.DirectorGender), ("grades", s.Grades?.ToString()));

    /// <summary>The data's forms of a school's short name, its <c>name_locative</c> as the prepositional.</summary>
    private static IReadOnlyDictionary<string, string> GivenForms(School s)
    {
        var forms = new Dictionary<string, string>(s.Forms, StringComparer.Ordinal);
        if (s.NameLocative is { } loc) forms.TryAdd("prepositional", loc);
        return forms;
    }

    public static ScriptObject Result(SchoolResult r) =>
        Obj(("year", r.Year), ("procedure", r.Procedure), ("grade", r.Grade), ("subject", r.Subject), ("participants", r.Participants),
            ("share2", r.Share2), ("share45", r.Share45), ("lowered", r.ShareLowered));

    private static ScriptObject Program(ProgramInfo p) =>
        Obj(("title", p.Title), ("kind", p.Kind), ("kind_genitive", p.KindGenitive), ("kind_dative", p.KindDative), ("year_from", p.YearFrom), ("year_to", p.YearTo),
            ("approved_order", p.ApprovedOrder), ("approved_date", p.ApprovedDate),
            ("passport", Arr(p.Passport, r => Obj(("field", r.Field), ("text", r.Text), ("items", Arr(r.Items)), ("block", r.Block)))),
            ("indicators", Arr(p.Indicators, i => Obj(("no", i.No), ("text", i.Text), ("target", i.Target), ("target_display", i.TargetDisplay),
                ("unit", i.Unit), ("qualifier", i.Qualifier),
                ("actual", Arr(i.Actual.OrderBy(kv => kv.Key), kv => Obj(("year", kv.Key), ("value", kv.Value))))))),
            ("goal", p.Goal), ("tasks", Arr(p.Tasks)), ("expected_results", Arr(p.ExpectedResults)),
            ("monitoring", Arr(p.Monitoring, m => Obj(("what", m.What), ("frequency", m.Frequency)))),
            ("risks", Arr(p.Risks)));

    public static ScriptObject Activity(Activity a) =>
        Obj(("id", a.Id), ("text", a.Text), ("deadline", a.Deadline), ("result", a.Result), ("responsible", a.Responsible),
            ("tags", Arr(a.Tags)), ("schools", Arr(a.Schools)));

    public static ScriptObject Plan(Plan p) =>
        Obj(("title", p.Title), ("sections", Arr(p.Sections, s => Obj(("title", s.Title), ("activities", Arr(s.Activities, Activity))))));

    public static ScriptObject Roadmap(Roadmap r) =>
        Obj(("id", r.Id), ("year", r.Year), ("title", r.Title),
            ("order", r.Order is { } o ? Obj(("number", o.Number), ("date", o.Date)) : null),
            ("intro", Arr(r.Intro)),
            ("directions", Arr(r.Directions, d => Obj(("title", d.Title), ("tasks", Arr(d.Tasks)),
                ("activities", Arr(d.Activities, Activity)), ("planned_results", Arr(d.PlannedResults))))));

    public static ScriptObject Order(Order o) =>
        Obj(("number", o.Number), ("date", o.Date), ("title", o.Title), ("preamble", o.Preamble), ("kind", o.Kind), ("shnor_year", o.ShnorYear),
            ("items", Arr(o.Items, i => Obj(("text", i.Text), ("responsible", i.Responsible), ("deadline", i.Deadline)))),
            ("appendices", Arr(o.Appendices, a => Obj(("title", a.Title), ("document", a.Document)))));

    private readonly System.Collections.Concurrent.ConcurrentDictionary<ShnorReport, ScriptObject> _shnor = new();

    /// <summary>
    /// The ШНОР identification for a year: the list with reasons and the comparison with the
    /// published one. Built once per report and shared read-only by every document.
    /// </summary>
    public ScriptObject Shnor(ShnorReport report) => _shnor.GetOrAdd(report, r =>
    {
        var so = BuildShnor(r);
        return Freeze(so);
    });

    /// <summary>
    /// The lists (a region has thousands of ШНОР schools) are built when a template first reads them:
    /// a letter reads the years and the threshold only.
    /// </summary>
    private ScriptObject BuildShnor(ShnorReport report)
    {
        var so = new LazyScriptObject();
        so.Add("year", report.Year);
        so.Add("threshold", report.Rule.Threshold);
        so.Add("years", Arr(Enumerable.Range(0, report.Rule.YearsNeeded).Select(i => (object)(report.Year - i)), x => x));
        so.Add("criteria", Arr(report.Rule.Criteria, c => Obj(("id", c.Id), ("text", c.Text))));
        so.AddLazy("list", () => Arr(report.Identified, Decision));
        so.AddLazy("undetermined", () => Arr(report.Decisions.Where(d => d.Undetermined), Decision));
        so.AddLazy("missing_for_all", () => Arr(report.MissingForAll.Select(k => ShnorIdentification.Describe(data, k))));
        so.Add("published", report.Published is { } p ? Obj(("year", p.Year), ("source", p.Source), ("count", p.SchoolIds.Count)) : null);
        so.AddLazy("matches", () => report.MatchesPublished);
        so.AddLazy("only_computed", () => Arr(report.OnlyComputed, d => School(d.School)));
        so.AddLazy("only_published", () => Arr(report.OnlyPublished, d => School(d.School)));
        return so;
    }

    public ScriptObject Decision(ShnorDecision d) =>
        Obj(("school", School(d.School)), ("is_shnor", d.IsShnor), ("undetermined", d.Undetermined),
            ("criteria", Arr(d.MetCriteria.Select(c => c.Criterion.Id))),
            ("reasons", Arr(ShnorIdentification.Reasons(data, d))),
            ("low", Arr(d.Low, l => Obj(("what", ShnorIdentification.Describe(data, l.Key)), ("share2", l.Share2), ("year", l.Key.Year)))),
            ("missing", Arr(d.Missing.Select(k => ShnorIdentification.Describe(data, k)))));

    /// <summary>
    /// A script object some of whose members are built on first read, once, by whichever thread reads
    /// first; templates see ordinary values. Reads, enumeration, copies and clones all give the built value.
    /// </summary>
    /// <summary>An object some of whose members are not built yet.</summary>
    internal interface ILazyMembers
    {
        bool IsPending(string member);
    }

    private sealed class LazyScriptObject : ScriptObject, IEnumerable<KeyValuePair<string, object?>>, ILazyMembers
    {
        public bool IsPending(string member) => _pending.TryGetValue(member, out var lazy) && !lazy.IsValueCreated;

        private readonly Dictionary<string, Lazy<object?>> _pending = new(StringComparer.Ordinal);

        public void AddLazy(string member, Func<object?> build)
        {
            // Lazy members belong to models shared by documents rendered in parallel: read-only once built.
            _pending.Add(member, new Lazy<object?>(() => Freeze(build()), LazyThreadSafetyMode.ExecutionAndPublication));
            base.Add(member, null);
        }

        private object? Resolve(string member, object? stored) =>
            _pending.TryGetValue(member, out var lazy) ? lazy.Value : stored;

        public override bool TryGetValue(Scriban.TemplateContext? context, Scriban.Parsing.SourceSpan span, string member, out object? value)
        {
            var found = base.TryGetValue(context, span, member, out value);
            if (found) value = Resolve(member, value);
            return found;
        }

        public override object? this[string key]
        {
            get => Resolve(key, base[key]);
            set => base[key] = value;
        }

        private IEnumerable<KeyValuePair<string, object?>> Resolved()
        {
            foreach (var member in GetMembers().ToArray()) yield return new(member, this[member]);
        }

        public new IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => Resolved().GetEnumerator();

        IEnumerator<KeyValuePair<string, object?>> IEnumerable<KeyValuePair<string, object?>>.GetEnumerator() => GetEnumerator();

        public override void CopyTo(ScriptObject dest)
        {
            foreach (var (k, v) in Resolved()) dest[k] = v;
        }

        public override Scriban.Runtime.IScriptObject Clone(bool deep)
        {
            var copy = new ScriptObject();
            foreach (var (k, v) in Resolved()) copy.Add(k, deep && v is Scriban.Runtime.IScriptObject o ? o.Clone(true) : v);
            return copy;
        }
    }
}
