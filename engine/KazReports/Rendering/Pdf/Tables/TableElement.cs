using KazReports.Diagnostics;
using KazReports.Rendering.Pdf.Layout;

namespace KazReports.Rendering.Pdf.Tables;

/// <summary>
/// A table paginated row by row. The header rows are a separate element drawn at the top of every
/// page the table is on; a page never ends with the header alone, and breaks only where
/// <see cref="RowKeeps"/> allows (a group row keeps with its first two rows, a short group stays
/// whole). Rows are drawn top to bottom, cells left to right, so extracted text
/// reads in order. The cursor is the first row group not drawn whole.
/// </summary>
internal sealed class TableElement : Element
{
    private readonly IReadOnlyList<RowGroup> header;
    private readonly IReadOnlyList<RowGroup> body;
    private readonly float width;
    private readonly float headerHeight;
    private readonly float pageHeight;
    private readonly RowKeeps keeps;
    private int cursor;
    private bool headerOnlyDone;

    public TableElement(IReadOnlyList<RowGroup> header, IReadOnlyList<RowGroup> body, float width, float pageHeight, SourceSpan span)
        : base(span)
    {
        this.header = header;
        this.body = body;
        this.width = width;
        this.pageHeight = pageHeight;
        keeps = new RowKeeps(body.Select(g => g.IsGroupRow).ToArray());
        headerHeight = header.Sum(h => h.Measure(Size.Natural(width)).Height);
        foreach (var group in body)
        {
            group.SplitLimit = pageHeight - headerHeight;
        }
    }

    public float HeaderHeight => headerHeight;

    public override SpacePlan Measure(Size available) => Plan(available).Result;

    public override void Draw(DrawingCanvas canvas, Size available)
    {
        var plan = Plan(available);
        if (plan.Result.Kind is SpaceKind.Empty or SpaceKind.Wrap)
        {
            return;
        }

        var y = 0f;
        foreach (var row in header)
        {
            var height = row.Measure(Size.Natural(width)).Height;
            using (canvas.Offset(0, y))
            {
                row.Draw(canvas, Size.Natural(width));
            }

            row.ResetState();
            y += height;
        }

        foreach (var (index, top, room) in plan.Placements)
        {
            using (canvas.Offset(0, top))
            {
                body[index].Draw(canvas, new Size(width, room));
            }
        }

        cursor = plan.NextCursor;
        headerOnlyDone = body.Count == 0;
    }

    public override void ResetState()
    {
        cursor = 0;
        headerOnlyDone = false;
        foreach (var row in header.Concat(body))
        {
            row.ResetState();
        }
    }

    private TablePlan Plan(Size available)
    {
        var placements = new List<(int Index, float Top, float Room)>();
        if ((body.Count == 0 && headerOnlyDone) || (body.Count > 0 && cursor >= body.Count))
        {
            return new TablePlan(SpacePlan.Empty, placements, cursor);
        }

        if (headerHeight > available.Height + Epsilon)
        {
            return new TablePlan(SpacePlan.Wrap("шапка таблицы не помещается на странице", Span), placements, cursor);
        }

        var y = headerHeight;
        for (var g = cursor; g < body.Count; g++)
        {
            var room = available.Height - y;
            var measured = body[g].Measure(new Size(width, room));
            switch (measured.Kind)
            {
                case SpaceKind.Empty:
                    continue;
                case SpaceKind.FullRender:
                    placements.Add((g, y, room));
                    y += measured.Height;
                    continue;
                case SpaceKind.PartialRender:
                    if (g == cursor || keeps.MaySplit(g, cursor))
                    {
                        placements.Add((g, y, room));
                        y += measured.Height;
                        return new TablePlan(SpacePlan.Partial(width, y), placements, g);
                    }

                    return BreakBefore(g, placements, y, available);
                default:
                    if (placements.Count == 0)
                    {
                        return new TablePlan(measured, placements, cursor);
                    }

                    return BreakBefore(g, placements, y, available);
            }
        }

        return new TablePlan(SpacePlan.Full(width, y), placements, body.Count);
    }

    /// <summary>
    /// The page ends before row group <paramref name="g"/>, or before an earlier one where the keeps
    /// allow it (a group row with its first rows, a short group whole, no lone first or last row).
    /// When no break is allowed on this page the table moves to the next page; on a whole page
    /// (nowhere better to go) it breaks where the rows end.
    /// </summary>
    private TablePlan BreakBefore(int g, List<(int Index, float Top, float Room)> placements, float y, Size available)
    {
        var k = placements.Count;
        while (k > 0 && !keeps.MayBreakBefore(placements[k - 1].Index + 1, cursor))
        {
            k--;
        }

        if (k == 0)
        {
            if (available.Height < pageHeight - Epsilon)
            {
                return new TablePlan(SpacePlan.Wrap("строки таблицы, которые держатся вместе, не помещаются на странице", Span), [], cursor);
            }

            k = placements.Count;
        }

        var next = k < placements.Count ? placements[k].Index : g;
        if (k < placements.Count)
        {
            y = placements[k].Top;
        }

        placements.RemoveRange(k, placements.Count - k);
        return new TablePlan(SpacePlan.Partial(width, y), placements, next);
    }

    private sealed record TablePlan(SpacePlan Result, List<(int Index, float Top, float Room)> Placements, int NextCursor);
}
