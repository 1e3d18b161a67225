using System.Text;
using KazReports.Data.Loading;
using KazReports.Data.Model;
using KazReports.Diagnostics;
using KazReports.Parsing;
using Xunit;

namespace KazReports.Tests.Foundation;

/// <summary>CSV as spreadsheets write it: separators, quotes, positions, broken files.</summary>
public class CsvTests
{
    private static (Table? Table, DiagnosticBag Bag) Read(string text)
    {
        var bag = new DiagnosticBag();
        return (CsvTableReader.Read(text, "t.csv", bag), bag);
    }

    private static string[] Texts(TableRow row) => row.Cells.Select(c => c.Text).ToArray();

    private static (int Line, int Column) At(TableCell c) => (c.Span.Line, c.Span.Column);

    [Fact]
    public void Semicolon_separated()
    {
        var (t, bag) = Read("year;share2;source\n2023;5,17;табл. 1\n2022;10;\n");
        Assert.Empty(bag.Items);
        Assert.NotNull(t);
        Assert.Equal(new[] { "year", "share2", "source" }, t.Header.Select(c => c.Text));
        Assert.Equal(2, t.Rows.Count);
        Assert.Equal(new[] { "2023", "5,17", "табл. 1" }, Texts(t.Rows[0]));
        Assert.Equal(new[] { "2022", "10", "" }, Texts(t.Rows[1]));
        Assert.Equal(2, t.Rows[0].Line);
        Assert.Equal(3, t.Rows[1].Line);
        Assert.Equal(new[] { (2, 1), (2, 6), (2, 11) }, t.Rows[0].Cells.Select(At));
        Assert.Equal(("t.csv", 3, 9), (t.Rows[1].Cells[2].Span.File, t.Rows[1].Cells[2].Span.Line, t.Rows[1].Cells[2].Span.Column));
    }

    [Fact]
    public void Comma_separated_with_quoted_decimal_commas()
    {
        var (t, bag) = Read("year,share2,share45,source\n2023,\"5,17\",40,\"табл. 1, табл. 2\"\n");
        Assert.Empty(bag.Items);
        Assert.Equal(',', CsvTableReader.DetectSeparator("year,share2,share45,source\n"));
        var row = Assert.Single(t!.Rows);
        Assert.Equal(new[] { "2023", "5,17", "40", "табл. 1, табл. 2" }, Texts(row));
        Assert.Equal(new[] { (2, 1), (2, 6), (2, 13), (2, 16) }, row.Cells.Select(At));
    }

    [Fact]
    public void Tab_separated()
    {
        var (t, bag) = Read("year\tshare2\tsource\n2023\t5,17\tа; б, в\n");
        Assert.Empty(bag.Items);
        var row = Assert.Single(t!.Rows);
        Assert.Equal(new[] { "2023", "5,17", "а; б, в" }, Texts(row));
        Assert.Equal(new[] { (2, 1), (2, 6), (2, 11) }, row.Cells.Select(At));
    }

    [Theory]
    [InlineData("a;b,c\n", ';')]
    [InlineData("a\tb,c\n", '\t')]
    [InlineData("a,b\tc;d\n", ';')]
    [InlineData("\"a;b\",c\n", ',')]
    [InlineData("abc\n1;2\n", ';')]
    public void Separator_is_taken_from_the_header(string text, char expected) =>
        Assert.Equal(expected, CsvTableReader.DetectSeparator(text));

    [Fact]
    public void Quoted_fields_with_doubled_quotes_and_line_breaks_keep_later_positions_right()
    {
        var text = "a;b;c\n" +
                   "1;\"say \"\"hi\"\"\";3\n" +
                   "2;\"line1\nline2\";x\n" +
                   "3;y;z\n";
        var (t, bag) = Read(text);
        Assert.Empty(bag.Items);
        Assert.Equal(3, t!.Rows.Count);
        Assert.Equal(new[] { "1", "say \"hi\"", "3" }, Texts(t.Rows[0]));
        Assert.Equal(new[] { (2, 1), (2, 3), (2, 16) }, t.Rows[0].Cells.Select(At));
        Assert.Equal(new[] { "2", "line1\nline2", "x" }, Texts(t.Rows[1]));
        Assert.Equal(3, t.Rows[1].Line);
        Assert.Equal(new[] { (3, 1), (3, 3), (4, 8) }, t.Rows[1].Cells.Select(At));
        Assert.Equal(new[] { "3", "y", "z" }, Texts(t.Rows[2]));
        Assert.Equal(5, t.Rows[2].Line);
        Assert.Equal(new[] { (5, 1), (5, 3), (5, 5) }, t.Rows[2].Cells.Select(At));
    }

