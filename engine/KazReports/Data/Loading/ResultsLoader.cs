using KazReports.Data.Model;
using KazReports.Diagnostics;

namespace KazReports.Data.Loading;

/// <summary>Reads result tables (school rows or region rows) into typed records, checking every cell.</summary>
internal sealed class ResultsLoader(Catalog catalog, Settings settings, DiagnosticBag bag)
{
    private static readonly string[] SchoolColumns =
        ["year", "procedure", "grade", "subject", "school", "participants", "count2", "share2", "count45", "share45", "count_lowered", "share_lowered", "source"];

    private static readonly string[] SchoolRequired = ["year", "procedure", "grade", "subject", "school"];

    private static readonly string[] RegionColumns =
        ["year", "procedure", "grade", "subject", "share2", "share45", "share_lowered", "source"];

    private static readonly string[] RegionRequired = ["year", "procedure", "grade", "subject"];

    public IReadOnlyList<SchoolResult> ReadSchoolRows(Table table)
    {
        var cols = MapHeader(table, SchoolColumns, SchoolRequired);
        if (cols is null) return [];
        var list = new List<SchoolResult>();
        foreach (var row in table.Rows)
        {
            var r = new RowReader(row, cols, bag);
            var key = ReadKey(r);
            var school = r.Text("school", required: true);
            var participants = r.Count("participants");
            if (participants == 0)
            {
                bag.Error(Codes.BadNumber, r.Span("participants"), "число участников 0: оставьте ячейку пустой, если данных нет");
                participants = null;
            }
            var fail = ReadMeasure(r, "count2", "share2", "«2»", participants);
            var high = ReadMeasure(r, "count45", "share45", "«4 и 5»", participants);
            var lowered = ReadMeasure(r, "count_lowered", "share_lowered", "«понизили»", participants);
            CheckSum(r, fail, high, participants);
            if (key is null || school is null || r.Failed) continue;
            list.Add(new SchoolResult(key.Value, school, participants, fail, high, lowered, r.Text("source"), new SourceSpan(table.File, row.Line, 1), r.Span("school")));
        }
        return list;
    }

    public IReadOnlyList<RegionResult> ReadRegionRows(Table table)
    {
        var cols = MapHeader(table, RegionColumns, RegionRequired);
        if (cols is null) return [];
        var list = new List<RegionResult>();
        foreach (var row in table.Rows)
        {
            var r = new RowReader(row, cols, bag);
            var key = ReadKey(r);
            var s2 = ReadShare(r, "share2", "«2»");
            var s45 = ReadShare(r, "share45", "«4 и 5»");
            var sl = ReadShare(r, "share_lowered", "«понизили»");
            if (s2?.Value + s45?.Value > 100.5m)
                bag.Error(Codes.SharesSumAbove100, r.Span("share45"), $"доли «2» и «4 и 5» вместе больше 100 %");
            if (key is null || r.Failed) continue;
            list.Add(new RegionResult(key.Value, s2?.Value, s45?.Value, sl?.Value, new SourceSpan(table.File, row.Line, 1)));
        }
        return list;
    }

