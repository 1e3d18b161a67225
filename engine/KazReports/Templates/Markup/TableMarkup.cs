using System.Globalization;
using KazReports.Documents;
using KazReports.Text;
using Markdig.Extensions.CustomContainers;
using Block = KazReports.Documents.Block;
using Paragraph = KazReports.Documents.Paragraph;
using Table = KazReports.Documents.Table;
using TableCell = KazReports.Documents.TableCell;
using TableRow = KazReports.Documents.TableRow;

namespace KazReports.Templates.Markup;

/// <summary>
/// The table directive:
/// <code>
/// ::: table widths=6,44,16,17,17 header=1 cantsplit
/// | № | Мероприятие | Срок |
/// |# Нормативно-организационное обеспечение
/// | {cols=2 align=center} текст | {rows=2} текст |
/// :::
/// </code>
/// </summary>
internal static class TableMarkup
{
    public static Table? Parse(CustomContainer c, Attributes a, MarkupParser.Context ctx)
    {
        var span = ctx.Span(c);
        var raw = ctx.RawLines(c);
        var rows = new List<(TableRow Row, int Line)>();
        var typograph = ctx.Theme.Typography.Typograph;
        var headerCount = a.Int("header", 0);
        var cantSplit = a.Flag("cantsplit");
        var firstLine = c.Line + 1;
        var nonGroupRows = 0;
        for (var i = 0; i < raw.Count; i++)
        {
            var line = raw[i].Trim();
            if (line.Length == 0) continue;
            var lineSpan = ctx.SpanOfLine(firstLine + i);
            if (!line.StartsWith('|'))
            {
                ctx.Bag.Error(TemplateCodes.Markup, lineSpan, "строка таблицы должна начинаться с «|»");
                continue;
            }
            if (line.StartsWith("|#", StringComparison.Ordinal))
            {
                var text = line[2..].TrimEnd('|').Trim();
                rows.Add((new TableRow([Cell(text, Attributes.Empty, true, lineSpan, typograph)], RowKind.Group, true), i));
                continue;
            }
            var kind = nonGroupRows++ < headerCount ? RowKind.Header : RowKind.Body;
            var texts = SplitCells(line);
            var cells = new TableCell[texts.Count];
            for (var k = 0; k < cells.Length; k++) cells[k] = ReadCell(texts[k], kind == RowKind.Header, lineSpan, typograph);
            rows.Add((new TableRow(cells, kind, kind == RowKind.Header || cantSplit), i));
        }
        var widths = (a["widths"] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(w => double.TryParse(w, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : 1).ToList();
        var columnCount = widths.Count > 0 ? widths.Count : rows.Where(r => r.Row.Kind != RowKind.Group).Select(r => r.Row.Cells.Sum(x => x.ColSpan)).DefaultIfEmpty(1).Max();
        while (widths.Count < columnCount) widths.Add(widths.Count > 0 ? widths.Average() : 1);
        if (rows.Count == 0)
        {
            ctx.Bag.Error(TemplateCodes.Markup, span, "таблица без строк");
            return null;
        }
        var columnAlign = (a["align"] ?? "").Split(',', StringSplitOptions.TrimEntries).Select(ParseAlign).ToArray();
        var fixedRows = rows.Select(r => r.Row.Kind == RowKind.Group
            ? r.Row with { Cells = [r.Row.Cells[0] with { ColSpan = columnCount }] }
            : r.Row.Kind == RowKind.Body && columnAlign.Length > 0 ? AlignColumns(r.Row, columnAlign) : r.Row).ToList();
        var table = new Table(widths.Select(w => new TableColumn(w)).ToArray(), fixedRows, span, !a.Flag("noborders"));
        // A row's place is asked for when it is reported (so that a data text in it can be traced).
        return Report(table, r => ctx.SpanOfLine(firstLine + rows[r].Line), ctx) ? table : null;
    }

    /// <summary>
    /// Reports, once and at the row's line, what the table's grid had to repair (cells past the edge,
    /// overlapping spans, rows with too few or too many cells: errors; row spans past the table's,
    /// header's or group's end: warnings). False when the table has errors.
    /// </summary>
    private static bool Report(Table table, Func<int, Diagnostics.SourceSpan> spanOf, MarkupParser.Context ctx)
    {
        var ok = true;
        foreach (var problem in TableGrid.Of(table).Problems)
        {
            var at = spanOf(problem.Row);
            if (problem.IsError)
            {
                ctx.Bag.Error(TemplateCodes.Markup, at, Word(problem));
                ok = false;
            }
            else
            {
                ctx.Bag.Warning(TemplateCodes.Markup, at, Word(problem));
            }
        }

        return ok;
    }

    /// <summary>A repair of the grid as the user reads it: «ячейка 2 объединяет 3 столбца, а …».</summary>
    internal static string Word(GridProblem p) => p.Kind switch
    {
        GridProblemKind.PastEdge => $"ячейка {p.Cell} объединяет {RussianForms.Count(p.Asked, "столбец", "столбца", "столбцов")}, а от её места до края таблицы только {p.Room}",
        GridProblemKind.Overlap => $"ячейка {p.Cell} накрывает столбец {p.Room}, занятый ячейкой строки выше, объединённой по вертикали (rows)",
        GridProblemKind.CellCount => $"в строке таблицы {RussianForms.Count(p.Asked, "столбец", "столбца", "столбцов")}, а в таблице {p.Room} (проверьте число ячеек и cols/rows)",
        GridProblemKind.RowSpanCut => $"ячейка {p.Cell} объединяет {RussianForms.Count(p.Asked, "строку", "строки", "строк")}, а {p.Limit switch
        {
            SpanLimit.GroupRow => "до строки-группы",
            SpanLimit.HeaderEnd => "до конца заголовка",
            _ => "до конца таблицы",
        }} только {p.Room}: объединение укорочено",
        _ => throw new ArgumentOutOfRangeException(nameof(p), p.Kind, null),
    };

    /// <summary>Gives body cells without their own alignment the alignment of their column (<c>align=left,center</c>).</summary>
    private static TableRow AlignColumns(TableRow row, Alignment[] columns)
    {
        var col = 0;
        var cells = new List<TableCell>();
        foreach (var cell in row.Cells)
        {
            var align = col < columns.Length ? columns[col] : Alignment.Default;
            cells.Add(cell.Alignment != Alignment.Default || align == Alignment.Default
                ? cell
                : cell with
                {
                    Alignment = align,
                    Blocks = cell.Blocks.Select(b => b is Paragraph p ? p with { Alignment = align } : b).ToArray(),
                });
            col += cell.ColSpan;
        }
        return row with { Cells = cells };
    }

    private static Alignment ParseAlign(string value) => value switch
    {
        "center" or "c" => Alignment.Center,
        "right" or "r" => Alignment.Right,
        "left" or "l" => Alignment.Left,
        "justify" or "j" => Alignment.Justify,
        _ => Alignment.Default,
    };

    /// <summary>The cell texts of a row line (after its leading «|»), trimmed, with «\|» read as «|».</summary>
    private static List<string> SplitCells(string line)
    {
        var cells = new List<string>();
        var from = 1;
        var escaped = false;
        for (var i = 1; i < line.Length; i++)
        {
            var ch = line[i];
            if (ch == '\\' && i + 1 < line.Length && line[i + 1] == '|')
            {
                escaped = true;
                i++;
            }
            else if (ch == '|')
            {
                cells.Add(CellText(line, from, i, escaped));
                from = i + 1;
                escaped = false;
            }
        }
        var last = CellText(line, from, line.Length, escaped);
        if (last.Length > 0) cells.Add(last);
        return cells;
    }

    private static string CellText(string line, int from, int to, bool escaped)
    {
        var segment = line.AsSpan(from, to - from);
        return escaped ? segment.ToString().Replace("\\|", "|").Trim() : segment.Trim().ToString();
    }

    private static TableCell ReadCell(string text, bool header, Diagnostics.SourceSpan span, bool typograph)
    {
        var t = text;
        var attrs = Attributes.Empty;
        if (t.StartsWith('{') && t.IndexOf('}') is var close and > 0)
        {
            attrs = Attributes.Parse(t[1..close]);
            t = t[(close + 1)..].Trim();
        }
        return Cell(t, attrs, header, span, typograph);
    }

    private static TableCell Cell(string text, Attributes a, bool bold, Diagnostics.SourceSpan span, bool typograph)
    {
        var align = a["align"] switch
        {
            "center" => Alignment.Center,
            "right" => Alignment.Right,
            "left" => Alignment.Left,
            "justify" => Alignment.Justify,
            _ => bold ? Alignment.Center : Alignment.Default,
        };
        var valign = a["valign"] switch
        {
            "center" => VerticalAlignment.Center,
            "bottom" => VerticalAlignment.Bottom,
            _ => bold ? VerticalAlignment.Center : VerticalAlignment.Top,
        };
        var content = InlineBuilder.Parse(text, MarkupParser.Pipeline, typograph);
        Block[] blocks = [new Paragraph(content, span, "TableText", align, false)];
        return new TableCell(blocks, Math.Max(1, a.Int("cols", 1)), Math.Max(1, a.Int("rows", 1)), align, valign, a["shade"], bold || a.Flag("bold"));
    }
}
