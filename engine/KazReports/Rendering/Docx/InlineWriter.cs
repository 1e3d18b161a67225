using KazReports.Documents;
using RunStyle = KazReports.Documents.RunStyle;
using ModelRun = KazReports.Documents.Run;

namespace KazReports.Rendering.Docx;

/// <summary>Inline content to runs: styled text (spaces preserved, U+00A0 kept), breaks, tabs, PAGE fields.</summary>
internal static class InlineWriter
{
    /// <summary>Runs for inline content; <paramref name="extra"/> is added to every run's style (bold table headers).</summary>
    public static List<RunElement> Runs(IReadOnlyList<Inline> content, RunStyle extra = RunStyle.None)
    {
        var result = new List<RunElement>(content.Count);
        foreach (var inline in content)
        {
            switch (inline)
            {
                case ModelRun run when run.Text.Length > 0:
                    result.Add(new TextRun(run.Text, run.Style | extra));
                    break;
                case LineBreak:
                    result.Add(new SymbolRun(SymbolRun.Kind.LineBreak, extra));
                    break;
                case PageNumberField:
                    result.Add(new PageFieldRuns(extra));
                    break;
            }
        }

        return result;
    }

    /// <summary>
    /// One run; '\n' becomes w:br and '\t' becomes w:tab inside it; '\r' and other control characters,
    /// which XML cannot hold, are dropped.
    /// </summary>
    public static TextRun TextRun(string text, RunStyle style = RunStyle.None, int? characterSpacing = null) =>
        new(text, style, characterSpacing);

    public static SymbolRun Tab(RunStyle style = RunStyle.None) => new(SymbolRun.Kind.Tab, style);

    /// <summary>A complex PAGE field: begin, instruction, separate, a cached «1», end.</summary>
    public static PageFieldRuns PageField(RunStyle style = RunStyle.None) => new(style);
}
