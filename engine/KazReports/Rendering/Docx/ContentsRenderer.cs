using KazReports.Documents;

namespace KazReports.Rendering.Docx;

/// <summary>
/// The table of contents as a TOC field (headings 1–N) marked dirty, so that Word recomputes it
/// with the pages when the document is opened; its cached result lists the headings without pages.
/// </summary>
internal static class ContentsRenderer
{
    public static void Write(TableOfContents toc, DocxContext context, List<BodyElement> result)
    {
        result.Add(new WordParagraph(new ParagraphFormat { Style = StyleIds.Title, Justification = Jc.Center, KeepNext = true },
            [new TextRun(toc.Title, RunStyle.Bold)]));
        var instruction = $" TOC \\o \"1-{toc.Levels}\" \\h \\z \\u ";
        var entries = toc.Entries.Count > 0 ? toc.Entries : [new ContentsEntry(1, "Обновите оглавление: F9", null)];
        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            var format = new ParagraphFormat
            {
                Indentation = new Indent(Left: Units.Twips(7.5 * (e.Level - 1)), FirstLine: 0),
                Justification = Jc.Left,
                RightTab = context.ContentWidthTwips,
            };
            var runs = new List<RunElement>();
            if (i == 0) runs.Add(new FieldStart(instruction));
            runs.Add(new TextRun(e.Title));
            runs.Add(new SymbolRun(SymbolRun.Kind.Tab));
            if (i == entries.Count - 1) runs.Add(new FieldEnd());
            result.Add(new WordParagraph(format, runs));
        }
    }

    /// <summary>w:fldChar begin (dirty: Word updates the field on opening), the instruction, separate.</summary>
    private sealed class FieldStart(string instruction) : RunElement
    {
        public override void Write(WordXmlWriter writer)
        {
            writer.Start("r");
            writer.Start("fldChar");
            writer.Attribute("fldCharType", "begin");
            writer.Attribute("dirty", "true");
            writer.End();
            writer.End();
            writer.Start("r");
            writer.Text("instrText", instruction);
            writer.End();
            writer.Start("r");
            writer.Start("fldChar");
            writer.Attribute("fldCharType", "separate");
            writer.End();
            writer.End();
        }
    }

    private sealed class FieldEnd : RunElement
    {
        public override void Write(WordXmlWriter writer)
        {
            writer.Start("r");
            writer.Start("fldChar");
            writer.Attribute("fldCharType", "end");
            writer.End();
            writer.End();
        }
    }
}