    private Dictionary<string, int>? MapHeader(Table table, string[] known, string[] required)
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        var ok = true;
        for (var i = 0; i < table.Header.Count; i++)
        {
            var cell = table.Header[i];
            var name = cell.Text.Trim().TrimStart('\uFEFF').ToLowerInvariant();
            if (name.Length == 0) continue;
            if (!known.Contains(name))
            {
                var hint = name.Contains(';') || name.Contains(',') || name.Contains('\t') ? " (другой разделитель столбцов?)" : "";
                bag.Error(Codes.UnknownField, cell.Span, $"неизвестный столбец «{cell.Text}»{hint}; допустимы: {string.Join(", ", known)}");
                ok = false;
                continue;
            }
            if (!map.TryAdd(name, i))
            {
                bag.Error(Codes.DuplicateId, cell.Span, $"столбец «{name}» повторяется");
                ok = false;
            }
        }
        foreach (var r in required.Where(r => !map.ContainsKey(r)))
        {
            bag.Error(Codes.RequiredField, new SourceSpan(table.File, table.Header.Count > 0 ? table.Header[0].Span.Line : 1, 1), $"нет обязательного столбца «{r}»");
            ok = false;
        }
        return ok ? map : null;
    }

    private AssessmentKey? ReadKey(RowReader r)
    {
        var year = r.Count("year", required: true);
        if (year is { } y && (y < 2000 || y > 2100))
        {
            bag.Error(Codes.BadYear, r.Span("year"), $"год {y} вне разумных пределов");
            year = null;
        }
        var procText = r.Text("procedure", required: true);
        var proc = procText is null ? null : catalog.FindProcedure(procText);
        if (procText is not null && proc is null)
            bag.Error(Codes.UnknownProcedure, r.Span("procedure"), $"неизвестная процедура «{procText}»; известны: {string.Join(", ", catalog.Procedures.Select(p => p.Id))}");
        var grade = r.Count("grade", required: true);
        if (grade is { } g && (g < 1 || g > 11))
        {
            bag.Error(Codes.BadGrade, r.Span("grade"), $"класс {g} вне 1–11");
            grade = null;
        }
        var subjText = r.Text("subject", required: true);
        var subj = subjText is null ? null : catalog.FindSubject(subjText);
        if (subjText is not null && subj is null)
            bag.Error(Codes.UnknownSubject, r.Span("subject"), $"неизвестный предмет «{subjText}»; известны: {string.Join(", ", catalog.Subjects.Select(s => s.Id))}");
        if (year is null || proc is null || grade is null || subj is null) return null;
        return new AssessmentKey(year.Value, proc.Id, grade.Value, subj.Id);
    }

    private Measure ReadMeasure(RowReader r, string countCol, string shareCol, string label, int? participants)
    {
        var count = r.Count(countCol);
        var share = ReadShare(r, shareCol, label);
        if (count is { } c && participants is { } n && c > n)
        {
            bag.Error(Codes.CountAboveParticipants, r.Span(countCol), $"число {label} {c} больше числа участников {n}");
            count = null;
        }
        if (share is null) return new Measure(count, null);
        if (count is { } c2)
        {
            if (participants is { } n2 && !ShareCheck.Produces(c2, n2, share.Value.Value, share.Value.Decimals))
                bag.Error(Codes.CountShareDisagree, r.Span(shareCol),
                    $"доля {label} {Fmt(share.Value.Value)} % не равна {c2} из {n2} ({Fmt(100m * c2 / n2)} %)");
            return new Measure(c2, share.Value.Value);
        }
        if (participants is { } p)
            return new Measure(ShareCheck.ToCount(share.Value.Value, share.Value.Decimals, p, label, r.Span(shareCol), bag, settings.ImpossibleSharePupils), share.Value.Value);
        if (ShareCheck.SmallestClass(share.Value.Value, share.Value.Decimals, settings.MaxClassSize) is null)
            bag.Warning(Codes.ShareUnlikely, r.Span(shareCol),
                $"доля {label} {Fmt(share.Value.Value)} % не получается ни в одном классе до {settings.MaxClassSize} учеников: вероятно, опечатка");
        return new Measure(null, share.Value.Value);
    }

    private (decimal Value, int Decimals)? ReadShare(RowReader r, string col, string label)
    {
        var v = r.Number(col);
        if (v is not { } x) return null;
        if (x.Value < 0 || x.Value > 100)
        {
            bag.Error(Codes.ShareOutOfRange, r.Span(col), $"доля {label} {Fmt(x.Value)} % {(x.Value < 0 ? "меньше 0" : "больше 100")} %");
            return null;
        }
        return x;
    }

    private void CheckSum(RowReader r, Measure fail, Measure high, int? participants)
    {
        if (fail.Share(participants) is { } a && high.Share(participants) is { } b && a + b > 100.5m)
            bag.Error(Codes.SharesSumAbove100, r.Span("share45"), $"доли «2» ({Fmt(a)} %) и «4 и 5» ({Fmt(b)} %) вместе больше 100 %");
    }

    private static string Fmt(decimal d) => Text.Numbers.Format(d);
}
