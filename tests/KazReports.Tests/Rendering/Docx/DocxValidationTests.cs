using KazReports.Documents;
using Xunit;

namespace KazReports.Tests.Rendering.Docx;

/// <summary>Every generated package passes OpenXmlValidator with zero errors.</summary>
public class DocxValidationTests
{
    public static TheoryData<string> BlockNames() => [.. DocxSamples.EveryBlock().Select(b => b.Name)];

    [Theory]
    [MemberData(nameof(BlockNames))]
    public void Each_block_type_alone_validates(string name)
    {
        var block = DocxSamples.EveryBlock().Single(b => b.Name == name).Block;
        using var probe = DocxProbe.Of(block);
        probe.AssertValid();
        Assert.NotEmpty(probe.Paragraphs);
    }

    [Fact]
    public void Every_block_in_two_sections_validates()
    {
        using var probe = DocxProbe.Of(DocxSamples.Everything());
        probe.AssertValid();
    }

    public static TheoryData<string> SampleNames() => ["sample", "letter", "everything", "charts"];

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void The_sample_documents_validate_and_can_be_written_for_a_look(string name)
    {
        var document = name switch
        {
            "sample" => DocxSamples.Sample(),
            "letter" => DocxSamples.Letter(),
            "charts" => KazReports.Tests.Rendering.Charts.ChartSamples.EveryKind(),
            _ => DocxSamples.Everything(),
        };
        var bytes = DocxProbe.Render(document);
        using (var probe = DocxProbe.Of(document))
        {
            probe.AssertValid();
        }

        // KAZ_DOCX_SAMPLE_DIR=/tmp/docx-sample writes <name>.docx to look at in LibreOffice.
        var dir = Environment.GetEnvironmentVariable("KAZ_DOCX_SAMPLE_DIR");
        if (!string.IsNullOrEmpty(dir))
        {
            Directory.CreateDirectory(dir);
            File.WriteAllBytes(Path.Combine(dir, name + ".docx"), bytes);
        }
    }

    [Fact]
    public void An_empty_document_and_an_empty_section_validate()
    {
        using (var probe = DocxProbe.Of(new Document(DocxSamples.Info, [])))
        {
            probe.AssertValid();
        }

        using (var probe = DocxProbe.Of(new Document(DocxSamples.Info, [new Section(DocxSamples.Portrait(), [], DocxSamples.At)])))
        {
            probe.AssertValid();
        }
    }
}
