using KazReports.Diagnostics;
using KazReports.Rendering.Pdf.Layout;

namespace KazReports.Rendering.Pdf.Tables;

/// <summary>
/// A table paginated row by row. The header rows are a separate element drawn at the top of every
/// page the table is on; a page never ends with the header alone, nor with a group row (a section
/// heading of the table) alone. Rows are drawn top to bottom, cells left to right, so extracted text
/// reads in order. The cursor is the first row group not drawn whole.
/// </summary>
internal sealed class TableElement : Element
{
    private readonly IReadOnlyList<RowGroup> header;
    private readonly IReadOnlyList<RowGroup> body;
    private readonly float width;
    private readonly float headerHeight;
    private int cursor;
    private bool headerOnlyDone;

    public TableElement(IReadOnlyList<RowGroup> header, IReadOnlyList<RowGroup> body, float width, float pageHeight, SourceSpan span)
        : base(span)
    {
        this.header = header;
        this.body = body;
        this.width = width;
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
        var heights = new List<float>();
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
                    heights.Add(measured.Height);
                    y += measured.Height;
                    continue;
                case SpaceKind.PartialRender:
                    placements.Add((g, y, room));
                    y += measured.Height;
                    return new TablePlan(SpacePlan.Partial(width, y), placements, g);
                default:
                    if (placements.Count == 0)
                    {
                        return new TablePlan(measured, placements, cursor);
                    }

                    // A group row does not stay alone at the foot of a page.
                    if (placements.Count > 1 && body[placements[^1].Index].IsGroupRow)
                    {
                        g = placements[^1].Index;
                        y -= heights[^1];
                        placements.RemoveAt(placements.Count - 1);
                    }

                    return new TablePlan(SpacePlan.Partial(width, y), placements, g);
            }
        }

        return new TablePlan(SpacePlan.Full(width, y), placements, body.Count);
    }

    private sealed record TablePlan(SpacePlan Result, List<(int Index, float Top, float Room)> Placements, int NextCursor);
}
