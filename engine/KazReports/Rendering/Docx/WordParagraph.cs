namespace KazReports.Rendering.Docx;

/// <summary>
/// A block-level element of the body, a table cell, a header or footer: a paragraph or a table.
/// The writers build these light objects (the last paragraph of a block may still get space after,
/// a list item its number, a section's last paragraph its sectPr), then the part writes them out.
/// </summary>
internal abstract class BodyElement
{
    public abstract void Write(WordXmlWriter writer);
}

/// <summary>The value of w:jc.</summary>
internal enum Jc
{
    Left,
    Center,
    Right,
    Both,
}

/// <summary>w:spacing in twentieths of a point; <see cref="Line"/> is in 240ths of a line (lineRule auto).</summary>
internal readonly record struct Spacing(int? Before = null, int? After = null, int? Line = null);

/// <summary>w:ind in twips.</summary>
internal readonly record struct Indent(int? Left = null, int? Right = null, int? Hanging = null, int? FirstLine = null);

/// <summary>w:framePr of a requisite kept in the bottom-left corner of the page (see OfficialBlockRenderer.Executor).</summary>
internal readonly record struct BottomLeftFrame(int WidthTwips);

/// <summary>w:pPr: the paragraph properties this renderer uses, written in schema order.</summary>
internal sealed class ParagraphFormat
{
    /// <summary>w:pStyle; null is Normal (no w:pStyle).</summary>
    public string? Style { get; set; }

    public bool KeepNext { get; set; }

    public bool KeepLines { get; set; }

    public BottomLeftFrame? Frame { get; set; }

    /// <summary>w:numPr: the list level and its w:numId.</summary>
    public (int Level, int NumId)? Numbering { get; set; }

    /// <summary>One right-aligned tab stop at this position (signature and order date lines).</summary>
    public int? RightTab { get; set; }

    public Spacing? Spacing { get; set; }

    public Indent? Indentation { get; set; }

    public Jc? Justification { get; set; }

    /// <summary>The sectPr that ends an earlier section inside its last paragraph.</summary>
    public SectionFormat? Section { get; set; }

    public bool IsEmpty =>
        Style is null && !KeepNext && !KeepLines && Frame is null && Numbering is null && RightTab is null
        && Spacing is null && Indentation is null && Justification is null && Section is null;

    /// <summary>Space after the paragraph in points, keeping the other spacing.</summary>
    public void SpaceAfter(double pt) => Spacing = (Spacing ?? default) with { After = Units.PointTwips(pt) };

    public void Write(WordXmlWriter w)
    {
        if (IsEmpty)
        {
            return;
        }

        w.Start("pPr");
        if (Style is not null)
        {
            w.Value("pStyle", Style);
        }

        if (KeepNext)
        {
            w.Empty("keepNext");
        }

        if (KeepLines)
        {
            w.Empty("keepLines");
        }

        if (Frame is { } frame)
        {
            w.Start("framePr");
            w.Attribute("w", frame.WidthTwips);
            w.Attribute("wrap", "around");
            w.Attribute("hAnchor", "margin");
            w.Attribute("vAnchor", "margin");
            w.Attribute("xAlign", "left");
            w.Attribute("yAlign", "bottom");
            w.Attribute("anchorLock", "true");
            w.End();
        }

        if (Numbering is { } numbering)
        {
            w.Start("numPr");
            w.Value("ilvl", numbering.Level);
            w.Value("numId", numbering.NumId);
            w.End();
        }

        if (RightTab is { } tab)
        {
            w.Start("tabs");
            w.Start("tab");
            w.Attribute("val", "right");
            w.Attribute("pos", tab);
            w.End();
            w.End();
        }

        if (Spacing is { } spacing)
        {
            WriteSpacing(w, spacing);
        }

        if (Indentation is { } indent)
        {
            WriteIndent(w, indent);
        }

        if (Justification is { } jc)
        {
            w.Value("jc", Name(jc));
        }

        Section?.Write(w);
        w.End();
    }

    public static void WriteSpacing(WordXmlWriter w, Spacing spacing)
    {
        w.Start("spacing");
        w.Attribute("before", spacing.Before);
        w.Attribute("after", spacing.After);
        if (spacing.Line is { } line)
        {
            w.Attribute("line", line);
            w.Attribute("lineRule", "auto");
        }

        w.End();
    }

    public static void WriteIndent(WordXmlWriter w, Indent indent)
    {
        w.Start("ind");
        w.Attribute("left", indent.Left);
        w.Attribute("right", indent.Right);
        w.Attribute("hanging", indent.Hanging);
        w.Attribute("firstLine", indent.FirstLine);
        w.End();
    }

    public static string Name(Jc jc) => jc switch
    {
        Jc.Center => "center",
        Jc.Right => "right",
        Jc.Both => "both",
        _ => "left",
    };
}

/// <summary>w:p: properties (written only if any) and runs.</summary>
internal sealed class WordParagraph : BodyElement
{
    public WordParagraph(ParagraphFormat? format = null, IEnumerable<RunElement>? runs = null)
    {
        Format = format ?? new ParagraphFormat();
        if (runs is not null)
        {
            Runs.AddRange(runs);
        }
    }

    public ParagraphFormat Format { get; }

    public List<RunElement> Runs { get; } = [];

    public override void Write(WordXmlWriter writer)
    {
        writer.Start("p");
        Format.Write(writer);
        foreach (var run in Runs)
        {
            run.Write(writer);
        }

        writer.End();
    }
}
