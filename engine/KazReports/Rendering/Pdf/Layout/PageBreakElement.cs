using KazReports.Diagnostics;

namespace KazReports.Rendering.Pdf.Layout;

/// <summary>A forced page break: ends the current page once, then takes no space.</summary>
internal sealed class PageBreakElement(SourceSpan span) : Element(span)
{
    private bool done;

    public override SpacePlan Measure(Size available) => done ? SpacePlan.Empty : SpacePlan.Partial(0, 0);

    public override void Draw(DrawingCanvas canvas, Size available) => done = true;

    public override void ResetState() => done = false;
}
