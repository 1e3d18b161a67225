using System.IO.Compression;
using System.Text.RegularExpressions;
using KazReports.Rendering.Docx;
using Xunit;
using Theme = KazReports.Documents.Theme;

namespace KazReports.Tests.Rendering.Docx;

/// <summary>The same document gives the same bytes: fixed zip times, no random ids, dates from the data.</summary>
public class DocxDeterminismTests
{
    [Fact]
    public void Two_renders_of_the_same_document_are_byte_identical()
    {
        var first = DocxProbe.Render(DocxSamples.Everything());
        var second = DocxProbe.Render(DocxSamples.Everything());
        Assert.True(first.Length > 5000, $"suspiciously small package: {first.Length} bytes");
        Assert.Equal(first, second);
    }

    [Fact]
    public void Zip_entries_carry_the_fixed_timestamp()
    {
        using var zip = new ZipArchive(new MemoryStream(DocxProbe.Render(DocxSamples.Everything())), ZipArchiveMode.Read);
        Assert.Contains(zip.Entries, e => e.FullName == "word/document.xml");
        Assert.Contains(zip.Entries, e => e.FullName.EndsWith(".png", StringComparison.Ordinal));
        // 1980-01-01 00:00 unless the build sets SOURCE_DATE_EPOCH.
        var expected = DeterministicZip.Timestamp().DateTime;
        Assert.All(zip.Entries, e => Assert.Equal(expected, e.LastWriteTime.DateTime));
    }

    [Fact]
    public void SOURCE_DATE_EPOCH_sets_the_timestamp_in_UTC_rounded_to_two_seconds()
    {
        Assert.Equal(DeterministicZip.ZipEpoch, DeterministicZip.Timestamp(null));
        Assert.Equal(DeterministicZip.ZipEpoch, DeterministicZip.Timestamp("not a number"));
        Assert.Equal(DeterministicZip.ZipEpoch, DeterministicZip.Timestamp("12"));
        Assert.Equal(new DateTimeOffset(2023, 11, 14, 22, 13, 20, TimeSpan.Zero), DeterministicZip.Timestamp("1700000001"));
    }

    [Fact]
    public void Relationship_ids_are_named_not_random_and_there_are_no_rsids()
    {
        using var zip = new ZipArchive(new MemoryStream(DocxProbe.Render(DocxSamples.Everything())), ZipArchiveMode.Read);
        var ids = new List<string>();
        foreach (var entry in zip.Entries)
        {
            using var reader = new StreamReader(entry.Open());
            var text = reader.ReadToEnd();
            if (entry.FullName.EndsWith(".rels", StringComparison.Ordinal))
            {
                ids.AddRange(Regex.Matches(text, "Id=\"([^\"]+)\"").Select(m => m.Groups[1].Value));
            }

            Assert.DoesNotContain("w:rsid", text, StringComparison.Ordinal);
        }

        Assert.Contains("rIdDocument", ids);
        Assert.Contains("rIdStyles", ids);
        Assert.All(ids, id => Assert.Matches("^rId[A-Z][A-Za-z0-9]*$", id));
    }

    [Fact]
    public void Core_properties_come_from_the_document_info()
    {
        using var probe = DocxProbe.Of(DocxSamples.Everything());
        var properties = probe.Package.PackageProperties;
        Assert.Equal("Анализ результатов ВПР", properties.Title);
        Assert.Equal("Отдел общего образования", properties.Creator);
        Assert.Equal("Отдел общего образования", properties.LastModifiedBy);
        Assert.Equal("ВПР-2023", properties.Subject);
        Assert.Equal("ВПР; ШНОР", properties.Keywords);
        Assert.Equal(new DateTime(2024, 2, 5, 0, 0, 0, DateTimeKind.Utc), properties.Created?.ToUniversalTime());
        Assert.Equal(new DateTime(2024, 2, 5, 0, 0, 0, DateTimeKind.Utc), properties.Modified?.ToUniversalTime());
        Assert.Null(probe.Package.ExtendedFilePropertiesPart);
    }

    [Fact]
    public void The_renderer_writes_docx_to_any_stream()
    {
        var renderer = new DocxRenderer();
        Assert.Equal("docx", renderer.Format);
        using var output = new MemoryStream();
        output.WriteByte(0xFF);
        renderer.Render(DocxSamples.Of(DocxSamples.P("текст")), Theme.Default, output);
        var bytes = output.ToArray();
        Assert.Equal(0xFF, bytes[0]);
        Assert.Equal((byte)'P', bytes[1]);
        Assert.Equal((byte)'K', bytes[2]);
    }
}
