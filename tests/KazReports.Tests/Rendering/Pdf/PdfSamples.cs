using KazReports.Diagnostics;
using KazReports.Documents;
using KazReports.Rendering.Fonts;
using KazReports.Rendering.Pdf;
using KazReports.Rendering.Pdf.Fonts;
using KazReports.Rendering.Pdf.Layout;
using KazReports.Rendering.Pdf.Text;

namespace KazReports.Tests.Rendering.Pdf;

/// <summary>Documents and building blocks for the PDF tests, made in code.</summary>
internal static class PdfSamples
{
    public static readonly SourceSpan At = new("templates/test.sbn", 7, 1);

    /// <summary>The text area's height on an A4 page with the default margins (297 − 20 − 20 mm), in points.</summary>
    public const float ContentHeight = 257 * PdfUnits.PointsPerMm;

    /// <summary>The height of a line of 14 pt body text, in points.</summary>
    public const float BodyLine = 16.09f;

    public static readonly DocumentInfo Info = new("Анализ результатов ВПР", "Отдел образования", "ВПР-2023", new DateOnly(2024, 2, 5), "ВПР; ШНОР");

    /// <summary>A 2×2 PNG: red, green / blue, white.</summary>
    public static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAE0lEQVR42mP4z8DAsACIGf4DAQAclwWc+3HWXgAAAABJRU5ErkJggg==");

    public const string Prose =
        "Во исполнение приказа министерства образования и науки от 10.01.2024 № 5 «О проведении мониторинга» "
        + "отдел образования провёл анализ результатов всероссийских проверочных работ 2021–2023 годов "
        + "в общеобразовательных организациях района и выявил школы с низкими образовательными результатами.";

    public static PageSetup Portrait(PageNumbering? numbering = null, Margins? margins = null) =>
        new(Orientation.Portrait, margins ?? new Margins(20, 10, 20, 20), numbering ?? new PageNumbering(true, true, PageNumberPosition.TopCenter));

    public static Document Of(params Block[] blocks) => new(Info, [new Section(Portrait(), blocks, At)]);

    public static Paragraph P(string text, string style = "Normal", Alignment alignment = Alignment.Default, bool? indent = null, bool keep = false) =>
        new(Inlines.Text(text), At, style, alignment, indent, keep);

    public static Heading H(int level, string text) => new(level, Inlines.Text(text), At);

    public static TableCell C(string text, int colSpan = 1, int rowSpan = 1) => new([P(text)], colSpan, rowSpan);

    public static Table LongTable(int rows, bool cantSplit = false) => new(
        [new TableColumn(1), new TableColumn(6), new TableColumn(2)],
        [
            new TableRow([C("№"), C("Организация"), C("Показатель")], RowKind.Header),
            .. Enumerable.Range(1, rows).Select(i => new TableRow([C(i + "."), C("Школа номер " + i), C((i * 0.37).ToString("0.00"))], CantSplit: cantSplit)),
        ],
        At);

    public static ListBlock NestedList() => new(
        true,
        3,
        [
            new ListItem([P("Провести анализ результатов."), new ListBlock(false, 1, [
                new ListItem([P("в 5–8 классах;")], At),
                new ListItem([P("в школах с низкими результатами;"), new ListBlock(false, 1, [new ListItem([P("третий уровень")], At)], At)], At),
            ], At)], At),
            new ListItem([P("Подготовить рекомендации."), P("Второй абзац пункта.")], At),
        ],
        At);

    public static Signature Signature() => new(["Заместитель главы района", "по социальной политике"], "Л.А.\u00A0Федюненко", At);

    public static Letterhead Letterhead() => new(
        ["АДМИНИСТРАЦИЯ КАЗАЧИНСКОГО РАЙОНА", "ОТДЕЛ ОБРАЗОВАНИЯ", "663100, Красноярский край, с. Казачинское"],
        ["от 05.02.2024 № 01-14/9"],
        At);

    /// <summary>Every kind of block in two sections, the second landscape.</summary>
    public static Document Everything() => new(Info, [
        new Section(Portrait(), [
            Letterhead(),
            new Addressee(["Руководителю", "МБОУ Мокрушинская СОШ"], At),
            new OrderHeader("АДМИНИСТРАЦИЯ КАЗАЧИНСКОГО РАЙОНА\nОТДЕЛ ОБРАЗОВАНИЯ", "ПРИКАЗ", "29.01.2024", "18", "с. Казачинское", At),
            new ApprovalStamp(["УТВЕРЖДАЮ", "Начальник отдела", "_______________ Л.А.\u00A0Федюненко"], At),
            new AppendixMark(["Приложение 1", "к приказу от 29.01.2024 № 18"], At),
            H(1, "1. Общие сведения"),
            new Paragraph([new Run("Жирный ", RunStyle.Bold), new Run("курсив ", RunStyle.Italic), new Run("подчёркнутый ", RunStyle.Underline),
                new Run("м"), new Run("2", RunStyle.Superscript), new Run(" H"), new Run("2", RunStyle.Subscript), new Run("O"), LineBreak.Instance,
                new Run("стр. "), PageNumberField.Instance], At),
            P(Prose),
            NestedList(),
            new ImageBlock(Png, 40, 30, "Схема района", At),
            new ChartBlock(new ChartSpec("bar", "Доля «2» по годам", ["2021", "2022"], [new ChartSeries("Математика", [1.5m, null], null)], "%", 10m, "порог", 120, 60, "Рисунок 1 — Доля «2»"), At),
            H(2, "1.1. Таблица"),
            SpannedTable(),
            new PageBreak(At),
            H(2, "1.2. После разрыва"),
            P(Prose),
            Signature(),
            new Executor(["Исполнитель: Иванова А.А.", "тел. 8 (391-96) 21-4-04"], At),
        ], At),
        new Section(new PageSetup(Orientation.Landscape, new Margins(20, 20, 20, 20), new PageNumbering(true, true, PageNumberPosition.BottomRight)),
            [H(1, "2. Приложение"), LongTable(30)], At),
    ]);

    /// <summary>Two header rows (a cell spanning both), a group row, a row span in the body, a column span, shading, a row that cannot split.</summary>
    public static Table SpannedTable() => new(
        [new TableColumn(3), new TableColumn(2), new TableColumn(1), new TableColumn(1, WidthMm: 25)],
        [
            new TableRow([C("Школа", rowSpan: 2), C("Результаты", colSpan: 3)], RowKind.Header),
            new TableRow([C("Предмет"), C("Доля «2»"), C("Доля «4–5»")], RowKind.Header),
            new TableRow([C("Школы с низкими результатами")], RowKind.Group),
            new TableRow([C("МБОУ СОШ № 1"), C("Математика", rowSpan: 2), C("12,5"), C("30,1")]),
            new TableRow([C("МБОУ СОШ № 2"), C("8,0"), C("41,7")]),
            new TableRow([C("Итого по району", colSpan: 2), C("10,2"), new TableCell([P("35,0")], Shading: "FFF2CC", Bold: true, VerticalAlignment: VerticalAlignment.Center)], CantSplit: true),
        ],
        At);

    public static PdfRenderResult Render(Document document, Theme? theme = null, bool pdfA = false) =>
        new PdfRenderer(pdfA).RenderDetailed(document, theme ?? Theme.Default);

    /// <summary>A shaper on the theme's fonts, for unit tests of text.</summary>
    public static GlyphShaper Shaper() => new(FontSet.For(Theme.Default));

    public static TextStyle Body => new(14);
}
