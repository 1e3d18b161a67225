using System.Globalization;
using System.Xml;
using KazReports.Documents;
using KazReports.Rendering.Charts;

namespace KazReports.Rendering.Docx;

/// <summary>
/// The data of a native chart as the XLSX Word opens with «Изменить данные»: one sheet «Лист1»,
/// categories in column A from row 2, series names in row 1 and values below them in B, C, …,
/// then the threshold as one more column; no data is an empty cell. A minimal SpreadsheetML package
/// written by hand (<see cref="PackageWriter"/>): fixed relationship ids and zip timestamps, so the
/// same chart gives the same bytes.
/// </summary>
internal sealed class ChartWorkbook(ChartSpec spec)
{
    public const string SheetName = "Лист1";
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private const string WorkbookContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    private const string SheetContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
    private const string StringsContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";
    private const string WorkbookPart = "xl/workbook.xml";
    private const string SheetPart = "xl/worksheets/sheet1.xml";
    private const string StringsPart = "xl/sharedStrings.xml";

    private int LastRow => spec.Categories.Count + 1;

    public bool HasThreshold => spec.Threshold is not null;

    /// <summary>The column of the threshold: right after the series.</summary>
    public int ThresholdColumn => spec.Series.Count + 1;

    public string Categories => Range(0, 2, LastRow);

    public string SeriesName(int series) => Cell(series + 1, 1);

    public string SeriesValues(int series) => Range(series + 1, 2, LastRow);

    public string ThresholdName => Cell(ThresholdColumn, 1);

    public string ThresholdValues => Range(ThresholdColumn, 2, LastRow);

    /// <summary>The threshold in its first two rows (the two ends of a vertical threshold line).</summary>
    public string ThresholdEnds => Range(ThresholdColumn, 2, 3);

    /// <summary>A, B, …, Z, AA, AB… for a zero-based column.</summary>
    public static string Column(int index)
    {
        var name = string.Empty;
        for (var i = index + 1; i > 0; i = (i - 1) / 26)
        {
            name = (char)('A' + ((i - 1) % 26)) + name;
        }

        return name;
    }

    public static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The XLSX bytes: workbook, one sheet and the shared strings, written by hand.</summary>
    public byte[] Build()
    {
        var strings = new SharedStrings();
        var package = new PackageWriter();
        package.Relate(string.Empty, "rIdBook", PackageTypes.Relationship("officeDocument"), WorkbookPart);
        package.AddXmlPart(WorkbookPart, WorkbookContentType, WriteWorkbook);
        package.Relate(WorkbookPart, "rIdSheet1", PackageTypes.Relationship("worksheet"), SheetPart);
        package.AddXmlPart(SheetPart, SheetContentType, writer => WriteSheet(writer, strings));
        package.Relate(WorkbookPart, "rIdStrings", PackageTypes.Relationship("sharedStrings"), StringsPart);
        package.AddXmlPart(StringsPart, StringsContentType, strings.Write);
        return package.ToArray();
    }

    private static void WriteWorkbook(XmlWriter x)
    {
        x.WriteStartElement("x", "workbook", Ns.X);
        x.WriteStartElement("x", "sheets", Ns.X);
        x.WriteStartElement("x", "sheet", Ns.X);
        x.WriteAttributeString("name", SheetName);
        x.WriteAttributeString("sheetId", "1");
        x.WriteAttributeString("r", "id", Ns.R, "rIdSheet1");
        x.WriteEndElement();
        x.WriteEndElement();
        x.WriteEndElement();
    }

