namespace KazReports.Rendering.Pdf.Layout;

/// <summary>
/// Keeps its child on one page: a part that does not fit whole moves to the next page. A child
/// taller than a whole page (<paramref name="pageHeight"/>) is split anyway.
/// </summary>
internal sealed class KeepTogether(Element child, float pageHeight) : Element(child.Span)
{
    private bool splitting;

    public override SpacePlan Measure(Size available)
    {
        var measured = child.Measure(available);
        if (measured.Kind != SpaceKind.PartialRender || splitting)
        {
            return measured;
        }

        var natural = child.Measure(Size.Natural(available.Width));
        return natural.Height > pageHeight + Epsilon
            ? measured
            : SpacePlan.Wrap("блок не разрывается и не помещается на странице", Span);
    }

    public override void Draw(DrawingCanvas canvas, Size available)
    {
        var measured = Measure(available);
        if (measured.Kind == SpaceKind.PartialRender)
        {
            splitting = true;
        }

        child.Draw(canvas, available);
    }

    public override void ResetState()
    {
        splitting = false;
        child.ResetState();
    }
}
