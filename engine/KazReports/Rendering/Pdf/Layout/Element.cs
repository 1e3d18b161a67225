using KazReports.Diagnostics;

namespace KazReports.Rendering.Pdf.Layout;

/// <summary>
/// A layout element on the two-pass protocol: <see cref="Measure"/> says how much of what is left
/// fits in a box (without changing anything); <see cref="Draw"/> draws exactly that part, at the
/// canvas origin, and moves the element's cursor past it. Draw is always called with the box of the
/// preceding Measure. <see cref="ResetState"/> rewinds the cursor before a new pass.
/// </summary>
internal abstract class Element(SourceSpan span)
{
    /// <summary>Float comparisons of layout: a hundredth of a point.</summary>
    public const float Epsilon = 0.01f;

    /// <summary>The template span of the block this element draws, for layout errors.</summary>
    public SourceSpan Span { get; } = span;

    public abstract SpacePlan Measure(Size available);

    public abstract void Draw(DrawingCanvas canvas, Size available);

    public virtual void ResetState()
    {
    }

    /// <summary>
    /// For a child that fits whole in <paramref name="available"/> and must give its last
    /// <paramref name="lines"/> lines to the next page: the height that holds the rest (what stays);
    /// 0 when it is too short to split and should move whole; null when it does not split so (the default).
    /// </summary>
    public virtual float? KeepTail(Size available, int lines) => null;
}
