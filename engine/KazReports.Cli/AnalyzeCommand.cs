using System.Text.Encodings.Web;
using System.Text.Json;
using KazReports.Analysis;
using KazReports.Data.Loading;
using KazReports.Data.Model;
using KazReports.Text;
using KazReports.Validation;

namespace KazReports.Cli;

internal static class AnalyzeCommand
{
    public static int Run(string dataDir, int? year, bool json, TextWriter stdout, TextWriter stderr)
    {
        var (data, bag) = CheckedData.Load(dataDir);
        if (KazCli.Report(bag, stderr) || data is null) return KazCli.DataErrors;
        if (data.Years.Count == 0)
        {
            stderr.WriteLine("ошибка: в данных нет ни одного результата");
            return KazCli.DataErrors;
        }
        var y = year ?? data.Years[^1];
        if (!data.Years.Contains(y))
        {
            stderr.WriteLine($"kaz: в данных нет результатов {y} года; есть: {string.Join(", ", data.Years)}");
            return KazCli.Usage;
        }
        var index = new ResultIndex(data);
        var report = ShnorIdentification.Identify(data, index, y);
        var district = index.AllDistrictRows.Where(r => r.Key.Year == y).OrderBy(r => r.Key.Procedure, StringComparer.Ordinal)
            .ThenBy(r => r.Key.Grade).ThenBy(r => r.Key.Subject, StringComparer.Ordinal).ToArray();
        if (json) WriteJson(data, report, district, stdout);
        else WriteText(data, report, district, stdout);
        return KazCli.Ok;
    }

    private static void WriteText(DataSet data, ShnorReport report, IReadOnlyList<DistrictRow> district, TextWriter w)
    {
        w.WriteLine($"Районные показатели {report.Year} года (взвешены по числу участников):");
        if (district.Count == 0) w.WriteLine("  нет: ни в одной строке этого года не указано число участников");
        foreach (var r in district)
        {
            w.WriteLine($"  {ShnorIdentification.Describe(data, r.Key)}: участников {r.Participants} ({r.SchoolCount} шк.), " +
                        $"«2» {Pct(r.Share2)}, «4 и 5» {Pct(r.Share45)}, понизили {Pct(r.ShareLowered)}");
        }
        w.WriteLine();
        w.WriteLine($"ШНОР {report.Year} (по результатам {string.Join(" и ", Enumerable.Range(0, report.Rule.YearsNeeded).Select(i => report.Year - i))} гг., порог {Numbers.Format(report.Rule.Threshold)} %):");
        foreach (var d in report.Identified)
        {
            w.WriteLine($"  {d.School.OfficialShortName}");
            foreach (var reason in ShnorIdentification.Reasons(data, d)) w.WriteLine($"    {reason}");
        }
        var undetermined = report.Decisions.Where(d => d.Undetermined).ToArray();
        if (undetermined.Length > 0)
        {
            w.WriteLine("  Не выявлены по имеющимся данным, но данных недостаточно, чтобы исключить:");
            foreach (var d in undetermined)
            {
                var own = d.Missing.Except(report.MissingForAll).ToArray();
                w.WriteLine($"    {d.School.OfficialShortName}: " + (own.Length == 0
                    ? "нет только тех данных, которых нет ни по одной школе"
                    : $"нет данных — {string.Join("; ", own.Select(k => ShnorIdentification.Describe(data, k)))}"));
            }
        }
        if (report.MissingForAll.Count > 0)
            w.WriteLine($"  Нет данных ни по одной школе: {string.Join("; ", report.MissingForAll.Select(k => ShnorIdentification.Describe(data, k)))}");
        if (report.Published is { } p)
        {
            w.WriteLine(report.MatchesPublished
                ? $"  Совпадает с опубликованным списком {p.Year} года ({p.SchoolIds.Count} шк.)."
                : $"  Расхождения с опубликованным списком {p.Year} года:");
            foreach (var d in report.OnlyComputed) w.WriteLine($"    выявлена, но нет в опубликованном: {d.School.OfficialShortName}");
            foreach (var d in report.OnlyPublished)
                w.WriteLine($"    есть в опубликованном, не выявлена по данным: {d.School.OfficialShortName}" +
                            (d.Undetermined ? " (данных недостаточно)" : ""));
        }
    }

    private static string Pct(decimal? v) => v is { } x ? Numbers.Fixed(x) + " %" : "нет данных";

    private static void WriteJson(DataSet data, ShnorReport report, IReadOnlyList<DistrictRow> district, TextWriter w)
    {
        using var stream = new MemoryStream();
        using (var j = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            j.WriteStartObject();
            j.WriteNumber("year", report.Year);
            j.WriteNumber("threshold", report.Rule.Threshold);
            j.WriteStartArray("shnor");
            foreach (var d in report.Identified)
            {
                j.WriteStartObject();
                j.WriteString("id", d.School.Id);
                j.WriteString("name", d.School.OfficialShortName);
                j.WriteStartArray("criteria");
                foreach (var c in d.MetCriteria) j.WriteStringValue(c.Criterion.Id);
                j.WriteEndArray();
                j.WriteStartArray("reasons");
                foreach (var reason in ShnorIdentification.Reasons(data, d)) j.WriteStringValue(reason);
                j.WriteEndArray();
                j.WriteStartArray("lowProcedures");
                foreach (var l in d.Low)
                {
                    j.WriteStartObject();
                    WriteKey(j, l.Key);
                    j.WriteNumber("share2", Numbers.Round(l.Share2));
                    j.WriteEndObject();
                }
                j.WriteEndArray();
                j.WriteEndObject();
            }
            j.WriteEndArray();
            j.WriteStartArray("undetermined");
            foreach (var d in report.Decisions.Where(d => d.Undetermined))
            {
                j.WriteStartObject();
                j.WriteString("id", d.School.Id);
                j.WriteString("name", d.School.OfficialShortName);
                j.WriteStartArray("missing");
                foreach (var k in d.Missing) j.WriteStringValue(ShnorIdentification.Describe(data, k));
                j.WriteEndArray();
                j.WriteEndObject();
            }
            j.WriteEndArray();
            if (report.Published is { } p)
            {
                j.WriteStartObject("published");
                j.WriteNumber("year", p.Year);
                j.WriteBoolean("matches", report.MatchesPublished);
                j.WriteStartArray("onlyComputed");
                foreach (var d in report.OnlyComputed) j.WriteStringValue(d.School.Id);
                j.WriteEndArray();
                j.WriteStartArray("onlyPublished");
                foreach (var d in report.OnlyPublished) j.WriteStringValue(d.School.Id);
                j.WriteEndArray();
                j.WriteEndObject();
            }
            j.WriteStartArray("district");
            foreach (var r in district)
            {
                j.WriteStartObject();
                WriteKey(j, r.Key);
                j.WriteNumber("participants", r.Participants);
                WriteShare(j, "share2", r.Share2);
                WriteShare(j, "share45", r.Share45);
                WriteShare(j, "shareLowered", r.ShareLowered);
                j.WriteEndObject();
            }
            j.WriteEndArray();
            j.WriteEndObject();
        }
        w.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteKey(Utf8JsonWriter j, AssessmentKey k)
    {
        j.WriteNumber("year", k.Year);
        j.WriteString("procedure", k.Procedure);
        j.WriteNumber("grade", k.Grade);
        j.WriteString("subject", k.Subject);
    }

    private static void WriteShare(Utf8JsonWriter j, string name, decimal? v)
    {
        if (v is { } x) j.WriteNumber(name, Numbers.Round(x));
        else j.WriteNull(name);
    }
}
