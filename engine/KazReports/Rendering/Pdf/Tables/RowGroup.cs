using KazReports.Diagnostics;
using KazReports.Rendering.Pdf.Layout;
using SkiaSharp;

namespace KazReports.Rendering.Pdf.Tables;

/// <summary>
/// One table row, or several rows tied together by cells spanning them. A single row splits across
/// pages at line boundaries of its cells (each cell keeps its own cursor), unless it cannot split
/// or its part on either side would be under two lines: then it moves whole to the next page, or splits anyway if it is taller than a page. Rows tied by
/// row spans are drawn together, never split.
/// </summary>
internal sealed class RowGroup(IReadOnlyList<CellBox> cells, int rowCount, bool cantSplit, bool isGroupRow, float width, TableLook look, SourceSpan span)
    : Element(span)
{
    private bool started;
    private bool done;

    public bool IsGroupRow => isGroupRow;

    /// <summary>The tallest row that is still kept whole (a page minus the repeated header).</summary>
    public float SplitLimit { get; set; } = float.MaxValue;

    public override SpacePlan Measure(Size available)
    {
        if (done)
        {
            return SpacePlan.Empty;
        }

        return rowCount > 1 ? MeasureTied(available) : MeasureSingle(available).Result;
    }

    public override void Draw(DrawingCanvas canvas, Size available)
    {
        if (done)
        {
            return;
        }

        if (rowCount > 1)
        {
            DrawTied(canvas);
            done = true;
            return;
        }

        var (result, inner, heights) = MeasureSingle(available);
        var height = result.Height;
        var boxes = Boxes(height);
        Shade(canvas, boxes);
        for (var i = 0; i < cells.Count; i++)
        {
            var cell = cells[i];
            var offset = result.Kind == SpaceKind.FullRender ? cell.AlignOffset(height - look.Vertical - heights[i]) : 0;
            using (canvas.Offset(cell.X + look.Padding, (look.Border / 2) + look.Padding + offset))
            {
                cell.Content.Draw(canvas, new Size(cell.InnerWidth(look), inner));
            }
        }

        Borders(canvas, boxes);
        started = true;
        done = result.Kind == SpaceKind.FullRender;
    }

    public override void ResetState()
    {
        started = false;
        done = false;
        foreach (var cell in cells)
        {
            cell.Content.ResetState();
        }
    }

    private (SpacePlan Result, float Inner, float[] Heights) MeasureSingle(Size available)
    {
        var inner = available.Height - look.Vertical;
        var heights = new float[cells.Count];
        if (inner <= Epsilon)
        {
            return (SpacePlan.Wrap("строка таблицы не помещается на странице", Span), inner, heights);
        }

        var allDone = true;
        var anyPlaced = false;
        SpacePlan? firstWrap = null;
        for (var i = 0; i < cells.Count; i++)
        {
            var measured = cells[i].Content.Measure(new Size(cells[i].InnerWidth(look), inner));
            heights[i] = measured.Kind is SpaceKind.FullRender or SpaceKind.PartialRender ? measured.Height : 0;
            allDone &= measured.IsDone;
            anyPlaced |= measured.Kind is SpaceKind.FullRender or SpaceKind.PartialRender;
            if (measured.IsWrap)
            {
                firstWrap ??= measured;
            }
        }

        var height = Max(heights) + look.Vertical;
        if (allDone)
        {
            return (SpacePlan.Full(width, height), inner, heights);
        }

        if (!started && (cantSplit || Fragmentary(heights)) && NaturalHeight() <= SplitLimit + Epsilon)
        {
            return (SpacePlan.Wrap("строка таблицы не разрывается и не помещается на странице", Span), inner, heights);
        }

        if (!anyPlaced)
        {
            return (firstWrap ?? SpacePlan.Wrap("строка таблицы не помещается на странице", Span), inner, heights);
        }

        return (SpacePlan.Partial(width, height), inner, heights);
    }

    /// <summary>
    /// Whether splitting the row here leaves a scrap: less than two lines of text above the break
    /// (its tallest cell), or a cell with less than two lines left below it. Such a row moves whole.
    /// </summary>
    private bool Fragmentary(float[] heights)
    {
        if (Max(heights) < look.MinFragment)
        {
            return true;
        }

        for (var i = 0; i < cells.Count; i++)
        {
            var rest = cells[i].Content.Measure(Size.Natural(cells[i].InnerWidth(look))).Height - heights[i];
            if (rest > Epsilon && rest < look.MinFragment)
            {
                return true;
            }
        }

        return false;
    }

    private float NaturalHeight()
    {
        var heights = new float[cells.Count];
        for (var i = 0; i < cells.Count; i++)
        {
            heights[i] = cells[i].Content.Measure(Size.Natural(cells[i].InnerWidth(look))).Height;
        }

        return Max(heights) + look.Vertical;
    }

    /// <summary>The largest height, 0 for none: as <c>DefaultIfEmpty(0).Max()</c>.</summary>
    private static float Max(float[] heights) => heights.Length == 0 ? 0 : heights.Max();

    private SpacePlan MeasureTied(Size available)
    {
        var total = RowHeights().Sum();
        return total <= available.Height + Epsilon
            ? SpacePlan.Full(width, total)
            : SpacePlan.Wrap($"строки таблицы, связанные объединёнными по вертикали ячейками ({rowCount}), не помещаются на странице", Span);
    }

    /// <summary>Heights of tied rows: each row as tall as its one-row cells; a spanning cell taller than its rows stretches the last of them.</summary>
    private float[] RowHeights()
    {
        var heights = new float[rowCount];
        foreach (var cell in cells.Where(c => c.RowSpan == 1))
        {
            heights[cell.Row] = Math.Max(heights[cell.Row], Natural(cell));
        }

        foreach (var cell in cells.Where(c => c.RowSpan > 1))
        {
            var have = 0f;
            for (var r = cell.Row; r < cell.Row + cell.RowSpan; r++)
            {
                have += heights[r];
            }

            var need = Natural(cell);
            if (need > have)
            {
                heights[cell.Row + cell.RowSpan - 1] += need - have;
            }
        }

        return heights;
    }

    private float Natural(CellBox cell) => cell.Content.Measure(Size.Natural(cell.InnerWidth(look))).Height + look.Vertical;

    private void DrawTied(DrawingCanvas canvas)
    {
        var heights = RowHeights();
        var tops = new float[rowCount + 1];
        for (var r = 0; r < rowCount; r++)
        {
            tops[r + 1] = tops[r] + heights[r];
        }

        var boxes = cells.Select(c => (c, tops[c.Row], tops[c.Row + c.RowSpan] - tops[c.Row])).ToList();
        Shade(canvas, boxes);
        foreach (var (cell, top, height) in boxes)
        {
            var content = Natural(cell) - look.Vertical;
            var offset = cell.AlignOffset(height - look.Vertical - content);
            using (canvas.Offset(cell.X + look.Padding, top + (look.Border / 2) + look.Padding + offset))
            {
                cell.Content.Draw(canvas, Size.Natural(cell.InnerWidth(look)));
            }
        }

        Borders(canvas, boxes);
    }

    /// <summary>The cells of a single row, each the row's height.</summary>
    private (CellBox Cell, float Top, float Height)[] Boxes(float height)
    {
        var boxes = new (CellBox Cell, float Top, float Height)[cells.Count];
        for (var i = 0; i < boxes.Length; i++)
        {
            boxes[i] = (cells[i], 0f, height);
        }

        return boxes;
    }

    private static void Shade(DrawingCanvas canvas, IReadOnlyList<(CellBox Cell, float Top, float Height)> boxes)
    {
        foreach (var (cell, top, height) in boxes)
        {
            if (cell.Shading is { } color)
            {
                canvas.FillRect(SKRect.Create(cell.X, top, cell.Width, height), color);
            }
        }
    }

    private void Borders(DrawingCanvas canvas, IReadOnlyList<(CellBox Cell, float Top, float Height)> boxes)
    {
        foreach (var (cell, top, height) in boxes)
        {
            var rect = SKRect.Create(cell.X, top, cell.Width, height);
            canvas.Record(LayoutRecord.Cell, cell.Text, rect);
            if (look.Borders)
            {
                canvas.StrokeRect(rect, look.Border);
            }
        }
    }
}
