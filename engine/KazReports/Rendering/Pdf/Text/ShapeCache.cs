using System.Runtime.CompilerServices;
using KazReports.Rendering.Fonts;

namespace KazReports.Rendering.Pdf.Text;

/// <summary>
/// Shaped texts shared by all renders of the process: the same words, numbers, headings and table
/// cells recur in every letter. Keyed by font set, kerning, style and text (looked up by a span of
/// characters, so a hit allocates nothing). The entries hold only immutable, process-wide objects
/// (<see cref="SharedFonts"/>). The memo is <see cref="RenderCaches.ShapedTexts"/> (bounded, thread-safe).
/// The cache changes nothing but time: a text shaped anew gives the same result.
/// </summary>
internal static class ShapeCache
{
    public static ShapeEntry? Find(FontSet fonts, bool kerning, TextStyle style, ReadOnlySpan<char> text) =>
        RenderCaches.ShapedTexts.TryGet(new SpanKey(fonts, kerning, style, text), out var entry) ? entry : null;

    /// <summary>Adds an entry (keyed by its shaped text's text and style); the entry already there for the key wins.</summary>
    public static ShapeEntry Add(FontSet fonts, bool kerning, ShapeEntry entry) =>
        RenderCaches.ShapedTexts.Add(new Key(fonts, kerning, entry.Shaped.Style, entry.Shaped.Text), entry);

    /// <summary>Entries held now, in both generations (tests).</summary>
    internal static int Count => RenderCaches.ShapedTexts.Count;

    internal readonly record struct Key(FontSet Fonts, bool Kerning, TextStyle Style, string Text);

    internal readonly ref struct SpanKey(FontSet fonts, bool kerning, TextStyle style, ReadOnlySpan<char> text)
    {
        public FontSet Fonts { get; } = fonts;

        public bool Kerning { get; } = kerning;

        public TextStyle Style { get; } = style;

        public ReadOnlySpan<char> Text { get; } = text;
    }

    internal sealed class KeyComparer : IEqualityComparer<Key>, IAlternateEqualityComparer<SpanKey, Key>
    {
        public static readonly KeyComparer Instance = new();

        public bool Equals(Key x, Key y) =>
            ReferenceEquals(x.Fonts, y.Fonts) && x.Kerning == y.Kerning && string.Equals(x.Text, y.Text, StringComparison.Ordinal) && x.Style.Equals(y.Style);

        public int GetHashCode(Key key) => Hash(key.Fonts, key.Kerning, key.Style, key.Text);

        public bool Equals(SpanKey alternate, Key other) =>
            ReferenceEquals(alternate.Fonts, other.Fonts) && alternate.Kerning == other.Kerning
            && alternate.Text.SequenceEqual(other.Text) && alternate.Style.Equals(other.Style);

        public int GetHashCode(SpanKey alternate) => Hash(alternate.Fonts, alternate.Kerning, alternate.Style, alternate.Text);

        public Key Create(SpanKey alternate) => new(alternate.Fonts, alternate.Kerning, alternate.Style, alternate.Text.ToString());

        private static int Hash(FontSet fonts, bool kerning, TextStyle style, ReadOnlySpan<char> text) =>
            HashCode.Combine(RuntimeHelpers.GetHashCode(fonts), kerning, style.GetHashCode(), string.GetHashCode(text));
    }
}

/// <summary>
/// A shaped text and the pieces made of it (a word, a word with a break after it, a space, a page
/// number): immutable, so made once and shared by every paragraph and render that uses the text.
/// </summary>
internal sealed class ShapeEntry(ShapedText shaped)
{
    private Piece? word;
    private Piece? wordBreak;
    private Piece? space;
    private Piece? pageNumber;

    public ShapedText Shaped => shaped;

    /// <summary>The text as a word, with or without a break allowed after it.</summary>
    public Piece Word(bool breakAfter) => breakAfter
        ? wordBreak ??= new Piece(PieceKind.Word, shaped.Style, shaped, BreakAfter: true)
        : word ??= new Piece(PieceKind.Word, shaped.Style, shaped);

    /// <summary>The text as a breaking space.</summary>
    public Piece Space() => space ??= new Piece(PieceKind.Space, shaped.Style, shaped);

    /// <summary>The text as the page number's stand-in (measured, replaced when drawn).</summary>
    public Piece PageNumber() => pageNumber ??= new Piece(PieceKind.PageNumber, shaped.Style, shaped);
}
