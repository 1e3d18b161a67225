using KazReports.Data.Model;
using KazReports.Diagnostics;
using KazReports.Parsing;

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

    private readonly CatalogLookup _lookup = new(catalog);

    /// <summary>The school rows of a table, in a store of their own.</summary>
    public IReadOnlyList<SchoolResult> ReadSchoolRows(Table table)
    {
        var store = new ResultStore();
        ReadSchoolRows(table, store);
        return store;
    }

    /// <summary>Adds the school rows of a table to <paramref name="store"/>.</summary>
    public void ReadSchoolRows(Table table, ResultStore store)
    {
        var cols = MapHeader(table.File, table.Header, SchoolColumns, SchoolRequired);
        if (cols is null) return;
        if (table.Rows.Count == 0) HeaderOnly(table.File, table.Header.Count > 0 ? table.Header[0].Span.Line : 1, bag);
        var reader = new RowReader(bag);
        var file = store.InternFile(table.File);
        foreach (var row in table.Rows)
        {
            if (AtRowLimit(store, new SourceSpan(table.File, row.Line, 1), bag)) break;
            ReadSchoolRow(reader.Start(row, table.File), cols, store, file);
        }
    }

    /// <summary>A results file with its header and no rows: not an error (a new year's file begun), but said.</summary>
    private static void HeaderOnly(string file, int headerLine, DiagnosticBag bag) =>
        bag.Warning(Codes.EmptyFile, new SourceSpan(file, headerLine, 1), "в файле только строка заголовка: результатов в нём нет");

    /// <summary>All result files together hold at most this many rows (a region of 200 000 schools has ~3 million).</summary>
    public const int MaxRows = 10_000_000;

    /// <summary>Tests lower the limit (ten million rows cannot be written on each run).</summary>
    internal static readonly AsyncLocal<int?> RowLimitOverride = new();

    private static bool AtRowLimit(ResultStore store, SourceSpan at, DiagnosticBag bag)
    {
        var limit = RowLimitOverride.Value ?? MaxRows;
        if (store.Count < limit) return false;
        var shown = limit.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture).Replace(',', ' ');
        bag.Error(Codes.TooManyRows, at, $"строк результатов больше предела в {shown}: дальше файл не прочитан");
        return true;
    }

    /// <summary>
    /// Adds the school rows of a results file (CSV row by row, XLSX as a table) to <paramref name="store"/>;
    /// a CSV file that turns out unreadable at its end adds nothing.
    /// </summary>
    public void ReadSchoolFile(string path, string displayPath, ResultStore store)
    {
        if (!SafeFile.CheckReadable(path, displayPath, bag)) return;
        try
        {
            ReadCheckedSchoolFile(path, displayPath, store);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            bag.Add(new Diagnostic(Severity.Error, Codes.FileMissing, new SourceSpan(displayPath, 0, 0), $"файл не прочитан: {FileErrors.Russian(e)}", e.Message));
        }
    }

    private void ReadCheckedSchoolFile(string path, string displayPath, ResultStore store)
    {
        if (path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            if (XlsxTableReader.Read(path, displayPath, bag) is { } table) ReadSchoolRows(table, store);
            return;
        }
        using var text = TextDecoder.OpenText(path, displayPath, bag);
        var rows = new CsvRows(text, displayPath);
        var mark = store.Count;
        if (rows.ReadHeader() is { } header)
        {
            // Diagnostics of the rows wait in the reader until the whole file is known to be readable.
            var inner = new ResultsLoader(catalog, settings, rows.RowDiagnostics);
            var cols = inner.MapHeader(displayPath, header, SchoolColumns, SchoolRequired);
            if (cols is not null)
            {
                var reader = new RowReader(rows.RowDiagnostics);
                var file = store.InternFile(displayPath);
                var any = false;
                while (rows.Next(out var row))
                {
                    any = true;
                    if (AtRowLimit(store, new SourceSpan(displayPath, row.Line, 1), rows.RowDiagnostics)) break;
                    inner.ReadSchoolRow(reader.Start(row, displayPath), cols, store, file);
                }
                if (!any) HeaderOnly(displayPath, header[0].Span.Line, rows.RowDiagnostics);
            }
        }
        if (!rows.Finish(bag)) store.Truncate(mark);
    }

    private void ReadSchoolRow(RowReader r, Columns c, ResultStore store, int file)
    {
        var key = ReadKey(r, c);
        var school = r.Raw(c.School, required: true);
        var participants = r.Count(c.Participants);
        if (participants == 0)
        {
            bag.Error(Codes.BadNumber, r.Span(c.Participants), "число участников 0: оставьте ячейку пустой, если данных нет");
            participants = null;
        }
        var fail = ReadMeasure(r, c.Count2, c.Share2, "«2»", participants);
        var high = ReadMeasure(r, c.Count45, c.Share45, "«4 и 5»", participants);
        var lowered = ReadMeasure(r, c.CountLowered, c.ShareLowered, "«понизили»", participants);
        CheckSum(r, c, fail, high, participants);
        if (key is null || school.Length == 0 || r.Failed) return;
        store.Add(key.Value, store.InternSchool(school), participants, fail, high, lowered, r.Text(c.Source), file, r.Line, r.Span(c.School));
    }

    public IReadOnlyList<RegionResult> ReadRegionRows(Table table)
    {
        var c = MapHeader(table.File, table.Header, RegionColumns, RegionRequired);
        if (c is null) return [];
        var list = new List<RegionResult>();
        var r = new RowReader(bag);
        foreach (var row in table.Rows)
        {
            r.Start(row, table.File);
            var key = ReadKey(r, c);
            var s2 = ReadShare(r, c.Share2, "«2»");
            var s45 = ReadShare(r, c.Share45, "«4 и 5»");
            var sl = ReadShare(r, c.ShareLowered, "«понизили»");
            if (s2?.Value + s45?.Value > 100.5m)
                bag.Error(Codes.SharesSumAbove100, r.Span(c.Share45), $"доли «2» и «4 и 5» вместе больше 100 %");
            if (key is null || r.Failed) continue;
            list.Add(new RegionResult(key.Value, s2?.Value, s45?.Value, sl?.Value, new SourceSpan(table.File, row.Line, 1)));
        }
        return list;
    }

    private Columns? MapHeader(string file, IReadOnlyList<TableCell> header, string[] known, string[] required)
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        var ok = true;
        for (var i = 0; i < header.Count; i++)
        {
            var cell = header[i];
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
            bag.Error(Codes.RequiredField, new SourceSpan(file, header.Count > 0 ? header[0].Span.Line : 1, 1), $"нет обязательного столбца «{r}»");
            ok = false;
        }
        return ok ? new Columns(map) : null;
    }

    private AssessmentKey? ReadKey(RowReader r, Columns c)
    {
        var year = r.Count(c.Year, required: true);
        if (year is { } y && (y < 2000 || y > 2100))
        {
            bag.Error(Codes.BadYear, r.Span(c.Year), $"год {y} вне разумных пределов");
            year = null;
        }
        var procText = r.Raw(c.Procedure, required: true);
        var proc = procText.Length == 0 ? null : _lookup.Procedure(procText);
        if (procText.Length > 0 && proc is null)
            bag.Error(Codes.UnknownProcedure, r.Span(c.Procedure), $"неизвестная процедура «{procText}»; известны: {string.Join(", ", catalog.Procedures.Select(p => p.Id))}");
        var grade = r.Count(c.Grade, required: true);
        if (grade is { } g && (g < 1 || g > 11))
        {
            bag.Error(Codes.BadGrade, r.Span(c.Grade), $"класс {g} вне 1–11");
            grade = null;
        }
        var subjText = r.Raw(c.Subject, required: true);
        var subj = subjText.Length == 0 ? null : _lookup.Subject(subjText);
        if (subjText.Length > 0 && subj is null)
            bag.Error(Codes.UnknownSubject, r.Span(c.Subject), $"неизвестный предмет «{subjText}»; известны: {string.Join(", ", catalog.Subjects.Select(s => s.Id))}");
        if (year is null || proc is null || grade is null || subj is null) return null;
        return new AssessmentKey(year.Value, proc.Id, grade.Value, subj.Id);
    }

    private Measure ReadMeasure(RowReader r, Column countCol, Column shareCol, string label, int? participants)
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

    private (decimal Value, int Decimals)? ReadShare(RowReader r, Column col, string label)
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

    private void CheckSum(RowReader r, Columns c, Measure fail, Measure high, int? participants)
    {
        if (fail.Share(participants) is { } a && high.Share(participants) is { } b && a + b > 100.5m)
            bag.Error(Codes.SharesSumAbove100, r.Span(c.Share45), $"доли «2» ({Fmt(a)} %) и «4 и 5» ({Fmt(b)} %) вместе больше 100 %");
    }

    private static string Fmt(decimal d) => Text.Numbers.Format(d);

    /// <summary>The columns of a result table with their places in its header, resolved once per file.</summary>
    private sealed class Columns(Dictionary<string, int> map)
    {
        public Column Year { get; } = new("year", map.GetValueOrDefault("year", -1));
        public Column Procedure { get; } = new("procedure", map.GetValueOrDefault("procedure", -1));
        public Column Grade { get; } = new("grade", map.GetValueOrDefault("grade", -1));
        public Column Subject { get; } = new("subject", map.GetValueOrDefault("subject", -1));
        public Column School { get; } = new("school", map.GetValueOrDefault("school", -1));
        public Column Participants { get; } = new("participants", map.GetValueOrDefault("participants", -1));
        public Column Count2 { get; } = new("count2", map.GetValueOrDefault("count2", -1));
        public Column Share2 { get; } = new("share2", map.GetValueOrDefault("share2", -1));
        public Column Count45 { get; } = new("count45", map.GetValueOrDefault("count45", -1));
        public Column Share45 { get; } = new("share45", map.GetValueOrDefault("share45", -1));
        public Column CountLowered { get; } = new("count_lowered", map.GetValueOrDefault("count_lowered", -1));
        public Column ShareLowered { get; } = new("share_lowered", map.GetValueOrDefault("share_lowered", -1));
        public Column Source { get; } = new("source", map.GetValueOrDefault("source", -1));
    }

    /// <summary>Procedures and subjects found by the text of a cell, each distinct text looked up once.</summary>
    private sealed class CatalogLookup(Catalog catalog)
    {
        private const int MaxRemembered = 1000;
        private readonly Dictionary<string, Procedure?> _procedures = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Subject?> _subjects = new(StringComparer.Ordinal);

        public Procedure? Procedure(ReadOnlySpan<char> text) => Find(_procedures, text, catalog.FindProcedure);

        public Subject? Subject(ReadOnlySpan<char> text) => Find(_subjects, text, catalog.FindSubject);

        private static T? Find<T>(Dictionary<string, T?> seen, ReadOnlySpan<char> text, Func<string, T?> find) where T : class
        {
            if (seen.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text, out var known)) return known;
            var s = text.ToString();
            var found = find(s);
            if (seen.Count < MaxRemembered) seen[s] = found;
            return found;
        }
    }
}
