using KazReports.Documents;
using KazReports.Rendering.Pdf.Blocks;
using KazReports.Rendering.Pdf.Layout;
using KazReports.Rendering.Pdf.Tables;
using KazReports.Rendering.Pdf.Text;

namespace KazReports.Tests.Rendering.Pdf;

/// <summary>Layer (a): what one element answers to «how much of you fits here?».</summary>
public sealed class MeasureTests : IDisposable
{
    private const float PageHeight = 700;
    private const float Width = 300;
    private readonly GlyphShaper shaper = PdfSamples.Shaper();

    public void Dispose() => shaper.Dispose();

    private float Line => shaper.Metrics(PdfSamples.Body).Single;

    [Fact]
    public void A_paragraph_that_fits_is_full_one_that_fits_in_part_is_partial()
    {
        var block = Paragraph();
        var lines = block.LinesFor(Width).Count;
        Assert.True(lines >= 5);

        var full = block.Measure(new Size(Width, 500));
        Assert.Equal(SpaceKind.FullRender, full.Kind);
        Assert.Equal(lines * Line, full.Height, 2);

        var partial = block.Measure(new Size(Width, (3 * Line) + 1));
        Assert.Equal(SpaceKind.PartialRender, partial.Kind);
        Assert.Equal(3 * Line, partial.Height, 2);
    }

    [Fact]
    public void A_paragraph_wraps_rather_than_leave_its_first_line_alone_at_the_foot_of_a_page()
    {
        var block = Paragraph();
        var measured = block.Measure(new Size(Width, Line + 1));
        Assert.Equal(SpaceKind.Wrap, measured.Kind);
        Assert.Equal(PdfSamples.At, measured.Span);
        Assert.Contains("не помещается", measured.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_paragraph_leaves_at_least_two_lines_for_the_next_page()
    {
        var block = Paragraph();
        var lines = block.LinesFor(Width).Count;
        var measured = block.Measure(new Size(Width, ((lines - 1) * Line) + 1));
        Assert.Equal(SpaceKind.PartialRender, measured.Kind);
        Assert.Equal((lines - 2) * Line, measured.Height, 2);
    }

    [Fact]
    public void On_a_whole_page_a_paragraph_takes_what_fits_and_continues_from_its_cursor()
    {
        var block = Paragraph();
        var lines = block.LinesFor(Width).Count;
        var page = new Size(Width, (2 * Line) + 1);
        var block2 = new TextBlock(Pieces(), new ParagraphFormat(Alignment.Justify, PdfSamples.Body), page.Height, shaper, PdfSamples.At);
        Assert.Equal(SpaceKind.PartialRender, block2.Measure(page).Kind);
        TextLayoutTests.DrawBlock(block2, Width, page.Height);
        var rest = block2.Measure(new Size(Width, 500));
        Assert.Equal(SpaceKind.FullRender, rest.Kind);
        Assert.Equal((lines - 2) * Line, rest.Height, 2);
        TextLayoutTests.DrawBlock(block2, Width, 500);
        Assert.Equal(SpaceKind.Empty, block2.Measure(new Size(Width, 500)).Kind);
        block2.ResetState();
        Assert.Equal(SpaceKind.FullRender, block2.Measure(new Size(Width, 500)).Kind);
    }

    [Fact]
    public void A_heading_kept_together_wraps_unless_it_fits_whole()
    {
        var format = new ParagraphFormat(Alignment.Center, PdfSamples.Body, KeepTogether: true);
        var heading = new TextBlock(Pieces(), format, PageHeight, shaper, PdfSamples.At);
        Assert.Equal(SpaceKind.Wrap, heading.Measure(new Size(Width, 4 * Line)).Kind);
        Assert.Equal(SpaceKind.FullRender, heading.Measure(new Size(Width, 500)).Kind);
    }

    [Fact]
    public void A_column_moves_a_heading_to_the_next_page_with_the_paragraph_that_follows_it()
    {
        var first = new TextBlock(new InlineFlattener(shaper).Text("Первый абзац.", PdfSamples.Body), new ParagraphFormat(Alignment.Left, PdfSamples.Body), PageHeight, shaper, PdfSamples.At);
        var heading = new TextBlock(new InlineFlattener(shaper).Text("Заголовок", PdfSamples.Body), new ParagraphFormat(Alignment.Left, PdfSamples.Body, KeepTogether: true), PageHeight, shaper, PdfSamples.At);
        var column = new Column([new Slot(first), new Slot(heading, KeepWithNext: true), new Slot(Paragraph())], PdfSamples.At);

        var measured = column.Measure(new Size(Width, (3 * Line) + 1));
        Assert.Equal(SpaceKind.PartialRender, measured.Kind);
        Assert.Equal(Line, measured.Height, 2);

        var withoutKeep = new Column([new Slot(first), new Slot(heading), new Slot(Paragraph())], PdfSamples.At);
        Assert.Equal(2 * Line, withoutKeep.Measure(new Size(Width, (3 * Line) + 1)).Height, 2);
    }

    [Fact]
    public void A_table_wraps_when_not_even_its_header_and_first_row_fit()
    {
        var table = Table(PdfSamples.LongTable(5));
        var row = table.HeaderHeight;
        Assert.Equal(SpaceKind.Wrap, table.Measure(new Size(480, row * 1.5f)).Kind);
        Assert.Equal(SpaceKind.PartialRender, table.Measure(new Size(480, (row * 3) + 1)).Kind);
        var full = table.Measure(new Size(480, 600));
        Assert.Equal(SpaceKind.FullRender, full.Kind);
        Assert.Equal(6 * row, full.Height, 1);
    }

    private TextBlock Paragraph() =>
        new(Pieces(), new ParagraphFormat(Alignment.Justify, PdfSamples.Body), PageHeight, shaper, PdfSamples.At);

    private List<Piece> Pieces() => new InlineFlattener(shaper).Text(PdfSamples.Prose, PdfSamples.Body);

    private TableElement Table(Table table)
    {
        var context = new PdfContext(Theme.Default, shaper) { PageHeight = PageHeight };
        return Assert.IsType<TableElement>(new BlockRenderer(context).Flow([table], new BlockFrame(480), PdfSamples.At).Slots[0].Element);
    }
}
