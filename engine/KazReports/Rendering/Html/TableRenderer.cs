using System.Globalization;
using KazReports.Documents;

namespace KazReports.Rendering.Html;

/// <summary>
/// A table with its &lt;caption&gt; (the «Таблица N» paragraph above it, or, visually hidden, the
/// headings it stands under), its column widths, header rows in &lt;thead&gt; with
/// <c>th scope="col"</c>, group rows opening a &lt;tbody&gt; with <c>th scope="rowgroup"</c>, the
/// first cell of a body row as <c>th scope="row"</c>, and the model's row and column spans.
/// A table without header rows and borders is a layout table and is marked as one.
/// </summary>
internal static class TableRenderer
{
    public static bool IsCaption(Paragraph p) =>
        Inlines.PlainText(p.Content).TrimStart().StartsWith("Таблица", StringComparison.Ordinal);

    public static void Write(HtmlContext cx, Table table, Paragraph? caption)
    {
        var w = cx.W;
        var layout = table.HeaderRowCount == 0 && !table.Borders && caption is null;
        if (layout)
        {
            w.Open("table", ("class", "plain"), ("role", "presentation")).Line();
            Columns(w, table);
            w.Open("tbody").Line();
            foreach (var row in table.Rows) Row(cx, row, table, header: false, rowHeaders: false);
            w.Close("tbody").Line().Close("table").Line();
            return;
        }

        cx.Tables++;
        w.Open("table", ("class", table.Borders ? null : "plain")).Line();
        if (caption is not null)
        {
            w.Open("caption", ("class", BlockRenderer.AlignClass(caption.Alignment, Alignment.Default).Trim() is { Length: > 0 } a ? a : null));
            InlineRenderer.Write(w, caption.Content);
            w.Close("caption").Line();
        }
        else
        {
            w.Open("caption", ("class", "sr-only")).Text($"Таблица {cx.Tables.ToString(CultureInfo.InvariantCulture)}: {cx.Trail()}").Close("caption").Line();
        }
        Columns(w, table);

        var rows = table.Rows;
        var headerCount = table.HeaderRowCount;
        // Row headers only where a header row names the columns and the first column names the rows.
        var rowHeaders = headerCount > 0 && table.Columns.Count > 1;
        if (headerCount > 0)
        {
            w.Open("thead").Line();
            foreach (var row in rows.Take(headerCount)) Row(cx, row, table, header: true, rowHeaders: false);
            w.Close("thead").Line();
        }
        var open = false;
        foreach (var row in rows.Skip(headerCount))
        {
            if (row.Kind == RowKind.Group || !open)
            {
                if (open) w.Close("tbody").Line();
                w.Open("tbody").Line();
                open = true;
            }
            Row(cx, row, table, header: false, rowHeaders);
        }
        if (open) w.Close("tbody").Line();
        w.Close("table").Line();
    }

    private static void Columns(HtmlWriter w, Table table)
    {
        var total = table.Columns.Sum(c => c.Weight);
        if (table.Columns.Count == 0 || total <= 0) return;
        w.Open("colgroup");
        foreach (var column in table.Columns)
        {
            var width = column.WidthMm is { } mm ? HtmlWriter.Number(mm) + "mm" : HtmlWriter.Number(column.Weight / total * 100) + "%";
            w.Open("col", ("style", "width:" + width));
        }
        w.Close("colgroup").Line();
    }

    private static void Row(HtmlContext cx, TableRow row, Table table, bool header, bool rowHeaders)
    {
        var w = cx.W;
        w.Open("tr", ("class", row.Kind == RowKind.Group ? "group" : null));
        for (var i = 0; i < row.Cells.Count; i++)
        {
            var cell = row.Cells[i];
            string? scope = null;
            if (header) scope = cell.ColSpan > 1 ? "colgroup" : "col";
            else if (row.Kind == RowKind.Group) scope = "rowgroup";
            else if (rowHeaders && i == 0 && !IsEmpty(cell)) scope = cell.RowSpan > 1 ? "rowgroup" : "row";
            var tag = scope is null ? "td" : "th";
            var colSpan = row.Kind == RowKind.Group && row.Cells.Count == 1 ? Math.Max(cell.ColSpan, table.Columns.Count) : cell.ColSpan;
            w.Open(tag,
                ("scope", scope),
                ("colspan", colSpan > 1 ? colSpan.ToString(CultureInfo.InvariantCulture) : null),
                ("rowspan", cell.RowSpan > 1 ? cell.RowSpan.ToString(CultureInfo.InvariantCulture) : null),
                ("class", Classes(cell)),
                ("style", cell.Shading is { } shade ? "background:#" + StyleSheet.Color(shade) : null));
            if (cell.Blocks is [Paragraph only]) InlineRenderer.Write(w, only.Content);
            else BlockRenderer.Write(cx, cell.Blocks, inTable: true);
            w.Close(tag);
        }
        w.Close("tr").Line();
    }

    private static bool IsEmpty(TableCell cell) =>
        cell.Blocks.All(b => b is Paragraph p && string.IsNullOrWhiteSpace(Inlines.PlainText(p.Content)));

    private static string? Classes(TableCell cell)
    {
        var classes = new List<string>();
        var align = cell.Alignment != Alignment.Default ? cell.Alignment
            : cell.Blocks is [Paragraph { Alignment: not Alignment.Default } p] ? p.Alignment : Alignment.Default;
        if (align != Alignment.Default) classes.Add("al-" + align.ToString().ToLowerInvariant());
        if (cell.VerticalAlignment != VerticalAlignment.Top) classes.Add("v-" + cell.VerticalAlignment.ToString().ToLowerInvariant());
        if (cell.Bold) classes.Add("b");
        return classes.Count > 0 ? string.Join(" ", classes) : null;
    }
}
