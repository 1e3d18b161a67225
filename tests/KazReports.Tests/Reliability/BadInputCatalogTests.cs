using System.IO.Compression;
using System.Text;
using KazReports.Diagnostics;
using KazReports.Templates;
using KazReports.Tests.Foundation;

namespace KazReports.Tests.Reliability;

/// <summary>
/// The bad-input catalogue in one place: each row spoils a temp copy of data/ or templates/, runs
/// the CLI in-process (<c>validate</c>, or <c>build --only plan</c> for templates) and expects exit
/// code 1 with the exact diagnostic: file, line, column (where meaningful), code and the whole
/// Russian message (paths of the spoilt copy written «&lt;data&gt;» and «&lt;templates&gt;»). An unhandled exception fails the row.
/// </summary>
public sealed class BadInputCatalogTests
{
    /// <summary>A temp copy of data/ and templates/ to spoil.</summary>
    public sealed class Spoilt : IDisposable
    {
        private readonly TempData _data = new();
        public string DataDir => _data.Dir;
        public string TemplatesDir { get; }
        public string OutDir { get; }

        public Spoilt()
        {
            TemplatesDir = Path.Combine(Path.GetTempPath(), "kaz-rel-templates-" + Guid.NewGuid().ToString("N"));
            OutDir = Path.Combine(Path.GetTempPath(), "kaz-rel-out-" + Guid.NewGuid().ToString("N"));
            var src = Path.Combine(Repo.Root, "templates");
            foreach (var f in Directory.EnumerateFiles(src, "*", SearchOption.AllDirectories))
            {
                var to = Path.Combine(TemplatesDir, Path.GetRelativePath(src, f));
                Directory.CreateDirectory(Path.GetDirectoryName(to)!);
                File.Copy(f, to);
            }
        }

        /// <summary>«data/x» or «templates/x» to the absolute path in the copy.</summary>
        public string PathOf(string rel) =>
            rel.StartsWith("templates/", StringComparison.Ordinal) ? Path.Combine(TemplatesDir, rel["templates/".Length..])
            : Path.Combine(DataDir, rel["data/".Length..]);

        /// <summary>How the CLI names the file in diagnostics.</summary>
        public string Display(string rel) => PathOf(rel).Replace('\\', '/');

        public void Write(string rel, string text) => WriteBytes(rel, new UTF8Encoding(false).GetBytes(text));

