namespace KazReports.Rendering.Pdf.Layout;

/// <summary>One thing drawn: a text line, a table cell, a rule, an image… Coordinates in points from the page's top left.</summary>
internal sealed record LayoutRecord(int Page, string Kind, string Text, float X, float Y, float Width, float Height)
{
    public const string Line = "line";
    public const string Cell = "cell";
    public const string Marker = "marker";
    public const string PageNumber = "page-number";
    public const string Image = "image";
    public const string Chart = "chart";

    /// <summary>
    /// The word spacing of a text line, recorded after its line: Width is the widest space as drawn
    /// (stretched in a justified line), Height the font size of that space; Text lists «justified»,
    /// «hyphen» (the line ends in an added hyphen), «cut» (in a word cut without a hyphen).
    /// </summary>
    public const string Spacing = "spacing";

    public float Bottom => Y + Height;
}

/// <summary>A page as laid out: its number (from 1, across sections), size in points and section index (<see cref="BlankSection"/> for a blank back page of a combined PDF).</summary>
internal sealed record PageRecord(int Number, float Width, float Height, int Section)
{
    public const int BlankSection = -1;
}

/// <summary>A heading in the document outline: level 1–3 (0: a document's title in a combined PDF), its text, the named destination on its page.</summary>
internal sealed record OutlineEntry(int Level, string Title, string Destination, int Page, float Y);

/// <summary>
/// What the layout pass recorded: pages, outline entries and, when <see cref="KeepsRecords"/>, the
/// drawn things (for tests and diagnostics; a plain render does not make them).
/// </summary>
internal sealed class LayoutReport(bool keepsRecords = true)
{
    private readonly List<PageRecord> pages = [];
    private readonly List<LayoutRecord> records = [];
    private readonly List<OutlineEntry> outline = [];

    /// <summary>Whether drawn things (<see cref="Records"/>) are recorded; pages and the outline always are.</summary>
    public bool KeepsRecords => keepsRecords;

    public IReadOnlyList<PageRecord> Pages => pages;

    public IReadOnlyList<LayoutRecord> Records => records;

    public IReadOnlyList<OutlineEntry> Outline => outline;

    public int PageCount => pages.Count;

    public void AddPage(PageRecord page) => pages.Add(page);

    public void Add(LayoutRecord record) => records.Add(record);

    public string AddOutline(int level, string title, int page, float y)
    {
        var name = "kaz-h" + (outline.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        outline.Add(new OutlineEntry(level, title, name, page, y));
        return name;
    }

    /// <summary>Text lines drawn, in drawing order, optionally on one page.</summary>
    public IEnumerable<LayoutRecord> Lines(int? page = null) =>
        records.Where(r => r.Kind == LayoutRecord.Line && (page is null || r.Page == page));

    /// <summary>The first text line containing <paramref name="text"/> (NBSP compared as a space).</summary>
    public LayoutRecord? FindLine(string text) =>
        Lines().FirstOrDefault(r => Normalise(r.Text).Contains(Normalise(text), StringComparison.Ordinal));

    private static string Normalise(string text) => text.Replace('\u00A0', ' ');
}