    /// <summary>The sheet: its dimension, a wide column A, the header row, one row per category.</summary>
    private void WriteSheet(XmlWriter x, SharedStrings strings)
    {
        x.WriteStartElement("x", "worksheet", Ns.X);
        x.WriteStartElement("x", "dimension", Ns.X);
        x.WriteAttributeString("ref", "A1:" + Column(spec.Series.Count + (HasThreshold ? 1 : 0)) + Units.Str(LastRow));
        x.WriteEndElement();
        x.WriteStartElement("x", "cols", Ns.X);
        x.WriteStartElement("x", "col", Ns.X);
        x.WriteAttributeString("min", "1");
        x.WriteAttributeString("max", "1");
        x.WriteAttributeString("width", "28");
        x.WriteAttributeString("customWidth", "1");
        x.WriteEndElement();
        x.WriteEndElement();
        x.WriteStartElement("x", "sheetData", Ns.X);
        StartRow(x, 1);
        for (var s = 0; s < spec.Series.Count; s++)
        {
            StringCell(x, strings, Column(s + 1) + "1", spec.Series[s].Name);
        }

        if (spec.Threshold is not null)
        {
            StringCell(x, strings, Column(ThresholdColumn) + "1", ChartLayout.ThresholdName(spec));
        }

        x.WriteEndElement();
        for (var c = 0; c < spec.Categories.Count; c++)
        {
            var row = Units.Str(c + 2);
            StartRow(x, c + 2);
            StringCell(x, strings, "A" + row, spec.Categories[c]);
            for (var s = 0; s < spec.Series.Count; s++)
            {
                if (c < spec.Series[s].Values.Count && spec.Series[s].Values[c] is { } value)
                {
                    NumberCell(x, Column(s + 1) + row, value);
                }
            }

            if (spec.Threshold is { } threshold)
            {
                NumberCell(x, Column(ThresholdColumn) + row, threshold);
            }

            x.WriteEndElement();
        }

        x.WriteEndElement();
        x.WriteEndElement();
    }

    private static void StartRow(XmlWriter x, int index)
    {
        x.WriteStartElement("x", "row", Ns.X);
        x.WriteAttributeString("r", Units.Str(index));
    }

    private static void StringCell(XmlWriter x, SharedStrings strings, string reference, string text)
    {
        x.WriteStartElement("x", "c", Ns.X);
        x.WriteAttributeString("r", reference);
        x.WriteAttributeString("t", "s");
        x.WriteElementString("x", "v", Ns.X, Units.Str(strings.Index(text)));
        x.WriteEndElement();
    }

    private static void NumberCell(XmlWriter x, string reference, decimal value)
    {
        x.WriteStartElement("x", "c", Ns.X);
        x.WriteAttributeString("r", reference);
        x.WriteElementString("x", "v", Ns.X, Number(value));
        x.WriteEndElement();
    }

    private static string Cell(int column, int row) => $"{SheetName}!${Column(column)}${Units.Str(row)}";

    private static string Range(int column, int first, int last) =>
        $"{SheetName}!${Column(column)}${Units.Str(first)}:${Column(column)}${Units.Str(Math.Max(first, last))}";

    /// <summary>The shared string table, in order of first use.</summary>
    private sealed class SharedStrings
    {
        private readonly List<string> items = [];
        private readonly Dictionary<string, int> index = new(StringComparer.Ordinal);
        private int uses;

        /// <summary>The index of <paramref name="text"/> in the table, counting one more use.</summary>
        public int Index(string text)
        {
            uses++;
            if (!index.TryGetValue(text, out var i))
            {
                i = items.Count;
                items.Add(text);
                index[text] = i;
            }

            return i;
        }

        public void Write(XmlWriter x)
        {
            x.WriteStartElement("x", "sst", Ns.X);
            x.WriteAttributeString("count", Units.Str(uses));
            x.WriteAttributeString("uniqueCount", Units.Str(items.Count));
            foreach (var item in items)
            {
                x.WriteStartElement("x", "si", Ns.X);
                x.WriteStartElement("x", "t", Ns.X);
                x.WriteAttributeString("xml", "space", Ns.Xml, "preserve");
                x.WriteString(item);
                x.WriteEndElement();
                x.WriteEndElement();
            }

            x.WriteEndElement();
        }
    }
}