        public void WriteBytes(string rel, byte[] bytes)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(PathOf(rel))!);
            File.WriteAllBytes(PathOf(rel), bytes);
        }

        public string Read(string rel) => File.ReadAllText(PathOf(rel));

        public void Replace(string rel, string old, string @new, string? after = null)
        {
            var text = Read(rel);
            var from = after is null ? 0 : text.IndexOf(after, StringComparison.Ordinal);
            Assert.True(from >= 0, $"«{after}» not in {rel}");
            var at = text.IndexOf(old, from, StringComparison.Ordinal);
            Assert.True(at >= 0, $"«{old}» not in {rel}");
            Write(rel, text[..at] + @new + text[(at + old.Length)..]);
        }

        /// <summary>Appends text; the 1-based line where it starts.</summary>
        public int Append(string rel, string text)
        {
            var old = Read(rel);
            if (!old.EndsWith('\n')) old += "\n";
            Write(rel, old + text);
            return old.Count(c => c == '\n') + 1;
        }

        public int LineOf(string rel, string prefix)
        {
            var lines = File.ReadAllLines(PathOf(rel));
            var i = Array.FindIndex(lines, l => l.StartsWith(prefix, StringComparison.Ordinal));
            Assert.True(i >= 0, $"no line «{prefix}» in {rel}");
            return i + 1;
        }

        /// <summary>A results file with the standard header and one row (line 2).</summary>
        public void Row(string row) => Write(Results, Repo.ResultsHeader + "\n" + row + "\n");

        public const string Results = "data/results/zz-test.csv";

        public void Dispose()
        {
            _data.Dispose();
            foreach (var d in new[] { TemplatesDir, OutDir })
                try { if (Directory.Exists(d)) Directory.Delete(d, true); } catch (IOException) { }
        }
    }

    /// <summary>One row: how to spoil, which command, the expected diagnostic.</summary>
    public sealed record Case(
        string Name, string Command, Action<Spoilt> Spoil, string File, Func<Spoilt, int?> Line, int? Column, string Code, string Message);

    private static Func<Spoilt, int?> L(int? line) => _ => line;
    private static Func<Spoilt, int?> At(string rel, string prefix) => s => s.LineOf(rel, prefix);
    private static int Col(string row, string column) => Repo.ColumnOf(row, column);
    private const string R = Spoilt.Results;

    /// <summary>A result row spoilt in one cell: the error is on line 2 of the results file at that cell.</summary>
    private static Case RowCase(string name, string row, string column, string code, string message) =>
        new(name, "validate", s => s.Row(row), R, L(2), column == "row" ? 1 : Col(row, column), code, message);

    private const string ExtraSchool =
        "  - id: {0}\n" +
        "    name: Муниципальное бюджетное общеобразовательное учреждение Новая основная общеобразовательная школа\n" +
        "    short_name: Новая ООШ\n" +
        "    type: ООШ\n";

    private static Case TemplateCase(string name, string text, int? line, int? column, string code, string message,
        string command = "build") =>
        new(name, command, s => s.Write("templates/plan.sbn", text), "templates/plan.sbn", L(line), column, code, message);

    private static byte[] ZipBomb()
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            var e = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize);
            using var w = e.Open();
            var zeros = new byte[1 << 20];
            for (var i = 0; i < 210; i++) w.Write(zeros);
        }
        return ms.ToArray();
    }

    private const string TooWide = "таблица из 80 столбцов не помещается в ширину текста 180 мм: столбец не уже 7,2 мм, всего нужно 578,7 мм (уменьшите число столбцов или их ширину)";

    public static readonly Case[] Cases =
    [
        // ---- files, encodings, syntax ----
        new("empty_yaml", "validate", s => s.Write("data/schools.yaml", ""), "data/schools.yaml", L(1), 1, Codes.EmptyFile, "файл пуст"),
        new("yaml_of_comments_only", "validate", s => s.Write("data/catalog.yaml", "# ничего\n\n"), "data/catalog.yaml", L(1), 1, Codes.EmptyFile, "файл пуст"),
        new("empty_csv", "validate", s => s.Write(R, ""), R, L(1), 1, Codes.EmptyFile, "файл пуст: нет строки заголовка"),
        new("csv_of_separators_only", "validate", s => s.Write(R, ";;;\n;;\n"), R, L(1), 1, Codes.EmptyFile, "файл пуст: нет строки заголовка"),
        new("missing_required_yaml", "validate", s => File.Delete(s.PathOf("data/schools.yaml")), "data/schools.yaml", L(null), null, Codes.FileMissing, "файл не найден"),
        new("no_results_files", "validate", s => File.Delete(s.PathOf("data/" + Repo.ResultsCsv)), "data/results", L(null), null, Codes.FileMissing, "нет файлов результатов (*.csv, *.xlsx)"),
        new("yaml_bad_indent", "validate",
            s => s.Write("data/shnor.yaml", "threshold: 30\nprocedures:\n  - procedure: ВПР\n   subject: math\ncriteria: []\n"),
            "data/shnor.yaml", L(4), null, Codes.YamlSyntax, "синтаксическая ошибка YAML: неверный отступ в списке: ожидался элемент «- …»"),
        new("yaml_unclosed_quote", "validate", s => s.Replace("data/district.yaml", "name: Казачинский район", "name: \"Казачинский район"),
            "data/district.yaml", null!, null, Codes.YamlSyntax, "синтаксическая ошибка YAML: кавычка не закрыта в конце строки: закройте её или продолжите текст с отступом"),
        new("yaml_root_is_a_list", "validate", s => s.Write("data/shnor.yaml", "- threshold: 30\n"), "data/shnor.yaml", L(1), 1, Codes.WrongType, "ожидался словарь полей «имя: значение»"),
        new("yaml_list_where_text", "validate", s => s.Replace("data/district.yaml", "name: Казачинский район", "name: [Казачинский, район]"),
            "data/district.yaml", At("data/district.yaml", "  name: ["), 9, Codes.WrongType, "поле «name»: ожидался текст"),
        new("yaml_text_where_number", "validate", s => s.Replace("data/shnor.yaml", "threshold: 30", "threshold: тридцать"),
            "data/shnor.yaml", At("data/shnor.yaml", "threshold:"), 12, Codes.BadNumber, "поле «threshold»: «тридцать» не число"),
        new("yaml_map_where_list", "validate", s => s.Replace("data/shnor.yaml", "criteria:\n", "criteria: нет\nunused:\n"),
            "data/shnor.yaml", At("data/shnor.yaml", "criteria: нет"), 11, Codes.WrongType, "поле «criteria»: ожидался список"),
        new("yaml_duplicate_key", "validate", s => s.Replace("data/shnor.yaml", "threshold: 30\n", "threshold: 30\nthreshold: 40\n"),
            "data/shnor.yaml", At("data/shnor.yaml", "threshold: 40"), null, Codes.YamlSyntax, "синтаксическая ошибка YAML: поле «threshold» повторяется"),
        new("yaml_unknown_field", "validate", s => s.Replace("data/district.yaml", "  name: Казачинский район\n", "  name: Казачинский район\n  colour: red\n"),
            "data/district.yaml", At("data/district.yaml", "  colour:"), 3, Codes.UnknownField, "неизвестное поле «colour»"),
        new("setting_out_of_range", "validate", s => s.Replace("data/settings.yaml", "max_class_size: 60", "max_class_size: 5000"),
            "data/settings.yaml", At("data/settings.yaml", "  max_class_size:"), 19, Codes.BadSetting, "max_class_size 5000: допустимо от 1 до 1000"),
        new("tab_rows_under_semicolon_header", "validate",
            s => s.Write(R, Repo.ResultsHeader + "\n2024\tВПР\t5\trus\tkazachinskaya\t10\t1\t\t\t\t\t\t\n"),
            R, L(2), 1, Codes.RaggedRow, "в строке 1 поле, а в заголовке 13 (разделитель «;»)"),
        new("ragged_row", "validate", s => s.Row("2024;ВПР;5;rus;kazachinskaya;10;1"), R, L(2), 1, Codes.RaggedRow, "в строке 7 полей, а в заголовке 13 (разделитель «;»)"),
        new("csv_quote_left_open", "validate", s => s.Row("2024;ВПР;5;rus;\"kazachinskaya;10;1;;;;;;"), R, L(2), 16, Codes.UnclosedQuote, "кавычка открыта и не закрыта до конца файла"),
        new("header_with_another_separator", "validate", s => s.Write(R, "year|procedure|grade\n2024|ВПР|5\n"),
            R, L(1), 1, Codes.UnknownField, "неизвестный столбец «year|procedure|grade»; допустимы: year, procedure, grade, subject, school, participants, count2, share2, count45, share45, count_lowered, share_lowered, source"),
        new("bom_then_windows1251", "validate",
            s => s.WriteBytes(R, [0xEF, 0xBB, 0xBF, .. Encoding.GetEncoding(1251).GetBytes(Repo.ResultsHeader + "\n2024;ВПР;5;rus;kazachinskaya;10;1;;;;;;\n")]),
            R, L(2), 1, Codes.BadEncoding, "файл не в кодировке UTF-8 и не похож на Windows-1251: сохраните его как «CSV UTF-8»"),
        new("windows1251_with_unknown_procedure", "validate",
            s => s.WriteBytes(R, Encoding.GetEncoding(1251).GetBytes(Repo.ResultsHeader + "\n2024;ВПРР;5;rus;kazachinskaya;10;1;;;;;;\n")),
            R, L(2), 6, Codes.UnknownProcedure, "неизвестная процедура «ВПРР»; известны: ВПР, ОГЭ, ЕГЭ, ЕГЭ-база, ЕГЭ-профиль, КДР"),
        new("missing_year_column", "validate", s => s.Write(R, "procedure;grade;subject;school\nВПР;5;rus;kazachinskaya\n"),
            R, L(1), 1, Codes.RequiredField, "нет обязательного столбца «year»"),

        // ---- cells of results ----
        RowCase("share_with_percent", "2024;ВПР;5;rus;kazachinskaya;10;;5,17%;;;;;", "share2", Codes.BadNumber, "поле «share2»: «5,17%» не число: уберите знак «%»: доли пишутся числом процентов"),
        RowCase("dash_for_no_data", "2024;ВПР;5;rus;kazachinskaya;10;;;;—;;;", "share45", Codes.BadNumber, "поле «share45»: «—» не число: пустая ячейка означает «нет данных»: оставьте её пустой"),
        RowCase("thousands_separator", "2024;ВПР;5;rus;kazachinskaya;1 234;;;;;;;", "participants", Codes.BadNumber, "поле «participants»: «1 234» не число: уберите разделители тысяч"),
        RowCase("negative_count", "2024;ВПР;5;rus;kazachinskaya;10;-1;;;;;;", "count2", Codes.NegativeNumber, "поле «count2»: отрицательное число -1"),
        RowCase("non_numeric_count", "2024;ВПР;5;rus;kazachinskaya;10;много;;;;;;", "count2", Codes.BadNumber, "поле «count2»: «много» не число: ожидалось число, например 5,17"),
        RowCase("fractional_count", "2024;ВПР;5;rus;kazachinskaya;10;1,5;;;;;;", "count2", Codes.BadNumber, "поле «count2»: «1,5» не целое число"),
        RowCase("zero_participants", "2024;ВПР;5;rus;kazachinskaya;0;;;;;;;", "participants", Codes.BadNumber, "число участников 0: оставьте ячейку пустой, если данных нет"),
        RowCase("unknown_school", "2024;ВПР;5;rus;nosuch;10;1;;;;;;", "school", Codes.UnknownSchool, "неизвестный код школы «nosuch» (нет в schools.yaml)"),
        RowCase("unknown_procedure", "2024;ВПРР;5;rus;kazachinskaya;10;1;;;;;;", "procedure", Codes.UnknownProcedure, "неизвестная процедура «ВПРР»; известны: ВПР, ОГЭ, ЕГЭ, ЕГЭ-база, ЕГЭ-профиль, КДР"),
        RowCase("unknown_subject", "2024;ВПР;5;physics;kazachinskaya;10;1;;;;;;", "subject", Codes.UnknownSubject, "неизвестный предмет «physics»; известны: rus, math"),
        RowCase("grade_12", "2024;ВПР;12;rus;kazachinskaya;10;1;;;;;;", "grade", Codes.BadGrade, "класс 12 вне 1–11"),
        RowCase("year_1999", "1999;ВПР;5;rus;kazachinskaya;10;1;;;;;;", "year", Codes.BadYear, "год 1999 вне разумных пределов"),
        RowCase("share_above_100", "2024;ВПР;5;rus;kazachinskaya;10;;122;;;;;", "share2", Codes.ShareOutOfRange, "доля «2» 122 % больше 100 %"),
        RowCase("count_above_participants", "2024;ВПР;5;rus;kazachinskaya;10;12;;;;;;", "count2", Codes.CountAboveParticipants, "число «2» 12 больше числа участников 10"),
        RowCase("impossible_share", "2024;ВПР;5;rus;kazachinskaya;9;;50;;;;;", "share2", Codes.ShareImpossible, "доля «2» 50 % не получается ни при каком целом числе из 9 участников (4,5 чел.; ближайшее 5 из 9 = 55,56 %)"),
        RowCase("empty_required_cell", "2024;ВПР;5;rus;;10;1;;;;;;", "school", Codes.RequiredField, "пустое обязательное поле «school»"),
        RowCase("duplicate_measurement", "2023;ВПР;5;rus;kazachinskaya;58;3;;;;;;", "row", Codes.DuplicateMeasurement, "повтор измерения: ВПР 2023, 5 класс, русский язык, Казачинская СОШ уже есть в <data>/results/vpr-oge-2021-2023.csv(64,1)"),
        new("result_for_a_closed_school", "validate",
            s => { s.Replace("data/schools.yaml", "closed: null", "closed: 2022", after: "  - id: kazanskaya"); s.Row("2024;ВПР;5;rus;kazanskaya;10;1;;;;;;"); },
            R, L(2), 1, Codes.ClosedSchool, "результат 2024 года у школы «Казанская ООШ», закрытой в 2022 году"),

        // ---- registry, references, dates ----
        new("duplicate_school_id", "validate", s => s.Append("data/schools.yaml", string.Format(ExtraSchool, "kazanskaya")),
            "data/schools.yaml", s => s.LineOf("data/schools.yaml", "    name: Муниципальное бюджетное общеобразовательное учреждение Новая") - 1, 5,
            Codes.DuplicateId, "код школы «kazanskaya» уже занят (<data>/schools.yaml(123,5))"),
        new("school_id_with_dotdot", "validate", s => s.Append("data/schools.yaml", string.Format(ExtraSchool, "\"../evil\"")),
            "data/schools.yaml", At("data/schools.yaml", "  - id: \"../evil\""), 9, Codes.BadId, "код школы «../evil»: допустимы строчные латинские буквы, цифры и «-»"),
        new("unknown_school_in_published_list", "validate", s => s.Replace("data/shnor-published.yaml", "      - kazanskaya ", "      - kazanskiy ", after: "  - year: 2023"),
            "data/shnor-published.yaml", s => s.LineOf("data/shnor-published.yaml", "      - kazanskiy "), 9, Codes.UnknownSchool, "опубликованный список ШНОР 2023: неизвестный код школы «kazanskiy»"),
        new("roadmap_activity_names_unknown_school", "validate", s => s.Replace("data/roadmap-2024.yaml", "schools: [kazanskaya]", "schools: [kazanskiy]"),
            "data/roadmap-2024.yaml", At("data/roadmap-2024.yaml", "        schools: [kazanskiy]"), 19, Codes.UnknownSchool, "мероприятие «d1-3»: неизвестный код школы «kazanskiy»"),
        new("recommendation_names_unknown_activity", "validate", s => s.Replace("data/recommendations.yaml", "activities: { tags: [iom] }", "activities: { ids: [d9-9] }"),
            "data/recommendations.yaml", null!, null, Codes.UnknownReference, "рекомендация «iom»: нет мероприятия «d9-9» в дорожной карте"),
        new("impossible_date_31_02", "validate", s => s.Replace("data/orders/order-18.yaml", "date: 2024-01-29\n", "date: 31.02.2024\n"),
            "data/orders/order-18.yaml", At("data/orders/order-18.yaml", "date: 31.02.2024"), 7, Codes.BadDate, "поле «date»: «31.02.2024» не дата (пишите 2024-01-29 или 29.01.2024)"),
        new("date_as_a_list", "validate", s => s.Replace("data/letters.yaml", "date: 2024-02-05", "date: [2024-02-05]"),
            "data/letters.yaml", At("data/letters.yaml", "date: ["), 7, Codes.WrongType, "поле «date»: ожидался текст"),

        // ---- workbooks ----
        new("xlsx_that_is_text", "validate", s => s.Write("data/results/zz-test.xlsx", "year;procedure\n2024;ВПР\n"),
            "data/results/zz-test.xlsx", L(1), 1, Codes.NotSpreadsheet, "файл не является книгой Excel (.xlsx)"),
        new("xlsx_zip_bomb", "validate", s => s.WriteBytes("data/results/zz-test.xlsx", ZipBomb()),
            "data/results/zz-test.xlsx", L(1), 1, Codes.NotSpreadsheet, "файл распаковывается в 210 МБ: это не таблица результатов"),

        // ---- templates (build --only plan --format docx) ----
        TemplateCase("template_syntax_error", "Первая строка\n{{ for a in plan.sections }}\nнет end\n", null, null, TemplateCodes.Syntax, "синтаксическая ошибка шаблона: блок «for» не закрыт: нет {{ end }}"),
        TemplateCase("template_unknown_variable", "Строка 1\nСтрока 2\n{{ plan.titel }}\n", 3, 9, TemplateCodes.Runtime, "у значения нет поля «titel»"),
        TemplateCase("template_infinite_loop", "{{ while true }}x{{ end }}\n", 1, null, TemplateCodes.Runtime, "цикл превысил предел в 10000 повторений (зацикливание?)"),
        TemplateCase("template_runaway_recursion", "{{ func f(x); ret f(x + 1); end; f 1 }}\n", 1, null, TemplateCodes.Runtime, "вложенность вызовов превысила предел (бесконечная рекурсия?)"),
        TemplateCase("template_include_outside", "Текст\n{{ include \"../data/district.yaml\" }}\n", 2, null, TemplateCodes.Limit, "include «../data/district.yaml»: можно подключать только шаблоны из папки шаблонов"),
        TemplateCase("template_include_absolute", "{{ include \"/etc/passwd\" }}\n", 1, 4, TemplateCodes.Limit, "include «/etc/passwd»: можно подключать только шаблоны из папки шаблонов"),
        TemplateCase("template_include_missing", "{{ include \"partials/nope.sbn\" }}\n", 1, 4, TemplateCodes.Limit, "include: шаблон «partials/nope.sbn» не найден или содержит ошибки"),
        TemplateCase("template_output_above_limit", "{{ for i in 1..300 }}{{ \"x\" | string.pad_left 100000 }}{{ end }}\n", 1, null, TemplateCodes.Limit, "документ длиннее 20 млн символов"),
        TemplateCase("chart_without_data", "::: chart\ntitle: пусто\ncategories: []\nseries: []\n:::\n", 1, null, TemplateCodes.Markup, "диаграмма без данных: нужны categories и series со значениями"),
        TemplateCase("markup_row_short_of_the_grid", "::: table widths=1,1,1\n| a | b | c |\n| только | две |\n:::\n", 3, null, TemplateCodes.Markup, "в строке таблицы 2 столбца, а в таблице 3 (проверьте число ячеек и cols/rows)"),
        TemplateCase("unknown_directive", "::: stampp\nУТВЕРЖДАЮ\n:::\n", 1, null, TemplateCodes.Markup, "неизвестный блок «::: stampp»; известны: letterhead, order-header, stamp, appendix, addressee, signature, executor, table, chart, center, right, left, noindent, title, small, keep, contents, subject, salutation, order-word, clauses"),
        // ---- the second sweep (issue 15, round two) ----
        new("empty_data_folder", "validate", s => { foreach (var e in Directory.EnumerateFileSystemEntries(s.DataDir)) { if (Directory.Exists(e)) Directory.Delete(e, true); else File.Delete(e); } },
            "data/catalog.yaml", L(null), null, Codes.FileMissing, "файл не найден"),
        new("schools_list_empty", "validate", s => s.Write("data/schools.yaml", "schools: []\n"), "data/schools.yaml", L(1), 1, Codes.RequiredField, "в файле нет ни одной школы: список schools пуст"),
        new("schools_list_null", "validate", s => s.Write("data/schools.yaml", "schools:\n"), "data/schools.yaml", L(1), 1, Codes.RequiredField, "в файле нет ни одной школы: список schools пуст"),
        new("documents_yaml_missing", "build", s => File.Delete(s.PathOf("templates/documents.yaml")), "templates/documents.yaml", L(null), null, Codes.FileMissing, "файл не найден"),
        new("template_includes_itself", "build", s => s.Write("templates/plan.sbn", "{{ include \"plan.sbn\" }}\n"), "templates/plan.sbn", L(1), 4, TemplateCodes.Runtime, "вложенность вызовов превысила предел (бесконечная рекурсия?)"),
        new("zero_byte_xlsx", "validate", s => s.WriteBytes("data/results/empty.xlsx", []), "data/results/empty.xlsx", L(1), 1, Codes.NotSpreadsheet, "файл не является книгой Excel (.xlsx)"),
        new("brace_in_a_flow_list", "validate", s => s.Replace("data/shnor.yaml", "grades: [5, 6]", "grades: [{{x, 6]"), "data/shnor.yaml", L(9), 53, Codes.YamlSyntax, "синтаксическая ошибка YAML: файл не удаётся разобрать как YAML"),
        new("comment_in_a_flow_list", "validate", s => s.Replace("data/shnor.yaml", "grades: [5, 6]", "grades: [5 # x, 6]"), "data/shnor.yaml", L(null), null, Codes.YamlSyntax, "синтаксическая ошибка YAML: список [...] не закрыт: ожидалась «,» или «]»"),
        new("template_missing", "build", s => File.Delete(s.PathOf("templates/plan.sbn")), "templates/plan.sbn", L(null), null, TemplateCodes.Missing, "шаблон не найден (его называет <templates>/documents.yaml(37,5))"),
        new("table_too_wide_for_pdf", "build-pdf",
            s => s.Write("templates/plan.sbn", "::: table widths=" + string.Join(",", Enumerable.Repeat("1", 80)) + "\n|" +
                                               string.Concat(Enumerable.Range(1, 80).Select(i => $" Столбец{i} |")) + "\n:::\n"),
            "templates/plan.sbn", null!, null, "KR3001", "PDF: " + TooWide),
        // The DOCX used to squeeze the same table past the page: one width policy, the same error.
        new("table_too_wide_for_docx", "build",
            s => s.Write("templates/plan.sbn", "::: table widths=" + string.Join(",", Enumerable.Repeat("1", 80)) + "\n|" +
                                               string.Concat(Enumerable.Range(1, 80).Select(i => $" Столбец{i} |")) + "\n:::\n"),
            "templates/plan.sbn", null!, null, "KR3001", "DOCX: " + TooWide),
    ];

    public static TheoryData<string> Names() => new(Cases.Select(c => c.Name));

    [Fact]
    public void Catalogue_has_at_least_40_distinct_cases()
    {
        Assert.True(Cases.Length >= 40, $"{Cases.Length} cases");
        Assert.Equal(Cases.Length, Cases.Select(c => c.Name).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Bad_input_exits_1_with_its_diagnostic(string name)
    {
        var c = Cases.Single(x => x.Name == name);
        using var s = new Spoilt();
        c.Spoil(s);
        string[] args = c.Command switch
        {
            "validate" => ["validate", "--data", s.DataDir],
            "build" => ["build", "--data", s.DataDir, "--templates", s.TemplatesDir, "--out", s.OutDir, "--only", "plan", "--format", "docx"],
            _ => ["build", "--data", s.DataDir, "--templates", s.TemplatesDir, "--out", s.OutDir, "--only", "plan", "--format", "pdf"],
        };
        int code;
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        try
        {
            code = KazReports.Cli.KazCli.Run(args, stdout, stderr);
        }
        catch (Exception e)
        {
            Assert.Fail($"{name}: unhandled {e.GetType().Name}: {e.Message}\n{e.StackTrace}");
            return;
        }
        var err = stderr.ToString();
        Assert.True(code == 1, $"{name}: exit {code}\nstdout:\n{stdout}\nstderr:\n{err}");
        var line = c.Line?.Invoke(s);
        // The whole line: file, position (exact where the case gives it), code and the whole message.
        var position = line is null ? @"(\(\d+,\d+\))?" : $@"\({line},{c.Column?.ToString() ?? @"\d+"}\)";
        var message = c.Message.Replace("<data>", s.DataDir.Replace('\\', '/')).Replace("<templates>", s.TemplatesDir.Replace('\\', '/'));
        var expected = new System.Text.RegularExpressions.Regex(
            $"^{System.Text.RegularExpressions.Regex.Escape(s.Display(c.File))}{position}: ошибка {c.Code}: {System.Text.RegularExpressions.Regex.Escape(message)}$");
        var match = err.ReplaceLineEndings("\n").Split('\n').FirstOrDefault(l => expected.IsMatch(l));
        Assert.True(match is not null, $"{name}: no line «{expected}» in stderr:\n{err}");
        Assert.DoesNotContain("Unhandled", err);
        Assert.DoesNotContain("   at ", err);
    }
}
