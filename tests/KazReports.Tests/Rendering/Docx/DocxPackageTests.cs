using System.IO.Compression;
using System.Xml.Linq;
using KazReports.Documents;
using KazReports.Rendering.Docx;
using Xunit;
using ModelParagraph = KazReports.Documents.Paragraph;
using ModelRun = KazReports.Documents.Run;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace KazReports.Tests.Rendering.Docx;

/// <summary>
/// The package written by hand (PackageWriter): relationships and content types that fit the parts,
/// images named by type, text runs with control characters, the same bytes on any stream and thread.
/// </summary>
public class DocxPackageTests
{
    private static readonly XNamespace RelationshipsNs = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static readonly XNamespace ContentTypesNs = "http://schemas.openxmlformats.org/package/2006/content-types";

    /// <summary>A JPEG's first bytes are enough for the renderer to tell it from a PNG.</summary>
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0xFF, 0xD9];

    [Fact]
    public void Every_relationship_points_to_a_part_and_every_part_has_a_content_type()
    {
        using var zip = new ZipArchive(new MemoryStream(DocxProbe.Render(KazReports.Tests.Rendering.Charts.ChartSamples.EveryKind())), ZipArchiveMode.Read);
        var names = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Equal("word/document.xml", names[0]);
        Assert.Equal("[Content_Types].xml", names[^1]);
        Assert.Equal(names.Count, names.Distinct().Count());

        var types = Load(zip, "[Content_Types].xml").Root!;
        var defaults = types.Elements(ContentTypesNs + "Default").ToDictionary(d => (string)d.Attribute("Extension")!, d => (string)d.Attribute("ContentType")!);
        var overrides = types.Elements(ContentTypesNs + "Override").ToDictionary(o => (string)o.Attribute("PartName")!, o => (string)o.Attribute("ContentType")!);
        foreach (var name in names.Where(n => n != "[Content_Types].xml"))
        {
            Assert.True(
                overrides.ContainsKey("/" + name) || defaults.ContainsKey(Path.GetExtension(name).TrimStart('.')),
                $"no content type for {name}");
        }

        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", ContentType("word/document.xml"));
        Assert.Equal("application/vnd.openxmlformats-officedocument.drawingml.chart+xml", ContentType("word/charts/chart4.xml"));
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ContentType("word/charts/embeddings/package4.xlsx"));

        foreach (var rels in names.Where(n => n.EndsWith(".rels", StringComparison.Ordinal)))
        {
            foreach (var relationship in Load(zip, rels).Root!.Elements(RelationshipsNs + "Relationship"))
            {
                var target = (string)relationship.Attribute("Target")!;
                Assert.StartsWith("/", target, StringComparison.Ordinal);
                Assert.Contains(target[1..], names);
            }
        }

        string ContentType(string name) => overrides.TryGetValue("/" + name, out var type) ? type : defaults[Path.GetExtension(name).TrimStart('.')];
    }

    [Fact]
    public void Png_and_jpeg_images_are_parts_of_their_own_type()
    {
        using var probe = DocxProbe.Of(
            new ImageBlock(DocxSamples.Png, 40, 30, "PNG", DocxSamples.At),
            new ImageBlock(Jpeg, 40, 30, "JPEG", DocxSamples.At),
            new ImageBlock(DocxSamples.Png, 40, 30, "PNG 2", DocxSamples.At));
        probe.AssertValid();
        var parts = new[] { "rIdImage1", "rIdImage2", "rIdImage3" }.Select(id => probe.Main.GetPartById(id)).ToList();
        Assert.Equal(["/media/image.png", "/media/image.jpg", "/media/image2.png"], parts.Select(p => p.Uri.OriginalString));
        Assert.Equal(["image/png", "image/jpeg", "image/png"], parts.Select(p => p.ContentType));
        using var data = parts[1].GetStream();
        using var copy = new MemoryStream();
        data.CopyTo(copy);
        Assert.Equal(Jpeg, copy.ToArray());
    }

    [Fact]
    public void Tabs_and_line_feeds_in_text_become_tab_and_break_other_control_characters_are_dropped()
    {
        var paragraph = new ModelParagraph([new ModelRun("a\tb\nc\rd\u0001e\u0085f", RunStyle.Bold)], DocxSamples.At);
        using var probe = DocxProbe.Of(paragraph);
        probe.AssertValid();
        var run = Assert.Single(probe.Body.Descendants<W.Run>());
        Assert.NotNull(run.RunProperties?.Bold);
        Assert.Equal(
            ["t:a", "tab", "t:b", "br", "t:cdef"],
            run.ChildElements.Where(e => e is not W.RunProperties).Select(e => e is W.Text t ? "t:" + t.Text : e.LocalName));
    }

    [Fact]
    public void A_stream_that_cannot_seek_gets_the_same_bytes()
    {
        var document = DocxSamples.Everything();
        var expected = DocxProbe.Render(document);
        using var target = new MemoryStream();
        using (var forwardOnly = new ForwardOnlyStream(target))
        {
            new DocxRenderer().Render(document, Theme.Default, forwardOnly);
        }

        Assert.Equal(expected, target.ToArray());
    }

    [Fact]
    public void Renders_on_parallel_threads_give_the_same_bytes()
    {
        var document = DocxSamples.Everything();
        var expected = DocxProbe.Render(document);
        var results = new byte[16][];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => results[i] = DocxProbe.Render(i % 2 == 0 ? document : DocxSamples.Letter()));
        var letter = DocxProbe.Render(DocxSamples.Letter());
        for (var i = 0; i < results.Length; i++)
        {
            Assert.Equal(i % 2 == 0 ? expected : letter, results[i]);
        }
    }

    private static XDocument Load(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        return XDocument.Load(stream);
    }

    /// <summary>A write-only stream without seeking or length, like a pipe or a network stream.</summary>
    private sealed class ForwardOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush() => inner.Flush();

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
