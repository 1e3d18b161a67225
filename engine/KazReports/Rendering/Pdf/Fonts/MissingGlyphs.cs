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
        var fonts = FontSet.For(theme);
        var found = new List<(SourceSpan, int, string?)>();
        var seen = new HashSet<(SourceSpan, int)>();
        foreach (var section in document.Sections)
        {
            foreach (var block in section.Blocks)
            {
                Visit(block, block.Span, fonts, found, seen);
            }
        }

        return found;
    }

    private static void Visit(Block block, SourceSpan span, FontSet fonts, List<(SourceSpan, int, string?)> found, HashSet<(SourceSpan, int)> seen)
    {
        SourceSpan at = block.Span.Line > 0 ? block.Span : span;
        switch (block)
        {
            case Heading h:
                Inlines(h.Content, bold: true, at, fonts, found, seen);
                break;
            case Paragraph p:
                Inlines(p.Content, bold: false, at, fonts, found, seen);
                break;
            case ListBlock l:
                foreach (var b in l.Items.SelectMany(i => i.Blocks))
                {
                    Visit(b, at, fonts, found, seen);
                }

                break;
            case Table t:
                foreach (var cell in t.Rows.SelectMany(r => r.Cells))
                {
                    foreach (var b in cell.Blocks)
                    {
                        Visit(b, at, fonts, found, seen);
                    }
                }

                break;
            case ChartBlock c:
                Check(string.Concat(c.Spec.Categories.Concat(c.Spec.Series.Select(s => s.Name))) + c.Spec.Title + c.Spec.ValueAxisTitle + c.Spec.Caption,
                    false, false, at, fonts, found, seen);
                break;
            default:
                Check(string.Join("\n", Lines(block)), false, false, at, fonts, found, seen);
                break;
        }
    }

    private static IEnumerable<string> Lines(Block block) => block switch
    {
        Letterhead lh => lh.Lines.Concat(lh.Details),
        OrderHeader oh => [oh.Authority, oh.Title, oh.Date, oh.Number, oh.Place ?? ""],
        ApprovalStamp s => s.Lines,
        AppendixMark m => m.Lines,
        Addressee a => a.Lines,
        Signature sig => sig.PositionLines.Append(sig.Name),
        Executor e => e.Lines,
        _ => [],
    };

    private static void Inlines(IReadOnlyList<Inline> content, bool bold, SourceSpan at, FontSet fonts, List<(SourceSpan, int, string?)> found, HashSet<(SourceSpan, int)> seen)
    {
        foreach (var run in content.OfType<Run>())
        {
            Check(run.Text, bold || run.Bold, run.Italic, at, fonts, found, seen);
        }
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
