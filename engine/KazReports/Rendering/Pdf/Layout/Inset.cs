namespace KazReports.Rendering.Pdf.Layout;

/// <summary>Places its child in a band of the available width: <paramref name="left"/> from the left edge, <paramref name="width"/> wide (or the rest).</summary>
internal sealed class Inset(Element child, float left, float? width = null) : Element(child.Span)
{
    public override SpacePlan Measure(Size available)
    {
        var measured = child.Measure(Inner(available));
        return measured.Kind is SpaceKind.FullRender or SpaceKind.PartialRender
            ? measured with { Width = left + measured.Width }
            : measured;
    }

    public override void Draw(DrawingCanvas canvas, Size available)
    {
        using (canvas.Offset(left, 0))
        {
            child.Draw(canvas, Inner(available));
        }
    }

    public override void ResetState() => child.ResetState();

    private Size Inner(Size available) =>
        new(Math.Max(1, Math.Min(width ?? available.Width - left, available.Width - left)), available.Height);
}
