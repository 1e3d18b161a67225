using System.Reflection;
using KazReports.Documents;
using KazReports.Rendering;
using KazReports.Rendering.Docx;
using KazReports.Rendering.Html;
using KazReports.Rendering.Pdf;
using KazReports.Tests.Rendering.Docx;
using Document = KazReports.Documents.Document;
using ModelParagraph = KazReports.Documents.Paragraph;

namespace KazReports.Tests.Rendering;

/// <summary>
/// Every block record of the model (found by reflection, so a new one cannot be forgotten here)
/// renders in every format: each format draws something for it, without an error.
/// </summary>
public sealed class EveryBlockTests
{
    private static readonly IDocumentRenderer[] Renderers = [new DocxRenderer(), new PdfRenderer(), new HtmlRenderer()];

    private static readonly ModelParagraph Before = DocxSamples.P("Текст до блока.");
    private static readonly ModelParagraph After = DocxSamples.P("Текст после блока.");

    /// <summary>Every concrete record deriving from <see cref="Block"/> in the engine.</summary>
    private static IEnumerable<Type> BlockTypes() =>
        typeof(Block).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(Block)) && !t.IsAbstract).OrderBy(t => t.Name, StringComparer.Ordinal);

    private static IEnumerable<Block> Samples()
    {
        foreach (var (_, block) in DocxSamples.EveryBlock()) yield return block;
        yield return new TableOfContents("Содержание", 2, DocxSamples.At) { Entries = [new ContentsEntry(1, "Заголовок")] };
    }

    private static Block SampleOf(string type) => Samples().Single(b => b.GetType().Name == type);

    public static TheoryData<string, string> BlocksAndFormats()
    {
        var data = new TheoryData<string, string>();
        foreach (var type in BlockTypes())
            foreach (var renderer in Renderers) data.Add(type.Name, renderer.Format);
        return data;
    }

    [Fact]
    public void Every_block_record_has_a_sample_here()
    {
        var types = BlockTypes().ToArray();
        Assert.True(types.Length >= 15, "the block records were found");
        Assert.Equal(types.Select(t => t.Name), Samples().Select(b => b.GetType()).Distinct().Select(t => t.Name).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(BlocksAndFormats))]
    public void Every_block_renders_in_every_format(string type, string format)
    {
        var renderer = Renderers.Single(r => r.Format == format);
        var block = SampleOf(type);
        var with = Render(renderer, DocxSamples.Of(Before, block, After));
        var without = Render(renderer, DocxSamples.Of(Before, After));
        Assert.NotEmpty(with);
        Assert.NotEqual(without, with);
    }

    [Fact]
    public void Every_block_has_its_snapshot_text_but_the_contents()
    {
        foreach (var block in Samples())
        {
            var text = DocumentText.Of(DocxSamples.Of(block));
            Assert.True(block is TableOfContents ? text.Length == 0 : text.Length > 0, block.GetType().Name);
        }
    }

    [Fact]
    public void A_second_contents_is_printed_in_the_pdf_without_pages()
    {
        var contents = (TableOfContents)SampleOf(nameof(TableOfContents));
        var one = Render(new PdfRenderer(), DocxSamples.Of(contents, DocxSamples.H(1, "Заголовок")));
        var two = Render(new PdfRenderer(), DocxSamples.Of(contents, contents with { Title = "Ещё раз" }, DocxSamples.H(1, "Заголовок")));
        Assert.NotEqual(one, two);
    }

    [Fact]
    public void Blocks_can_be_derived_only_inside_the_engine()
    {
        const BindingFlags Instance = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;
        var accept = typeof(Block).GetMethod("Accept", Instance);
        Assert.NotNull(accept);
        Assert.True(accept.IsAbstract && accept.IsAssembly, "Block.Accept is internal abstract: no assembly but the engine can implement it");
        foreach (var constructor in typeof(Block).GetConstructors(Instance))
        {
            var copy = constructor.GetParameters() is [{ ParameterType: var p }] && p == typeof(Block);
            Assert.True(copy || constructor.IsFamilyAndAssembly, $"Block{constructor}: private protected");
        }
    }

    private static byte[] Render(IDocumentRenderer renderer, Document document)
    {
        using var stream = new MemoryStream();
        renderer.Render(document, Theme.Default, stream);
        return stream.ToArray();
    }
}
