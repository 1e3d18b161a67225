using KazReports.Diagnostics;

namespace KazReports.Rendering.Pdf.Layout;

/// <summary>
/// Children side by side, each in its own band, tops aligned (a letterhead and its addressee). Not
/// split across pages: it fits whole or moves on.
/// </summary>
internal sealed class SideBySide(IReadOnlyList<(float Left, float Width, Element Element)> bands, SourceSpan span) : Element(span)
{
    public override SpacePlan Measure(Size available)
    {
        var height = 0f;
        var any = false;
        foreach (var (left, width, element) in bands)
        {
            var measured = element.Measure(new Size(width, available.Height));
            if (measured.Kind is SpaceKind.Wrap or SpaceKind.PartialRender)
            {
                return SpacePlan.Wrap("блок реквизитов не помещается на странице", Span);
            }

            any |= measured.Kind == SpaceKind.FullRender;
            height = Math.Max(height, measured.Height);
        }

        return any ? SpacePlan.Full(available.Width, height) : SpacePlan.Empty;
    }

    public override void Draw(DrawingCanvas canvas, Size available)
    {
        foreach (var (left, width, element) in bands)
        {
            using (canvas.Offset(left, 0))
            {
                element.Draw(canvas, new Size(width, available.Height));
            }
        }
    }

    public override void ResetState()
    {
        foreach (var band in bands)
        {
            band.Element.ResetState();
        }
    }
}