    [Fact]
    public void Windows_line_ends_are_read_like_unix_ones()
    {
        var (t, bag) = Read("a;b\r\n1;2\r\n3;\"4\r\n5\"\r\n6;7");
        Assert.Empty(bag.Items);
        Assert.Equal(3, t!.Rows.Count);
        Assert.Equal(new[] { "1", "2" }, Texts(t.Rows[0]));
        Assert.Equal(new[] { "6", "7" }, Texts(t.Rows[2]));
        Assert.Equal(5, t.Rows[2].Line);
        Assert.DoesNotContain('\r', t.Header[1].Text);
        Assert.Equal("2", t.Rows[0].Cells[1].Text);
    }

    [Fact]
    public void Blank_lines_are_skipped_and_the_last_line_needs_no_break()
    {
        var (t, bag) = Read("\na;b\n\n1;2\n\n3;4");
        Assert.Empty(bag.Items);
        Assert.Equal(2, t!.Header[0].Span.Line);
        Assert.Equal(new[] { 4, 6 }, t.Rows.Select(r => r.Line));
        Assert.Equal(new[] { "3", "4" }, Texts(t.Rows[1]));
    }

    [Fact]
    public void Ragged_row_is_KR1024_with_its_line()
    {
        var (t, bag) = Read("a;b;c\n1;2;3\n4;5\n6;7;8;9\n10;11;12\n");
        var errors = bag.Items.Where(d => d.IsError).ToArray();
        Assert.Equal(2, errors.Length);
        Assert.All(errors, e => Assert.Equal(Codes.RaggedRow, e.Code));
        Assert.Equal(new[] { (3, 1), (4, 1) }, errors.Select(e => (e.Span.Line, e.Span.Column)));
        Assert.Equal("в строке 2 поля, а в заголовке 3 (разделитель «;»)", errors[0].Message);
        Assert.Equal("t.csv(3,1): ошибка KR1024: в строке 2 поля, а в заголовке 3 (разделитель «;»)", errors[0].ToString());
        // the good rows are still read
        Assert.Equal(new[] { 2, 5 }, t!.Rows.Select(r => r.Line));
    }

