using System.Runtime.CompilerServices;
using System.Text;
using KazReports.Diagnostics;
using KazReports.Documents;
using KazReports.Rendering.Fonts;

namespace KazReports.Rendering.Pdf.Fonts;

/// <summary>
/// Characters of a document that the theme's main font lacks: the PDF draws them in a fallback face
/// of the theme (or, if none has them, as the font's empty box). Each is a warning at the block
/// that holds it (template file and line), once per build and place, never a line on stderr.
/// </summary>
public static class MissingGlyphs
{
    public const string Code = "KR3002";

    // The places already reported to a build's bag (letters share their template's lines). Not a
    // memo (RenderCaches): the state of one build, held by its bag and gone with it.
    private static readonly ConditionalWeakTable<DiagnosticBag, HashSet<(string, int, int, int)>> Reported = new();

    /// <summary>Adds a warning to <paramref name="bag"/> for each character of the document the main font lacks.</summary>
    public static void Report(Document document, Theme theme, DiagnosticBag bag)
    {
        ArgumentNullException.ThrowIfNull(bag);
        var seen = Reported.GetValue(bag, static _ => []);
        foreach (var (span, codepoint, fallback) in Find(document, theme))
        {
            lock (seen)
            {
                if (!seen.Add((span.File, span.Line, span.Column, codepoint)))
                {
                    continue;
                }
            }

            var fonts = FontSet.For(theme);
            var sign = $"«{char.ConvertFromUtf32(codepoint)}» (U+{codepoint:X4})";
            bag.Warning(Code, span, fallback is null
                ? $"PDF: знака {sign} нет ни в шрифте {fonts.Family}, ни в запасных шрифтах темы: он будет напечатан пустым прямоугольником"
                : $"PDF: знака {sign} нет в шрифте {fonts.Family}, он напечатан шрифтом {fallback}");
        }
    }

    /// <summary>Each character the main font lacks, with the span of its block and the fallback family that draws it (null: none).</summary>
    public static IReadOnlyList<(SourceSpan Span, int Codepoint, string? Fallback)> Find(Document document, Theme theme)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(theme);
        var scan = new Scan(FontSet.For(theme));
        foreach (var section in document.Sections)
        {
            foreach (var block in section.Blocks)
            {
                block.Accept(scan, block.Span);
            }
        }

        return scan.Found;
    }

    /// <summary>
    /// The characters of each block, checked in the face the PDF prints them in; the argument is the
    /// span of the block around (a cell's paragraph is reported at its table when it has no line).
    /// </summary>
    private sealed class Scan(FontSet fonts) : IBlockVisitor<SourceSpan>
    {
        private readonly HashSet<(SourceSpan, int)> seen = [];

        public List<(SourceSpan, int, string?)> Found { get; } = [];

        public void Visit(Heading heading, SourceSpan around) => Inlines(heading.Content, bold: true, At(heading, around));

        public void Visit(Paragraph paragraph, SourceSpan around) => Inlines(paragraph.Content, bold: false, At(paragraph, around));

        public void Visit(ListBlock list, SourceSpan around)
        {
            foreach (var b in list.Items.SelectMany(i => i.Blocks))
            {
                b.Accept(this, At(list, around));
            }
        }

        public void Visit(Table table, SourceSpan around)
        {
            foreach (var b in table.Rows.SelectMany(r => r.Cells).SelectMany(c => c.Blocks))
            {
                b.Accept(this, At(table, around));
            }
        }

        public void Visit(ChartBlock chart, SourceSpan around)
        {
            var c = chart.Spec;
            Check(string.Concat(c.Categories.Concat(c.Series.Select(s => s.Name))) + c.Title + c.ValueAxisTitle + c.Caption, false, false, At(chart, around));
        }

        /// <summary>The contents' title (bold, as printed); its lines are the headings, checked there.</summary>
        public void Visit(TableOfContents contents, SourceSpan around) => Check(contents.Title, true, false, At(contents, around));

        public void Visit(PageBreak pageBreak, SourceSpan around)
        {
        }

        public void Visit(ImageBlock image, SourceSpan around)
        {
        }

        public void Visit(Letterhead letterhead, SourceSpan around) => Lines(letterhead.Lines.Concat(letterhead.Details), At(letterhead, around));

        public void Visit(OrderHeader order, SourceSpan around) =>
            Lines([order.Authority, order.Title, order.Date, order.Number, order.Place ?? ""], At(order, around));

        public void Visit(ApprovalStamp stamp, SourceSpan around) => Lines(stamp.Lines, At(stamp, around));

        public void Visit(AppendixMark mark, SourceSpan around) => Lines(mark.Lines, At(mark, around));

        public void Visit(Addressee addressee, SourceSpan around) => Lines(addressee.Lines, At(addressee, around));

        public void Visit(Signature signature, SourceSpan around) => Lines(signature.PositionLines.Append(signature.Name), At(signature, around));

        public void Visit(Executor executor, SourceSpan around) => Lines(executor.Lines, At(executor, around));

        private static SourceSpan At(Block block, SourceSpan around) => block.Span.Line > 0 ? block.Span : around;

        private void Lines(IEnumerable<string> lines, SourceSpan at) => Check(string.Join("\n", lines), false, false, at);

        private void Inlines(IReadOnlyList<Inline> content, bool bold, SourceSpan at)
        {
            foreach (var run in content.OfType<Run>())
            {
                Check(run.Text, bold || run.Bold, run.Italic, at);
            }
        }

        private void Check(string text, bool bold, bool italic, SourceSpan at) => MissingGlyphs.Check(text, bold, italic, at, fonts, Found, seen);
    }

    private static void Check(string text, bool bold, bool italic, SourceSpan at, FontSet fonts, List<(SourceSpan, int, string?)> found, HashSet<(SourceSpan, int)> seen)
    {
        var face = fonts.Typeface(bold, italic);
        foreach (var rune in text.EnumerateRunes())
        {
            // The no-break hyphen (U+2011) is drawn as «-» (InlineFlattener): no fallback needed.
            if (rune.Value == 0x2011 || Rune.IsControl(rune) || Rune.IsWhiteSpace(rune) || Rune.GetUnicodeCategory(rune) == System.Globalization.UnicodeCategory.Format || face.ContainsGlyph(rune.Value) || !seen.Add((at, rune.Value)))
            {
                continue;
            }

            found.Add((at, rune.Value, fonts.Fallback(rune.Value)?.FamilyName));
        }
    }
}
