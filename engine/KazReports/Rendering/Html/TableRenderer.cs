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
            var grid = new int[table.Columns.Count];
            foreach (var row in table.Rows) Row(cx, row, table, grid, header: false, rowHeader: -1);
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
        // Row headers only where a header row names the columns: the first column names the rows,
        // or the second when the first only numbers them («№ п/п»).
        var rowHeader = headerCount == 0 || table.Columns.Count < 2 ? -1
            : table.Columns.Count > 2 && rows[0].Cells is [var first, ..] && Text(first).StartsWith('№') ? 1 : 0;
        var occupied = new int[table.Columns.Count];
        if (headerCount > 0)
        {
            w.Open("thead").Line();
            foreach (var row in rows.Take(headerCount)) Row(cx, row, table, occupied, header: true, rowHeader: -1);
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
            Row(cx, row, table, occupied, header: false, rowHeader);
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

    /// <param name="occupied">Per column, how many more rows a cell from a row above still covers.</param>
    private static void Row(HtmlContext cx, TableRow row, Table table, int[] occupied, bool header, int rowHeader)
    {
        var w = cx.W;
        w.Open("tr", ("class", row.Kind == RowKind.Group ? "group" : null));
        var column = 0;
        var covered = occupied.Select(n => n > 0).ToArray();
        for (var i = 0; i < row.Cells.Count; i++)
        {
            var cell = row.Cells[i];
            while (column < covered.Length && covered[column]) column++;
            for (var c = column; c < Math.Min(covered.Length, column + cell.ColSpan); c++) occupied[c] = Math.Max(occupied[c], cell.RowSpan);
            string? scope = null;
            if (header) scope = cell.ColSpan > 1 ? "colgroup" : "col";
            else if (row.Kind == RowKind.Group) scope = "rowgroup";
            else if (column == rowHeader && !IsEmpty(cell)) scope = "row"; // a spanning row header covers its rows
            column += cell.ColSpan;
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
        for (var c = 0; c < occupied.Length; c++) if (occupied[c] > 0) occupied[c]--;
        w.Close("tr").Line();
    }

    private static string Text(TableCell cell) =>
        string.Concat(cell.Blocks.OfType<Paragraph>().Select(p => Inlines.PlainText(p.Content))).Trim();

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
