using KazReports.Diagnostics;

namespace KazReports.Rendering.Pdf.Layout;

/// <summary>
/// A child of a <see cref="Column"/> with the space around it, whether it stays with the next child,
/// and whether it takes the last lines of the child before it along to a new page (a signature).
/// </summary>
internal sealed record Slot(Element Element, float SpaceBefore = 0, float SpaceAfter = 0, bool KeepWithNext = false, bool KeepWithPrevious = false);

/// <summary>
/// Children stacked top to bottom: the flow of a page or of a table cell. The space between two
/// children is the larger of the first's space after and the second's space before (as LibreOffice
/// sets a DOCX); space before a child is dropped at the top of the column (of a page); a chain of keep-with-next children (a heading and
/// what follows) is moved to the next page together rather than leave the first alone at the bottom;
/// a keep-with-previous child (a signature) that goes to the next page takes the last
/// <see cref="TailLines"/> lines of the text before it along (all of it when it is short).
/// The cursor is the first child not drawn completely.
/// </summary>
internal sealed class Column(IReadOnlyList<Slot> slots, SourceSpan span) : Element(span)
{
    /// <summary>Lines of text a keep-with-previous child takes along to the next page.</summary>
    public const int TailLines = 2;

    private int cursor;
    private bool started;

    public IReadOnlyList<Slot> Slots => slots;

    public override SpacePlan Measure(Size available) => Plan(available).Result;

    public override void Draw(DrawingCanvas canvas, Size available)
    {
        var plan = Plan(available);
        foreach (var placement in plan.Placements)
        {
            using (canvas.Offset(0, placement.Y))
            {
                slots[placement.Index].Element.Draw(canvas, placement.Available);
            }
        }

        cursor = plan.NextCursor;
        started = plan.NextStarted;
    }

    public override void ResetState()
    {
        cursor = 0;
        started = false;
        foreach (var slot in slots)
        {
            slot.Element.ResetState();
        }
    }

    private ColumnPlan Plan(Size available)
    {
        var placements = new List<Placement>();
        if (cursor >= slots.Count)
        {
            return new ColumnPlan(SpacePlan.Empty, placements, cursor, false);
        }

        var y = 0f;
        var width = 0f;
        var after = 0f;
        for (var i = cursor; i < slots.Count; i++)
        {
            var slot = slots[i];
            var continuing = i == cursor && started;
            var before = continuing || placements.Count == 0 ? 0 : Math.Max(0, slot.SpaceBefore - after);
            var room = available.Height - y - before;
            var measured = room < -Epsilon
                ? SpacePlan.Wrap("не хватает места", slot.Element.Span)
                : slot.Element.Measure(new Size(available.Width, Math.Max(room, 0)));
            switch (measured.Kind)
            {
                case SpaceKind.Empty:
                    continue;
                case SpaceKind.FullRender:
                    placements.Add(new Placement(i, y + before, new Size(available.Width, Math.Max(room, 0)), measured.Height, Full: true));
                    width = Math.Max(width, measured.Width);
                    y += before + measured.Height + slot.SpaceAfter;
                    after = slot.SpaceAfter;
                    continue;
                case SpaceKind.PartialRender:
                    placements.Add(new Placement(i, y + before, new Size(available.Width, Math.Max(room, 0)), measured.Height, Full: false));
                    width = Math.Max(width, measured.Width);
                    y += before + measured.Height;
                    return new ColumnPlan(SpacePlan.Partial(width, Math.Min(y, available.Height)), placements, i, true);
                default:
                    if (placements.Count == 0)
                    {
                        return new ColumnPlan(measured, placements, cursor, started);
                    }

                    return BreakBefore(i, placements, width, available);
            }
        }

        return new ColumnPlan(SpacePlan.Full(width, Math.Min(y, available.Height)), placements, slots.Count, false);
    }

    /// <summary>The child at <paramref name="index"/> goes to the next page; so do the keep-with-next children just before it, if something else stays.</summary>
    private ColumnPlan BreakBefore(int index, List<Placement> placements, float width, Size available)
    {
        var first = index;
        var p = placements.Count - 1;
        if (slots[index].KeepWithPrevious && placements[p].Index == index - 1 && placements[p].Full)
        {
            var before = placements[p];
            var tail = slots[index - 1].Element.KeepTail(before.Available, TailLines);
            if (tail > Epsilon)
            {
                placements[p] = before with { Available = before.Available with { Height = tail.Value }, Height = tail.Value, Full = false };
                return new ColumnPlan(SpacePlan.Partial(width, Math.Min(before.Y + tail.Value, available.Height)), placements, index - 1, true);
            }

            if (tail is not null && p > 0)
            {
                first = index - 1;
                p--;
                placements.RemoveAt(placements.Count - 1);
            }
        }

        while (p >= 0 && placements[p].Full && placements[p].Index == first - 1 && slots[first - 1].KeepWithNext)
        {
            first--;
            p--;
        }

        if (p >= 0 && first < index)
        {
            placements.RemoveRange(p + 1, placements.Count - p - 1);
        }
        else
        {
            first = index;
        }

        var last = placements[^1];
        var height = last.Y + last.Height + (last.Full ? slots[last.Index].SpaceAfter : 0);
        return new ColumnPlan(SpacePlan.Partial(width, Math.Min(height, available.Height)), placements, first, false);
    }

    private sealed record Placement(int Index, float Y, Size Available, float Height, bool Full);

    private sealed record ColumnPlan(SpacePlan Result, List<Placement> Placements, int NextCursor, bool NextStarted);
}
