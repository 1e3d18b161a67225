using KazReports.Diagnostics;
using KazReports.Documents;
using Document = KazReports.Documents.Document;
using ModelParagraph = KazReports.Documents.Paragraph;
using ModelTable = KazReports.Documents.Table;
using ModelTableCell = KazReports.Documents.TableCell;
using ModelTableRow = KazReports.Documents.TableRow;

namespace KazReports.Tests.Rendering.Docx;

/// <summary>Small documents built in code: every block type, spanned tables, several sections.</summary>
internal static class DocxSamples
{
    public static readonly SourceSpan At = new("test.sbn", 1, 1);

    /// <summary>A 1×1 PNG.</summary>
    public static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    public static readonly DocumentInfo Info = new("Анализ результатов ВПР", "Отдел общего образования", "ВПР-2023", new DateOnly(2024, 2, 5), "ВПР; ШНОР");

    public static PageSetup Portrait(PageNumbering? numbering = null) =>
        new(Orientation.Portrait, new Margins(20, 10, 20, 30), numbering ?? new PageNumbering(true, true, PageNumberPosition.TopCenter));

    public static PageSetup Landscape(PageNumbering? numbering = null) =>
        new(Orientation.Landscape, new Margins(30, 20, 10, 20), numbering ?? new PageNumbering(true, true, PageNumberPosition.TopCenter));

    public static Document Of(params Block[] blocks) => new(Info, [new Section(Portrait(), blocks, At)]);

    public static ModelParagraph P(string text, string style = "Normal", Alignment alignment = Alignment.Default) =>
        new(Inlines.Text(text), At, style, alignment);

    public static Heading H(int level, string text) => new(level, Inlines.Text(text), At);

    public static ModelTableCell C(string text, int colSpan = 1, int rowSpan = 1, Alignment alignment = Alignment.Default) =>
        new([P(text)], colSpan, rowSpan, alignment);

    public static ModelTableRow R(params ModelTableCell[] cells) => new(cells);

    public static ListBlock List(bool ordered, params string[] items) =>
        new(ordered, 1, items.Select(i => new ListItem([P(i)], At)).ToList(), At);

    /// <summary>
    /// 4 columns: a header row (first cell spans 2 rows), a second header row, a group row, body
    /// rows with a 2-column span and a cell spanning 3 rows in column 1, a row that cannot split.
    /// </summary>
    public static ModelTable SpannedTable() => new(
        [new TableColumn(3), new TableColumn(2), new TableColumn(1), new TableColumn(1, WidthMm: 25)],
        [
            new ModelTableRow([C("Школа", rowSpan: 2), C("Результаты", colSpan: 3)], RowKind.Header),
            new ModelTableRow([C("Предмет"), C("Доля «2», %"), C("Доля «4–5», %")], RowKind.Header),
            new ModelTableRow([C("1. Школы с низкими результатами")], RowKind.Group),
            R(C("МБОУ СОШ № 1"), C("Математика", rowSpan: 3), C("12,5", alignment: Alignment.Right), C("30,1", alignment: Alignment.Right)),
            R(C("МБОУ СОШ № 2"), C("8,0", alignment: Alignment.Right), C("41,7", alignment: Alignment.Right)),
            R(C("МБОУ СОШ № 3"), C("без оценок", colSpan: 2)),
            new ModelTableRow([C("Итого по району", colSpan: 2), C("10,2"), new ModelTableCell([P("35,0")], Shading: "#FFF2CC", Bold: true, VerticalAlignment: VerticalAlignment.Center)], CantSplit: true),
        ],
        At);

    public static ModelTable LongTable(int rows)
    {
        var body = Enumerable.Range(1, rows).Select(i => R(C(i.ToString()), C("Школа № " + i), C((i * 0.37).ToString("0.00")))).ToList();
        return new ModelTable(
            [new TableColumn(1), new TableColumn(6), new TableColumn(2)],
            [new ModelTableRow([C("№"), C("Организация"), C("Показатель")], RowKind.Header), .. body],
            At);
    }

    public static ListBlock NestedList() => new(
        true,
        1,
        [
            new ListItem([P("Провести анализ результатов ВПР по математике."), new ListBlock(false, 1, [
                new ListItem([P("в 5–8 классах;")], At),
                new ListItem([P("в школах с низкими результатами."), new ListBlock(true, 1, [new ListItem([P("третий уровень")], At)], At)], At),
            ], At)], At),
            new ListItem([P("Подготовить адресные рекомендации."), P("Второй абзац пункта без номера.")], At),
            new ListItem([P("Представить отчёт до 01.03.2024.")], At),
        ],
        At);

    public static Signature Signature() => new(["Начальник отдела", "общего образования"], "И.О.\u00A0Фамилия", At);

    public static Letterhead Letterhead() => new(
        ["МИНИСТЕРСТВО ОБРАЗОВАНИЯ", "И НАУКИ РЕСПУБЛИКИ", "ул. Ленина, д. 1, г. Город, 123456", "тел. (800) 000-00-00"],
        ["от 05.02.2024 № 01-14/3", "на № ____________ от ____________"],
        At);