    [Fact]
    public void Unclosed_quote_is_KR1025_where_it_opens()
    {
        var (t, bag) = Read("a;b\n1;2\n3;\"abc\n4;5\n");
        Assert.Null(t);
        var d = Assert.Single(bag.Items);
        Assert.Equal(Codes.UnclosedQuote, d.Code);
        Assert.Equal(Severity.Error, d.Severity);
        Assert.Equal((3, 3), (d.Span.Line, d.Span.Column));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  \r\n")]
    [InlineData(";;;\n;;\n")]
    public void Empty_file_is_KR1008(string text)
    {
        var (t, bag) = Read(text);
        Assert.Null(t);
        var d = Assert.Single(bag.Items);
        Assert.Equal(Codes.EmptyFile, d.Code);
        Assert.Equal(("t.csv", 1, 1), (d.Span.File, d.Span.Line, d.Span.Column));
    }

    [Fact]
    public void Empty_results_file_in_a_data_folder_is_KR1008_and_exit_1()
    {
        using var t = new TempData();
        t.Write("results/empty.csv", "");
        var (_, bag) = t.Load();
        var d = DiagnosticAssert.At(bag, Codes.EmptyFile, t.Display("results/empty.csv"), 1, 1);
        DiagnosticAssert.CliReports(t, d);
    }

    [Fact]
    public void Ragged_row_in_a_data_folder_is_KR1024_and_exit_1()
    {
        using var t = new TempData();
        var rel = t.AddResults("2024;ВПР;5;rus;kazachinskaya;10;1;;;;;;", "2024;ВПР;5;math;kazachinskaya;10;1");
        var (data, bag) = t.Load();
        var d = DiagnosticAssert.At(bag, Codes.RaggedRow, t.Display(rel), 3, 1);
        Assert.Single(data!.Results, r => r.Year == 2024);
        DiagnosticAssert.CliReports(t, d);
    }

    [Fact]
    public void Unclosed_quote_in_a_data_folder_is_KR1025_and_exit_1()
    {
        using var t = new TempData();
        var rel = t.AddResults("2024;ВПР;5;rus;kazachinskaya;10;1;;;;;;\"таблица");
        var (_, bag) = t.Load();
        var line = "2024;ВПР;5;rus;kazachinskaya;10;1;;;;;;\"таблица";
        var d = DiagnosticAssert.At(bag, Codes.UnclosedQuote, t.Display(rel), 2, Repo.ColumnOf(line, "source"));
        DiagnosticAssert.CliReports(t, d);
    }

    [Fact]
    public void Comma_separated_results_file_loads_the_same_results()
    {
        using var t = new TempData();
        var lines = File.ReadAllLines(t.PathOf(Repo.ResultsCsv));
        string Quote(string f) => f.Contains(',') ? "\"" + f + "\"" : f;
        t.Write(Repo.ResultsCsv, string.Join("\n", lines.Select(l => string.Join(",", l.Split(';').Select(Quote)))) + "\n");
        Assert.Contains("\"5,17\"", t.Read(Repo.ResultsCsv));
        var (data, bag) = t.Load();
        Assert.Equal(0, bag.ErrorCount);
        AssertSameResults(Repo.Data.Results, data!.Results);
        // the warnings point at the same lines
        Assert.Equal(
            Repo.Diagnostics.Items.Select(d => (d.Code, d.Span.Line)).OrderBy(x => x.Line),
            bag.Items.Select(d => (d.Code, d.Span.Line)).OrderBy(x => x.Line));
    }

    [Fact]
    public void Results_file_with_utf8_bom_loads_the_same_results()
    {
        using var t = new TempData();
        var bytes = File.ReadAllBytes(t.PathOf(Repo.ResultsCsv));
        Assert.NotEqual(0xEF, bytes[0]);
        t.WriteBytes(Repo.ResultsCsv, [0xEF, 0xBB, 0xBF, .. bytes]);
        var (data, bag) = t.Load();
        Assert.Equal(0, bag.ErrorCount);
        Assert.Equal(Repo.Diagnostics.WarningCount, bag.WarningCount);
        Assert.DoesNotContain(bag.Items, d => d.Code == Codes.EncodingGuessed);
        AssertSameResults(Repo.Data.Results, data!.Results);
        // positions on the first data line are not shifted by the BOM
        Assert.Equal(16, data.Results[0].SchoolSpan.Column);
    }

    [Fact]
    public void Bom_in_a_csv_table_does_not_leak_into_the_header()
    {
        var bag = new DiagnosticBag();
        var text = TextDecoder.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("year;школа\n2023;Казачинская\n")], "b.csv", bag);
        var t = CsvTableReader.Read(text, "b.csv", bag);
        Assert.Empty(bag.Items);
        Assert.Equal("year", t!.Header[0].Text);
        Assert.Equal((1, 1), At(t.Header[0]));
        Assert.Equal("Казачинская", t.Rows[0].Cells[1].Text);
    }

    internal static void AssertSameResults(IReadOnlyList<SchoolResult> expected, IReadOnlyList<SchoolResult> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            var (e, a) = (expected[i], actual[i]);
            Assert.Equal(e.Key, a.Key);
            Assert.Equal(e.SchoolId, a.SchoolId);
            Assert.Equal(e.Participants, a.Participants);
            Assert.Equal(e.Fail, a.Fail);
            Assert.Equal(e.High, a.High);
            Assert.Equal(e.Lowered, a.Lowered);
            Assert.Equal(e.Source, a.Source);
            Assert.Equal(e.Span.Line, a.Span.Line);
        }
    }
}
