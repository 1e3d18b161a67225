using KazReports.Documents;

namespace KazReports.Rendering.Pdf.Text;

internal enum ScriptPosition
{
    Baseline,
    Superscript,
    Subscript,
}

/// <summary>How a piece of text looks: size in points, weight, slant, underline, script position, extra letter spacing in points.</summary>
internal sealed record TextStyle(
    float Size,
    bool Bold = false,
    bool Italic = false,
    bool Underline = false,
    ScriptPosition Script = ScriptPosition.Baseline,
    float LetterSpacing = 0)
{
    private const float ScriptScale = 0.65f;

    /// <summary>The size glyphs are drawn at: smaller for superscript and subscript.</summary>
    public float GlyphSize => Script == ScriptPosition.Baseline ? Size : Size * ScriptScale;

    /// <summary>How far the baseline moves down (negative: up) for superscript and subscript.</summary>
    public float BaselineShift => Script switch
    {
        ScriptPosition.Superscript => -Size * 0.33f,
        ScriptPosition.Subscript => Size * 0.14f,
        _ => 0,
    };

    /// <summary>This style with a run's flags added (bold, italic, underline, super/subscript).</summary>
    public TextStyle With(RunStyle flags)
    {
        if (flags == RunStyle.None)
        {
            return this;
        }

        var script = flags.HasFlag(RunStyle.Superscript) ? ScriptPosition.Superscript
            : flags.HasFlag(RunStyle.Subscript) ? ScriptPosition.Subscript
            : Script;
        if ((Bold || !flags.HasFlag(RunStyle.Bold)) && (Italic || !flags.HasFlag(RunStyle.Italic))
            && (Underline || !flags.HasFlag(RunStyle.Underline)) && script == Script)
        {
            return this;
        }

        return this with
        {
            Bold = Bold || flags.HasFlag(RunStyle.Bold),
            Italic = Italic || flags.HasFlag(RunStyle.Italic),
            Underline = Underline || flags.HasFlag(RunStyle.Underline),
            Script = script,
        };
    }
}
