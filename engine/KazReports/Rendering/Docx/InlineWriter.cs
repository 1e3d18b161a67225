using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using KazReports.Documents;
using RunStyle = KazReports.Documents.RunStyle;
using Run = DocumentFormat.OpenXml.Wordprocessing.Run;
using ModelRun = KazReports.Documents.Run;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace KazReports.Rendering.Docx;

/// <summary>Inline content to runs: styled text (spaces preserved, U+00A0 kept), breaks, tabs, PAGE fields.</summary>
internal static class InlineWriter
{
    /// <summary>Runs for inline content; <paramref name="extra"/> is added to every run's style (bold table headers).</summary>
    public static IEnumerable<OpenXmlElement> Runs(IEnumerable<Inline> content, RunStyle extra = RunStyle.None)
    {
        foreach (var inline in content)
        {
            switch (inline)
            {
                case ModelRun run when run.Text.Length > 0:
                    yield return TextRun(run.Text, run.Style | extra);
                    break;
                case LineBreak:
                    yield return WithProperties(extra, new Break());
                    break;
                case PageNumberField:
                    foreach (var fieldRun in PageField(extra))
                    {
                        yield return fieldRun;
                    }

                    break;
            }
        }
    }

    /// <summary>
    /// One run; '\n' becomes w:br and '\t' becomes w:tab inside it; '\r' and other control characters,
    /// which XML cannot hold, are dropped.
    /// </summary>
    public static Run TextRun(string text, RunStyle style = RunStyle.None, int? characterSpacing = null)
    {
        var properties = Properties(style);
        if (characterSpacing is { } spacing)
        {
            properties ??= new RunProperties();
            properties.Spacing = new Spacing { Val = spacing };
        }

        var run = new Run();
        if (properties is not null)
        {
            run.Append(properties);
        }

        var pending = new StringBuilder();
        foreach (var c in text)
        {
            if (c is '\n' or '\t')
            {
                Flush();
                run.Append(c == '\n' ? new Break() : new TabChar());
            }
            else if (!char.IsControl(c))
            {
                pending.Append(c);
            }
        }

        Flush();
        return run;

        void Flush()
        {
            if (pending.Length > 0)
            {
                run.Append(Text(pending.ToString()));
                pending.Clear();
            }
        }
    }

    public static Run Tab(RunStyle style = RunStyle.None) => Properties(style) is { } p ? new Run(p, new TabChar()) : new Run(new TabChar());

    /// <summary>A complex PAGE field: begin, instruction, separate, a cached «1», end.</summary>
    public static IEnumerable<Run> PageField(RunStyle style = RunStyle.None)
    {
        yield return WithProperties(style, new FieldChar { FieldCharType = FieldCharValues.Begin });
        yield return WithProperties(style, new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve });
        yield return WithProperties(style, new FieldChar { FieldCharType = FieldCharValues.Separate });
        yield return WithProperties(style, Text("1"));
        yield return WithProperties(style, new FieldChar { FieldCharType = FieldCharValues.End });
    }

    public static RunProperties? Properties(RunStyle style)
    {
        if (style == RunStyle.None)
        {
            return null;
        }

        var properties = new RunProperties();
        if (style.HasFlag(RunStyle.Bold))
        {
            properties.Bold = new Bold();
            properties.BoldComplexScript = new BoldComplexScript();
        }

        if (style.HasFlag(RunStyle.Italic))
        {
            properties.Italic = new Italic();
            properties.ItalicComplexScript = new ItalicComplexScript();
        }

        if (style.HasFlag(RunStyle.Underline))
        {
            properties.Underline = new Underline { Val = UnderlineValues.Single };
        }

        if (style.HasFlag(RunStyle.Superscript))
        {
            properties.VerticalTextAlignment = new VerticalTextAlignment { Val = VerticalPositionValues.Superscript };
        }
        else if (style.HasFlag(RunStyle.Subscript))
        {
            properties.VerticalTextAlignment = new VerticalTextAlignment { Val = VerticalPositionValues.Subscript };
        }

        return properties;
    }

    private static W.Text Text(string value) => new(value) { Space = SpaceProcessingModeValues.Preserve };

    private static Run WithProperties(RunStyle style, OpenXmlElement child) =>
        Properties(style) is { } p ? new Run(p, child) : new Run(child);
}
