using KazReports.Data.Loading;
using KazReports.Data.Model;
using KazReports.Diagnostics;
using KazReports.Synthetic;
using KazReports.Parsing;

namespace KazReports.Tests.Foundation;

/// <summary>
/// The quick readers of big files (schools.yaml event by event, text decoded as it is read) give
/// what the full readers give, and step aside whenever the full reader would have something to say.
/// </summary>
public sealed class StreamingReaderTests
{
    private static IReadOnlyList<School> Full(string path, string display)
    {
        var bag = new DiagnosticBag();
        var root = YamlFile.Open(path, display, bag);
        Assert.NotNull(root);
        var schools = SchoolsReader.Read(root);
        Assert.Empty(bag.Items);
        return schools;
    }

    [Fact]
    public void Quick_schools_reader_gives_the_records_of_the_full_reader_for_shipped_and_generated_data()
    {
        var shipped = Path.Combine(Repo.DataDir, "schools.yaml");
        Assert.Equal(Full(shipped, "data/schools.yaml"), SchoolsStreamReader.TryRead(shipped, "data/schools.yaml"));
        using var t = new TempData(copyShipped: false);
        RegionGenerator.Write(t.Dir, Repo.DataDir, 60, 3);
        var generated = t.PathOf("schools.yaml");
        Assert.Equal(Full(generated, "g/schools.yaml"), SchoolsStreamReader.TryRead(generated, "g/schools.yaml"));
    }

    [Theory]
    [InlineData("schools:\n  - id: a\n    name: Школа\n    short_name: Школа\n    type: СОШ\n", true)]
    [InlineData("schools:\n  - id: a\n    name: Школа\n    short_name: Школа\n    type: СОШ\n    closed: \"\"\n", false)]
    [InlineData("schools:\n  - id: a\n    name: Школа\n    short_name: Школа\n    type: СОШ\n    colsed: 2020\n", false)]
    [InlineData("schools:\n  - id: A\n    name: Школа\n    short_name: Школа\n    type: СОШ\n", false)]
    [InlineData("schools:\n  - id: a\n    name: Школа\n    short_name: Школа\n    type: СШ\n", false)]
    [InlineData("schools:\n  - id: a\n    name: Школа\n    type: СОШ\n", false)]
    [InlineData("schools:\n  - &s\n    id: a\n    name: Школа\n    short_name: Школа\n    type: СОШ\n  - *s\n", false)]
    [InlineData("schools:\n  - id: a\n    name: Школа\n    short_name: Школа\n    type: СОШ\n---\nschools: []\n", false)]
    [InlineData("schools:\n  - id: a\n    name: Школа\n    short_name: [Школа]\n    type: СОШ\n", false)]
    [InlineData("schools:\n  - id: a\n    name: Школа\n    short_name: Школа\n    type: СОШ\nother: 1\n", false)]
    [InlineData("schools: [\n", false)]
    public void Quick_schools_reader_reads_only_plain_valid_files(string yaml, bool quick)
    {
        using var t = new TempData(copyShipped: false);
        t.Write("schools.yaml", yaml);
        var schools = SchoolsStreamReader.TryRead(t.PathOf("schools.yaml"), "schools.yaml");
        Assert.Equal(quick, schools is not null);
        if (schools is not null) Assert.Equal(Full(t.PathOf("schools.yaml"), "schools.yaml"), schools);
    }

    [Fact]
    public void Text_read_as_it_goes_is_the_text_and_diagnostics_of_the_whole_file_decoder()
    {
        var random = new Random(7);
        byte[][] pieces =
        [
            [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], "\n"u8.ToArray(), "год;школа"u8.ToArray(), "ab"u8.ToArray(), [0xC3], [0xA9], [0xE2, 0x82],
            [0xF0, 0x9F, 0x98, 0x80], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xE0], [0xEE], [0xF2], [0x96], [0xA8], [0x80], [0xFE], [0xFF],
            TextDecoder.Windows1251.GetBytes("Казачинская СОШ\n"),
        ];
        using var t = new TempData(copyShipped: false);
        for (var i = 0; i < 3000; i++)
        {
            var bytes = Enumerable.Range(0, random.Next(0, 12)).SelectMany(_ => pieces[random.Next(pieces.Length)]).ToArray();
            if (random.Next(4) == 0) bytes = [.. Enumerable.Repeat("строка;1\n"u8.ToArray(), 9000).SelectMany(b => b), .. bytes];
            t.WriteBytes("f.csv", bytes);
            var whole = new DiagnosticBag();
            var expected = TextDecoder.Decode(bytes, "f.csv", whole);
            var streamed = new DiagnosticBag();
            using (var reader = TextDecoder.OpenText(t.PathOf("f.csv"), "f.csv", streamed))
                Assert.Equal(expected, reader.ReadToEnd());
            Assert.Equal(whole.Items, streamed.Items);
        }
    }
}
