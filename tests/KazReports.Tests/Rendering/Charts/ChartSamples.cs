using KazReports.Diagnostics;
using KazReports.Documents;
using Document = KazReports.Documents.Document;

namespace KazReports.Tests.Rendering.Charts;

/// <summary>Small chart specs of every kind, shaped like the real ones (school names, shares, the 30 % threshold).</summary>
internal static class ChartSamples
{
    public static readonly SourceSpan At = new("charts.sbn", 1, 1);

    public static readonly string[] Kinds = ["bar", "hbar", "line", "stacked100"];

    /// <summary>Columns: three series, one with no data in the last two categories.</summary>
    public static ChartSpec Bar() => new(
        "bar",
        "Мокрушинская СОШ: доля «2» в сравнении с районом и краем",
        ["ВПР 5 кл., математика", "ВПР 5 кл., русский язык", "ВПР 6 кл., математика"],
        [
            new ChartSeries("Мокрушинская СОШ", [44.44m, 60m, 50m], null),
            new ChartSeries("Район", [8.26m, 13.93m, 10.94m], null),
            new ChartSeries("Край", [10.70m, null, null], "#00B050"),
        ],
        "доля «2», %",
        30m,
        "порог 30 %",
        160,
        80,
        "Рисунок 1 — Доля «2»: школа, район и край");

    /// <summary>Horizontal bars: long school names, zeros and a gap.</summary>
    public static ChartSpec HorizontalBars() => new(
        "hbar",
        "Доля «2» на ВПР 2023, 5 класс",
        ["Казачинская СОШ", "Рождественская СОШ", "Отношинская СОШ", "Казачинский район"],
        [
            new ChartSeries("Русский язык", [5.17m, 0m, 75m, 13.93m], null),
            new ChartSeries("Математика", [1.69m, 10m, null, 8.26m], null),
        ],
        "доля «2», %",
        30m,
        "порог ШНОР 30 %",
        160,
        110,
        "Рисунок 2 — Доля «2» по школам");

    /// <summary>Dynamics: two series, a gap in the middle of one.</summary>
    public static ChartSpec Line() => new(
        "line",
        "Доля «2»: 4 класс 2021 → 6 класс 2023",
        ["4 кл., 2021", "5 кл., 2022", "6 кл., 2023"],
        [
            new ChartSeries("Казачинская СОШ", [20.75m, 18.75m, 6.52m], null),
            new ChartSeries("Мокрушинская СОШ", [28.57m, null, 75m], null),
        ],
        "доля «2», %",
        30m,
        "порог ШНОР 30 %",
        150,
        90,
        "Рисунок 3 — Динамика доли «2»");

    /// <summary>100 % bars: marks that add up to 100 in each category, one tiny share.</summary>
    public static ChartSpec Stacked100() => new(
        "stacked100",
        "Распределение отметок, 5 класс, математика",
        ["Казачинская СОШ", "Казачинский район"],
        [
            new ChartSeries("«2»", [2m, 8.26m], null),
            new ChartSeries("«3»", [40m, 45m], null),
            new ChartSeries("«4»", [38m, 30m], null),
            new ChartSeries("«5»", [20m, 16.74m], null),
        ],
        "доля, %",
        30m,
        "порог 30 %",
        160,
        70,
        "Рисунок 4 — Распределение отметок");

    public static ChartSpec Of(string kind) => kind switch
    {
        "bar" => Bar(),
        "hbar" => HorizontalBars(),
        "line" => Line(),
        "stacked100" => Stacked100(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>A one-section document with one chart of each kind, each after a paragraph.</summary>
    public static Document EveryKind()
    {
        var blocks = new List<Block>();
        foreach (var kind in Kinds)
        {
            blocks.Add(new Paragraph(Inlines.Text("Перед диаграммой " + kind), At));
            blocks.Add(new ChartBlock(Of(kind), At));
        }

        var page = new PageSetup(Orientation.Portrait, new Margins(20, 10, 20, 30), new PageNumbering(true, true, PageNumberPosition.TopCenter));
        return new Document(new DocumentInfo("Диаграммы", "Отдел образования", null, new DateOnly(2024, 2, 5)), [new Section(page, blocks, At)]);
    }
}
