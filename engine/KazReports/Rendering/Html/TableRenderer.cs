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
            for (var r = 0; r < table.Rows.Count; r++) Row(cx, table, r, header: false, rowHeader: -1);
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
        if (headerCount > 0)
        {
            w.Open("thead").Line();
            for (var r = 0; r < headerCount; r++) Row(cx, table, r, header: true, rowHeader: -1);
            w.Close("thead").Line();
        }
        var open = false;
        for (var r = headerCount; r < rows.Count; r++)
        {
            if (rows[r].Kind == RowKind.Group || !open)
            {
                if (open) w.Close("tbody").Line();
                w.Open("tbody").Line();
                open = true;
            }
            Row(cx, table, r, header: false, rowHeader);
        }
        if (open) w.Close("tbody").Line();
        w.Close("table").Line();
    }

    private static void Columns(HtmlWriter w, Table table)
    {
        if (table.Columns.Count == 0 || table.Columns.Sum(c => c.Weight) <= 0) return;
        var shares = TableWidths.Shares(table.Columns);
        w.Open("colgroup");
        for (var i = 0; i < table.Columns.Count; i++)
        {
            var width = shares[i] is { } share ? HtmlWriter.Number(share * 100) + "%" : HtmlWriter.Number(table.Columns[i].WidthMm!.Value) + "mm";
            w.Open("col", ("style", "width:" + width));
        }
        w.Close("colgroup").Line();
    }

    /// <summary>A row from the table's grid: its cells and fillers, skipping the columns covered from above.</summary>
    private static void Row(HtmlContext cx, Table table, int r, bool header, int rowHeader)
    {
        var w = cx.W;
        var row = table.Rows[r];
        w.Open("tr", ("class", row.Kind == RowKind.Group ? "group" : null));
        foreach (var slot in TableGrid.Of(table).Rows[r])
        {
            if (slot.Kind == GridSlotKind.Covered) continue;
            var cell = slot.Cell;
            var scope = slot.IsFiller ? null
                : header ? (slot.ColSpan > 1 ? "colgroup" : "col")
                : row.Kind == RowKind.Group ? "rowgroup"
                : slot.Column == rowHeader && !IsEmpty(cell) ? "row" // a spanning row header covers its rows
                : null;
            var tag = scope is null ? "td" : "th";
            w.Open(tag,
                ("scope", scope),
                ("colspan", slot.ColSpan > 1 ? slot.ColSpan.ToString(CultureInfo.InvariantCulture) : null),
                ("rowspan", slot.RowSpan > 1 ? slot.RowSpan.ToString(CultureInfo.InvariantCulture) : null),
                ("class", Classes(cell)),
                ("style", cell.Shading is { } shade ? "background:#" + StyleSheet.Color(shade) : null));
            if (cell.Blocks is [Paragraph only]) InlineRenderer.Write(w, only.Content);
            else BlockRenderer.Write(cx, cell.Blocks, inTable: true);
            w.Close(tag);
        }
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
