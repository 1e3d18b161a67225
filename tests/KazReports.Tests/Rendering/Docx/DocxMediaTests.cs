using DocumentFormat.OpenXml.Packaging;
using KazReports.Documents;
using Xunit;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace KazReports.Tests.Rendering.Docx;

/// <summary>Pictures as inline drawings with their image parts; charts as inline chart drawings (details in Rendering/Charts).</summary>
public class DocxMediaTests
{
    [Fact]
    public void Images_are_inline_drawings_with_sizes_in_EMU_sequential_ids_and_alt_text()
    {
        using var probe = DocxProbe.Of(
            new ImageBlock(DocxSamples.Png, 40, 30, "Схема района", DocxSamples.At),
            DocxSamples.P("между"),
            new ImageBlock(DocxSamples.Png, 340, 170, "Широкая схема", DocxSamples.At));
        probe.AssertValid();
        var inlines = probe.Body.Descendants<DW.Inline>().ToList();
        Assert.Equal(2, inlines.Count);
        Assert.Equal((1440000L, 1080000L), (inlines[0].Extent!.Cx!.Value, inlines[0].Extent!.Cy!.Value));
        Assert.Equal([1u, 2u], inlines.Select(i => i.DocProperties!.Id!.Value));
        Assert.Equal(["Схема района", "Широкая схема"], inlines.Select(i => i.DocProperties!.Description!.Value!));

        // Wider than the 170 mm of text: shrunk to it, keeping the proportions.
        Assert.InRange(inlines[1].Extent!.Cx!.Value, (170L * 36000) - 1000, (170L * 36000) + 1000);
        Assert.InRange(inlines[1].Extent!.Cy!.Value * 2, inlines[1].Extent!.Cx!.Value - 2, inlines[1].Extent!.Cx!.Value + 2);

        var embeds = probe.Body.Descendants<A.Blip>().Select(b => b.Embed!.Value!).ToList();
        Assert.Equal(["rIdImage1", "rIdImage2"], embeds);
        Assert.All(embeds, id => Assert.Equal("image/png", Assert.IsType<ImagePart>(probe.Main.GetPartById(id)).ContentType));
    }

    [Fact]
    public void A_chart_is_a_native_chart_drawing_and_its_caption()
    {
        var chart = DocxSamples.EveryBlock().Single(b => b.Name == "chart").Block;
        using var probe = DocxProbe.Of(chart);
        probe.AssertValid();
        var paragraphs = probe.Paragraphs;
        Assert.Equal(["", "Рисунок 1 — Доля «2»"], paragraphs.Select(p => p.InnerText));
        var reference = Assert.Single(paragraphs[0].Descendants<C.ChartReference>());
        Assert.IsType<ChartPart>(probe.Main.GetPartById(reference.Id!.Value!));
        Assert.StartsWith("Доля «2» по годам.", paragraphs[0].Descendants<DW.DocProperties>().Single().Description!.Value!, StringComparison.Ordinal);
        Assert.NotNull(paragraphs[0].ParagraphProperties?.KeepNext);
        Assert.Equal("Caption", paragraphs[1].ParagraphProperties?.ParagraphStyleId?.Val?.Value);
    }
}
