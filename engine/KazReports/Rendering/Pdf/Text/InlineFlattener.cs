using System.Text;
using KazReports.Documents;

namespace KazReports.Rendering.Pdf.Text;

/// <summary>
/// Inline content to pieces: text split at spaces, at line breaks, after hyphens and dashes inside
/// compounds («2024–2027», «ВПР-5»), at zero-width spaces. No-break spaces (U+00A0) and no-break
/// hyphens (U+2011, drawn as «-») stay inside words, so «Л.А.&#xA0;Федюненко» and «№&#xA0;18» never break.
/// Soft hyphens are dropped.
/// </summary>
internal sealed class InlineFlattener(GlyphShaper shaper)
{
    private const string BreakingDashes = "-\u2010\u2012\u2013\u2014\u2015";

    // Pieces are gathered here, then copied to a list of the exact size (no list grown per paragraph).
    private readonly List<Piece> scratch = [];
    private (TextStyle Style, RunStyle Flags, TextStyle Result)? lastStyle;

    public List<Piece> Flatten(IEnumerable<Inline> content, TextStyle style, RunStyle extra = RunStyle.None)
    {
        scratch.Clear();
        if (content is IReadOnlyList<Inline> list)
        {
            for (var i = 0; i < list.Count; i++)
            {
                Add(list[i], style, extra);
            }
        }
        else
        {
            foreach (var inline in content)
            {
                Add(inline, style, extra);
            }
        }

        return Result();
    }

    /// <summary>Pieces of a plain string in one style ('\n' breaks the line).</summary>
    public List<Piece> Text(string text, TextStyle style)
    {
        scratch.Clear();
        AddText(scratch, text, style);
        return Result();
    }

    public static Piece Tab(TextStyle style) => new(PieceKind.Tab, style, null);

    private void Add(Inline inline, TextStyle style, RunStyle extra)
    {
        switch (inline)
        {
            case Run run:
                AddText(scratch, run.Text, With(style, run.Style | extra));
                break;
            case LineBreak:
                scratch.Add(new Piece(PieceKind.LineBreak, style, null));
                break;
            case PageNumberField:
                scratch.Add(shaper.Entry("00", With(style, extra)).PageNumber());
                break;
        }
    }

    /// <summary><see cref="TextStyle.With"/>, the last answer remembered (runs of a table's header cells all add bold to one style).</summary>
    private TextStyle With(TextStyle style, RunStyle flags)
    {
        if (flags == RunStyle.None)
        {
            return style;
        }

        if (lastStyle is { } last && ReferenceEquals(last.Style, style) && last.Flags == flags)
        {
            return last.Result;
        }

        var result = style.With(flags);
        lastStyle = (style, flags, result);
        return result;
    }

    private List<Piece> Result()
    {
        var pieces = new List<Piece>(scratch);
        scratch.Clear();
        return pieces;
    }

    private void AddText(List<Piece> pieces, string text, TextStyle style)
    {
        if (text.Contains('\u00AD', StringComparison.Ordinal))
        {
            AddTextWithSoftHyphens(pieces, text, style);
            return;
        }

        // Without soft hyphens a word is a stretch of the text: shaped from a span, no string made.
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            switch (ch)
            {
                case ' ' or '\t':
                    Flush(pieces, text.AsSpan(start, i - start), style, breakAfter: false);
                    pieces.Add(shaper.Entry(" ", style).Space());
                    start = i + 1;
                    break;
                case '\n' or '\r' or '\u2028':
                    // «\r\n» ends the word at the «\r» and breaks the line once, at the «\n».
                    Flush(pieces, text.AsSpan(start, i - start), style, breakAfter: false);
                    if (ch != '\r' || i + 1 >= text.Length || text[i + 1] != '\n')
                    {
                        pieces.Add(new Piece(PieceKind.LineBreak, style, null));
                    }

                    start = i + 1;
                    break;
                case '\u200B':
                    Flush(pieces, text.AsSpan(start, i - start), style, breakAfter: true);
                    start = i + 1;
                    break;
                default:
                    if (BreakingDashes.Contains(ch) && i - start > 0 && !char.IsWhiteSpace(text[i - 1])
                        && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))
                    {
                        Flush(pieces, text.AsSpan(start, i + 1 - start), style, breakAfter: true);
                        start = i + 1;
                    }

                    break;
            }
        }

        Flush(pieces, text.AsSpan(start), style, breakAfter: false);
    }

    /// <summary><see cref="AddText"/> for a text with soft hyphens: they are dropped from the words.</summary>
    private void AddTextWithSoftHyphens(List<Piece> pieces, string text, TextStyle style)
    {
        var word = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            switch (ch)
            {
                case ' ' or '\t':
                    Flush(pieces, word, style, breakAfter: false);
                    pieces.Add(shaper.Entry(" ", style).Space());
                    break;
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n':
                    break;
                case '\n' or '\r' or '\u2028':
                    Flush(pieces, word, style, breakAfter: false);
                    pieces.Add(new Piece(PieceKind.LineBreak, style, null));
                    break;
                case '\u200B':
                    Flush(pieces, word, style, breakAfter: true);
                    break;
                case '\u00AD':
                    break;
                default:
                    word.Append(ch);
                    if (BreakingDashes.Contains(ch) && word.Length > 1 && !char.IsWhiteSpace(text[i - 1])
                        && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))
                    {
                        Flush(pieces, word, style, breakAfter: true);
                    }

                    break;
            }
        }

        Flush(pieces, word, style, breakAfter: false);
    }

    private void Flush(List<Piece> pieces, StringBuilder word, TextStyle style, bool breakAfter)
    {
        Flush(pieces, word.ToString().AsSpan(), style, breakAfter);
        word.Clear();
    }

    private void Flush(List<Piece> pieces, ReadOnlySpan<char> word, TextStyle style, bool breakAfter)
    {
        // The no-break hyphen (U+2011, from the typograph) is drawn as a hyphen: few faces have its glyph.
        if (word.Contains('\u2011'))
        {
            word = word.ToString().Replace('\u2011', '-').AsSpan();
        }

        if (word.Length > 0)
        {
            pieces.Add(shaper.Entry(word, style).Word(breakAfter));
        }
        else if (breakAfter && pieces.Count > 0 && pieces[^1].Kind == PieceKind.Word)
        {
            pieces[^1] = pieces[^1] with { BreakAfter = true };
        }
    }
}
