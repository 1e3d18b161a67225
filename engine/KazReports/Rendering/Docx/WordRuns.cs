using RunStyle = KazReports.Documents.RunStyle;

namespace KazReports.Rendering.Docx;

/// <summary>Inline content of a paragraph, written as one or more w:r.</summary>
internal abstract class RunElement
{
    public abstract void Write(WordXmlWriter writer);

    /// <summary>w:rPr of a style (and a character spacing in twentieths of a point); nothing for plain text.</summary>
    protected static void WriteProperties(WordXmlWriter w, RunStyle style, int? characterSpacing = null)
    {
        if (style == RunStyle.None && characterSpacing is null)
        {
            return;
        }

        w.Start("rPr");
        if (style.HasFlag(RunStyle.Bold))
        {
            w.Empty("b");
            w.Empty("bCs");
        }

        if (style.HasFlag(RunStyle.Italic))
        {
            w.Empty("i");
            w.Empty("iCs");
        }

        if (characterSpacing is { } spacing)
        {
            w.Value("spacing", spacing);
        }

        if (style.HasFlag(RunStyle.Underline))
        {
            w.Value("u", "single");
        }

        if (style.HasFlag(RunStyle.Superscript))
        {
            w.Value("vertAlign", "superscript");
        }
        else if (style.HasFlag(RunStyle.Subscript))
        {
            w.Value("vertAlign", "subscript");
        }

        w.End();
    }
}

/// <summary>
/// One run of styled text; '\n' becomes w:br and '\t' becomes w:tab inside it; '\r' and other
/// control characters, which XML cannot hold, are dropped.
/// </summary>
internal sealed class TextRun(string text, RunStyle style = RunStyle.None, int? characterSpacing = null) : RunElement
{
    public override void Write(WordXmlWriter writer)
    {
        writer.Start("r");
        WriteProperties(writer, style, characterSpacing);
        if (text.AsSpan().IndexOfAnyInRange('\0', '\u001F') < 0 && text.AsSpan().IndexOfAnyInRange('\u007F', '\u009F') < 0)
        {
            if (text.Length > 0)
            {
                writer.Text("t", text);
            }
        }
        else
        {
            WriteWithControls(writer);
        }

        writer.End();
    }

    private void WriteWithControls(WordXmlWriter writer)
    {
        var pending = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\n' or '\t')
            {
                Flush();
                writer.Empty(c == '\n' ? "br" : "tab");
            }
            else if (!char.IsControl(c))
            {
                pending.Append(c);
            }
        }

        Flush();

        void Flush()
        {
            if (pending.Length > 0)
            {
                writer.Text("t", pending.ToString());
                pending.Clear();
            }
        }
    }
}

/// <summary>A run of one w:br (line break), w:br w:type="page" or w:tab.</summary>
internal sealed class SymbolRun(SymbolRun.Kind kind, RunStyle style = RunStyle.None) : RunElement
{
    public enum Kind
    {
        LineBreak,
        PageBreak,
        Tab,
    }

    public override void Write(WordXmlWriter writer)
    {
        writer.Start("r");
        WriteProperties(writer, style);
        switch (kind)
        {
            case Kind.LineBreak:
                writer.Empty("br");
                break;
            case Kind.PageBreak:
                writer.Start("br");
                writer.Attribute("type", "page");
                writer.End();
                break;
            default:
                writer.Empty("tab");
                break;
        }

        writer.End();
    }
}

/// <summary>A complex PAGE field: begin, instruction, separate, a cached «1», end (five runs).</summary>
internal sealed class PageFieldRuns(RunStyle style = RunStyle.None) : RunElement
{
    public override void Write(WordXmlWriter writer)
    {
        FieldChar(writer, "begin");
        writer.Start("r");
        WriteProperties(writer, style);
        writer.Text("instrText", " PAGE ");
        writer.End();
        FieldChar(writer, "separate");
        writer.Start("r");
        WriteProperties(writer, style);
        writer.Text("t", "1");
        writer.End();
        FieldChar(writer, "end");
    }

    private void FieldChar(WordXmlWriter writer, string type)
    {
        writer.Start("r");
        WriteProperties(writer, style);
        writer.Start("fldChar");
        writer.Attribute("fldCharType", type);
        writer.End();
        writer.End();
    }
}
