using KazReports.Documents;
using KazReports.Rendering.Pdf.Text;
using SkiaSharp;

namespace KazReports.Rendering.Pdf.Blocks;

/// <summary>
/// Where blocks are laid out: the width, whether inside a table cell, run styles added to every run
/// (bold table headers), the alignment a cell imposes, and the left indent of list item content.
/// </summary>
internal sealed record BlockFrame(float Width, bool InTable = false, RunStyle Extra = RunStyle.None, Alignment? Alignment = null, float Indent = 0);

/// <summary>The state of one render shared by the builders: theme, text shaping, chart painting, images to dispose.</summary>
internal sealed class PdfContext(Theme theme, GlyphShaper shaper) : IDisposable
{
    private readonly List<IDisposable> owned = [];

    public Theme Theme { get; } = theme;

    public GlyphShaper Shaper { get; } = shaper;

    public InlineFlattener Flattener { get; } = new(shaper);

    public ParagraphStyles Styles { get; } = new(theme);

    /// <summary>How body and table paragraphs break into lines (theme <c>typography:</c>).</summary>
    public BreakSettings Breaking { get; } = BreakSettings.From(theme.Typography);

    /// <summary>Draws charts: as vectors with the charts module, unless a test supplies another painter.</summary>
    public IChartPainter Charts { get; set; } = new VectorChartPainter();

    /// <summary>The content height of the current section's pages, in points.</summary>
    public float PageHeight { get; set; }

    public SKImage Own(SKImage image)
    {
        owned.Add(image);
        return image;
    }

    public void Dispose()
    {
        foreach (var item in owned)
        {
            item.Dispose();
        }

        owned.Clear();
        (Charts as IDisposable)?.Dispose();
    }
}
