namespace KazReports.Rendering.Pdf.Layout;

/// <summary>
/// Sets its child at the foot of the page it falls on (the DOCX anchors the executor in a frame at
/// the bottom margin): it takes the rest of the page and draws its child at the bottom of it; when
/// the child does not fit below what precedes it, it goes to the foot of the next page.
/// </summary>
internal sealed class PageFoot(Element child, float pageHeight) : Element(child.Span)
{
    public override SpacePlan Measure(Size available)
    {
        var natural = child.Measure(Size.Natural(available.Width));
        if (natural.Kind == SpaceKind.Empty)
        {
            return natural;
        }

        return natural.Height <= available.Height + Epsilon || available.Height >= pageHeight - Epsilon
            ? SpacePlan.Full(available.Width, available.Height)
            : SpacePlan.Wrap("блок внизу страницы не помещается", Span);
    }

    public override void Draw(DrawingCanvas canvas, Size available)
    {
        var height = child.Measure(Size.Natural(available.Width)).Height;
        using (canvas.Offset(0, Math.Max(0, available.Height - height)))
        {
            child.Draw(canvas, new Size(available.Width, Math.Min(height, available.Height)));
        }
    }

    public override void ResetState() => child.ResetState();
}
