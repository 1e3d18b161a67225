using KazReports.Diagnostics;

namespace KazReports.Rendering.Pdf.Layout;

/// <summary>A box offered to an element, in points. Heights may be very large (never infinite) when measuring natural sizes.</summary>
internal readonly record struct Size(float Width, float Height)
{
    /// <summary>A height no page reaches: used to measure an element's natural height.</summary>
    public const float Unbounded = 1_000_000f;

    public static Size Natural(float width) => new(width, Unbounded);
}

internal enum SpaceKind
{
    /// <summary>Nothing (left) to draw.</summary>
    Empty,

    /// <summary>Nothing fits in the offered space; the element moves to the next page (or, on an empty page, cannot be laid out).</summary>
    Wrap,

    /// <summary>A part fits; the element continues on the next page.</summary>
    PartialRender,

    /// <summary>All that is left fits.</summary>
    FullRender,
}

/// <summary>
/// The answer to «how much space do you need in this box?». A wrap carries the reason, in Russian,
/// and the template span of the block that cannot be placed.
/// </summary>
internal readonly record struct SpacePlan(SpaceKind Kind, float Width, float Height, string? Reason, SourceSpan Span)
{
    public static SpacePlan Empty => new(SpaceKind.Empty, 0, 0, null, SourceSpan.None);

    public static SpacePlan Wrap(string reason, SourceSpan span) => new(SpaceKind.Wrap, 0, 0, reason, span);

    public static SpacePlan Partial(float width, float height) => new(SpaceKind.PartialRender, width, height, null, SourceSpan.None);

    public static SpacePlan Full(float width, float height) => new(SpaceKind.FullRender, width, height, null, SourceSpan.None);

    public bool IsWrap => Kind == SpaceKind.Wrap;

    /// <summary>Everything left is placed (or there was nothing left).</summary>
    public bool IsDone => Kind is SpaceKind.FullRender or SpaceKind.Empty;
}
