using System.IO.Compression;
using System.Xml.Linq;
using KazReports.Documents;
using Snapshooter.Xunit;
using Xunit;
using Document = KazReports.Documents.Document;

namespace KazReports.Tests.Rendering.Docx;

/// <summary>
/// The package's XML parts, indented, as a snapshot: a change in the output shows as a readable diff
/// (update with the Snapshooter workflow: delete the .snap file and rerun, then review it).
/// </summary>
public class DocxSnapshotTests
{
    private static Dictionary<string, string[]> Parts(byte[] package)
    {
        using var zip = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        var parts = new Dictionary<string, string[]>();
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal) || e.FullName.EndsWith(".rels", StringComparison.Ordinal)))
        {
            using var stream = entry.Open();
            var xml = XDocument.Load(stream);
            parts[entry.FullName] = xml.ToString(SaveOptions.None).Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        }

        return parts;
    }

    [Fact]
    public void A_letter_with_a_list_and_a_spanned_table()
    {
        var letter = DocxSamples.Letter();
        var blocks = letter.Sections[0].Blocks.ToList();
        blocks.InsertRange(5, [DocxSamples.NestedList(), DocxSamples.SpannedTable()]);
        var document = new Document(letter.Info, [letter.Sections[0] with { Blocks = blocks }]);

        Snapshot.Match(Parts(DocxProbe.Render(document)));
    }
}
