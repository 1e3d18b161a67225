using CsCheck;
using KazReports.Diagnostics;
using KazReports.Documents;
using KazReports.Rendering;
using KazReports.Rendering.Pdf;
using KazReports.Rendering.Pdf.Layout;

namespace KazReports.Tests.Reliability;

/// <summary>
/// The PDF layout engine on random documents: random words (with non-breaking spaces), alignments,
/// indents, and tables of random widths, column spans and cell texts. It never throws, loses no word,
/// and draws nothing outside the page's text area.
/// </summary>
public sealed class LayoutPropertyTests
{
    private static readonly Gen<string> Word =
        Gen.String[Gen.Char["абвгдеёжзийклмнопрстуфхцчшщыэюяАБВ0123456789«»—-"], 1, 12];

    private static readonly Gen<string> Words =
        Word.Array[1, 40].Select(ws => string.Join(" ", ws.Select((w, i) => i % 7 == 3 ? w + "\u00A0" + w : w)));

    private static readonly Gen<Block> ParagraphGen =
        Gen.Select(Words, Gen.Enum<Alignment>(), Gen.Bool).Select(t =>
            (Block)new Paragraph([new Run(t.Item1, t.Item3 ? RunStyle.Bold : RunStyle.None)], SourceSpan.None, "Normal", t.Item2));

    private static readonly Gen<Block> TableGen =
        Gen.Int[1, 6].SelectMany(cols =>
            Gen.Select(Gen.Double[0.5, 5].Array[cols], Words.Array[cols].Array[1, 12], Gen.Bool).Select(t =>
            {
                var rows = t.Item2.Select((cells, r) =>
                {
                    // The first row of a wide table spans its first two columns, so spans are exercised.
                    if (r == 0 && cols > 2 && t.Item3)
                        return new TableRow([Cell(cells[0], 2), .. cells.Skip(2).Select(c => Cell(c, 1))], RowKind.Header);
                    return new TableRow(cells.Select(c => Cell(c, 1)).ToArray(), RowKind.Body, CantSplit: r % 3 == 0);
                }).ToArray();
                return (Block)new Table(t.Item1.Select(w => new TableColumn(w)).ToArray(), rows, SourceSpan.None);
            }));

    private static TableCell Cell(string text, int span) =>
        new([new Paragraph([new Run(text)], SourceSpan.None, "TableText")], ColSpan: span);

    private static readonly Gen<Document> DocumentGen =
        Gen.Frequency((3, ParagraphGen), (1, TableGen)).Array[1, 12].Select(blocks =>
            new Document(new DocumentInfo("Проверка", "KazReports", null, new DateOnly(2024, 1, 1)),
                [new Section(new PageSetup(Orientation.Portrait, Theme.Default.Margins, Theme.Default.PageNumbers), blocks, SourceSpan.None)]));

    private static Dictionary<char, int> Count(string text) =>
        text.Where(c => !char.IsWhiteSpace(c)).GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count());

    [Fact]
    public void Random_documents_lay_out_without_loss_and_inside_the_text_area()
    {
        const int Iter = 150;
        var renderer = new PdfRenderer();
        var mm = 72f / 25.4f;
        var margins = Theme.Default.Margins;
        DocumentGen.Sample(doc =>
        {
            LayoutReport report;
            try
            {
                report = renderer.RenderDetailed(doc, Theme.Default).Report;
            }
            catch (LayoutException e)
            {
                // The designed failure (a header taller than a page…): a Russian message, never a crash.
                Assert.Contains("PDF:", e.Message);
                return;
            }
            Assert.True(report.PageCount >= 1);
            // No text lost: every character of the input is drawn at least as often (lines may break
            // inside words and rows may split across pages, so compare characters, not words).
            var drawn = string.Concat(report.Records.Where(r => r.Kind is LayoutRecord.Line).Select(r => r.Text));
            var have = Count(drawn);
            foreach (var (c, n) in Count(DocumentText.Of(doc).Replace(" | ", "").Replace(" / ", "")))
                Assert.True(have.GetValueOrDefault(c) >= n, $"«{c}» drawn {have.GetValueOrDefault(c)} times of {n}");
            foreach (var r in report.Records.Where(r => r.Kind is not LayoutRecord.PageNumber))
            {
                var page = report.Pages[r.Page - 1];
                Assert.True(r.X >= margins.Left * mm - 0.5f, $"{r.Kind} «{r.Text}» starts left of the text area at x={r.X}");
                Assert.True(r.X + r.Width <= page.Width - margins.Right * mm + 0.5f, $"{r.Kind} «{r.Text}» ends right of the text area at {r.X + r.Width}");
                Assert.True(r.Y >= margins.Top * mm - 0.5f, $"{r.Kind} «{r.Text}» above the text area at y={r.Y}");
                Assert.True(r.Bottom <= page.Height - margins.Bottom * mm + 0.5f, $"{r.Kind} «{r.Text}» below the text area at {r.Bottom}");
            }
        }, iter: Iter);
    }
}