    public static ApprovalStamp Stamp() => new(["УТВЕРЖДАЮ", "Начальник отдела", "общего образования", "____________ И.О.\u00A0Фамилия", "05.02.2024"], At);

    public static IEnumerable<(string Name, Block Block)> EveryBlock()
    {
        yield return ("heading", H(1, "Заголовок"));
        yield return ("paragraph", new ModelParagraph(
            [
                new Run("Жирный ", RunStyle.Bold), new Run("курсив ", RunStyle.Italic), new Run("подчёркнутый ", RunStyle.Underline),
                new Run("м"), new Run("2", RunStyle.Superscript), new Run(" H"), new Run("2", RunStyle.Subscript), new Run("O  двойной\u00A0пробел"),
                LineBreak.Instance, new Run("стр. "), PageNumberField.Instance,
            ],
            At,
            "Normal",
            Alignment.Center,
            FirstLineIndent: false,
            KeepWithNext: true));
        yield return ("list", NestedList());
        yield return ("page-break", new PageBreak(At));
        yield return ("image", new ImageBlock(Png, 40, 30, "Схема района", At));
        yield return ("chart", new ChartBlock(new ChartSpec("bar", "Доля «2» по годам", ["2021", "2022"], [new ChartSeries("Математика", [1.5m, null], null)], "%", 10m, "порог", 120, 80, "Рисунок 1 — Доля «2»"), At));
        yield return ("table", SpannedTable());
        yield return ("letterhead", Letterhead());
        yield return ("order-header", new OrderHeader("МИНИСТЕРСТВО ОБРАЗОВАНИЯ\nРЕСПУБЛИКИ", "ПРИКАЗ", "05.02.2024", "01-14/3", "г. Город", At));
        yield return ("stamp", Stamp());
        yield return ("appendix", new AppendixMark(["Приложение 1", "к приказу отдела", "от 05.02.2024 № 01-14/3"], At));
        yield return ("addressee", new Addressee(["Руководителям", "общеобразовательных организаций"], At));
        yield return ("signature", Signature());
        yield return ("executor", new Executor(["Исполнитель: Иванова А.А.", "тел. 8 (800) 000-00-00"], At));
    }

    /// <summary>Every block type in one document of two sections, the second one landscape.</summary>
    public static Document Everything()
    {
        var blocks = EveryBlock().Select(b => b.Block).ToList();
        return new Document(Info, [
            new Section(Portrait(), blocks, At),
            new Section(Landscape(), [H(2, "Приложение"), SpannedTable()], At),
        ]);
    }

    /// <summary>The document looked at in LibreOffice: a letter-like report over three pages.</summary>
    public static Document Sample()
    {
        var text = "Во исполнение приказа министерства образования и науки от 10.01.2024 № 5 «О проведении мониторинга» "
            + "отдел общего образования провёл анализ результатов всероссийских проверочных работ 2021–2023 годов "
            + "в общеобразовательных организациях района и выявил школы с низкими образовательными результатами.";
        var blocks = new List<Block>
        {
            Letterhead(),
            Stamp(),
            new ModelParagraph(Inlines.Text("АНАЛИТИЧЕСКАЯ СПРАВКА"), At, "Title"),
            new ModelParagraph(Inlines.Text("по результатам ВПР 2021–2023 годов"), At, "Title"),
            H(1, "1. Общие сведения"),
            P(text),
            P(text),
            H(2, "1.1. Перечень мероприятий"),
            NestedList(),
            List(false, "математика;", "русский язык;", "окружающий мир."),
            H(1, "2. Результаты"),
            P("Результаты приведены в таблице 1."),
            new ModelParagraph(Inlines.Text("Таблица 1"), At, "Normal", Alignment.Right, FirstLineIndent: false, KeepWithNext: true),
            SpannedTable(),
            P(text),
            Signature(),
            new Executor(["Исполнитель: Иванова А.А.", "тел. 8 (800) 000-00-00"], At),
            new PageBreak(At),
            H(1, "3. Приложение"),
            LongTable(40),
            Signature(),
        };
        return new Document(Info, [new Section(Portrait(), blocks, At)]);
    }

    /// <summary>A letter: letterhead beside the addressee, text, signature, executor; numbers at the bottom right.</summary>
    public static Document Letter()
    {
        var blocks = new List<Block>
        {
            Letterhead(),
            new Addressee(["Руководителям", "общеобразовательных", "организаций района"], At),
            new ModelParagraph(Inlines.Text("О проведении ВПР"), At, StyleNames.Subject, Alignment.Left, FirstLineIndent: false),
            new ModelParagraph(Inlines.Text("Уважаемые руководители!"), At, StyleNames.Salutation, Alignment.Center, FirstLineIndent: false),
            P("Направляем график проведения всероссийских проверочных работ в 2024 году и просим обеспечить их проведение в установленные сроки."),
            Signature(),
            new Executor(["Исполнитель: Иванова А.А.", "тел. 8 (800) 000-00-00"], At),
        };
        var page = Portrait(new PageNumbering(true, false, PageNumberPosition.BottomRight));
        return new Document(Info, [new Section(page, blocks, At)]);
    }
}
