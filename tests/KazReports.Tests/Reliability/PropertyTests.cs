using System.Text;
using CsCheck;
using KazReports.Data.Loading;
using KazReports.Diagnostics;
using KazReports.Documents;
using KazReports.Templates;
using KazReports.Templates.Markup;
using KazReports.Parsing;

namespace KazReports.Tests.Reliability;

/// <summary>
/// Property-based tests (CsCheck) of the readers and pure functions. Iterations are bounded so the
/// whole Reliability suite stays within ~30 s; each property's count is in its Iter constant.
/// </summary>
public sealed class PropertyTests
{

    // ---- (a) CSV ----

    private const string CsvAlphabet = ";,\t\"\n\r abcяШё1234567890.-%\uFEFF";

    /// <summary>Random text of CSV characters: the reader never throws and every cell position is within the text.</summary>
    [Fact]
    public void Csv_reader_on_random_text_never_throws_and_positions_are_within_the_text()
    {
        const int Iter = 10000;
        Gen.String[Gen.Char[CsvAlphabet], 0, 200].Sample(text =>
        {
            var bag = new DiagnosticBag();
            var table = CsvTableReader.Read(text, "f.csv", bag);
            // A lone CR ends a line as LF and CRLF do.
            var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
            var maxCol = lines.Max(l => l.Length) + 1;
            if (table is null)
            {
                Assert.True(bag.HasErrors);
                return;
            }
            foreach (var c in table.Header.Concat(table.Rows.SelectMany(r => r.Cells)))
            {
                Assert.InRange(c.Span.Line, 1, lines.Length);
                Assert.InRange(c.Span.Column, 1, maxCol);
            }
            foreach (var d in bag.Items) Assert.InRange(d.Span.Line, 1, lines.Length);
        }, iter: Iter);
    }

    private static string Quote(string cell) => "\"" + cell.Replace("\"", "\"\"") + "\"";

    private static readonly Gen<string> Cell =
        Gen.String[Gen.Char["ab яШё1;,\t\"\n5.-"], 0, 12].Select(s => s.Trim());

    /// <summary>A table written with proper quoting reads back with the same cells (non-empty rows).</summary>
    [Fact]
    public void Csv_table_written_with_quoting_reads_back_the_same_cells()
    {
        const int Iter = 1500;
        var gen = Gen.Select(Gen.Int[1, 5], Gen.Int[1, 6], Gen.OneOf(';', ',', '\t'), Gen.OneOf("\n", "\r\n"), Gen.Bool)
            .SelectMany(t => Cell.Array[t.Item1].Array[t.Item2].Select(rows => (rows, sep: t.Item3, nl: t.Item4, bom: t.Item5)));
        gen.Sample(t =>
        {
            var (rows, sep, nl, bom) = t;
            var text = string.Join(nl, rows.Select(r => string.Join(sep, r.Select(Quote)))) + nl;
            var bytes = (bom ? new UTF8Encoding(true).GetPreamble() : []).Concat(Encoding.UTF8.GetBytes(text)).ToArray();
            var bag = new DiagnosticBag();
            var decoded = TextDecoder.Decode(bytes, "f.csv", bag);
            var table = CsvTableReader.Read(decoded, "f.csv", bag);
            var expected = rows.Where(r => r.Any(c => c.Length > 0)).Select(r => r.Select(c => c.Replace("\r", "")).ToArray()).ToArray();
            if (expected.Length == 0)
            {
                Assert.Null(table);
                Assert.Contains(bag.Items, d => d.Code == Codes.EmptyFile);
                return;
            }
            Assert.False(bag.HasErrors, string.Join("\n", bag.Items) + "\n" + text);
            Assert.NotNull(table);
            Assert.Equal(expected[0], table.Header.Select(c => c.Text).ToArray());
            Assert.Equal(expected.Skip(1).Select(r => string.Join("|", r)), table.Rows.Select(r => string.Join("|", r.Cells.Select(c => c.Text))));
        }, iter: Iter);
    }

    // ---- (b) YAML ----

    private static readonly Gen<string> YamlToken = Gen.OneOf(
        "name", "id", "schools", "threshold", "rules", ": ", ":", "- ", "\n", "\n  ", "\n    ", "  ", "[", "]", "{", "}", ", ", "\"", "'",
        "&a ", "*a", "!!int ", "!!map ", "? ", "| ", "> ", "# к\n", "Казачинский", "30", "2024-01-29", "31.02.2024", "null", "~", "---\n",
        "...\n", "\t", "%YAML 1.2\n", "<<: *a", "-1", "1e400", "\uFEFF", "\0", "\u2028");

    private static readonly string[] YamlNames =
        ["catalog.yaml", "district.yaml", "program.yaml", "schools.yaml", "settings.yaml", "shnor.yaml", "shnor-published.yaml",
         "plan.yaml", "letters.yaml", "recommendations.yaml", "roadmap-2024.yaml", "orders/x.yaml"];

    /// <summary>Random YAML-ish text through the YAML loader and every typed reader: diagnostics only, never an exception.</summary>
    [Fact]
    public void Yaml_loader_on_random_yamlish_text_never_throws()
    {
        const int Iter = 10000;
        Gen.Select(YamlToken.Array[0, 60], Gen.Int[0, YamlNames.Length - 1]).Sample(t =>
        {
            var text = string.Concat(t.Item1);
            var n = LoaderFuzzTests.InMemory(YamlNames[t.Item2], Encoding.UTF8.GetBytes(text));
            Assert.True(n >= 0);
        }, iter: Iter);
    }

    // ---- (c) numbers, dates, shares ----

    [Fact]
    public void NumberText_reads_back_what_it_is_written_as()
    {
        const int Iter = 5000;
        Gen.Select(Gen.Long[-10_000_000, 10_000_000], Gen.Int[0, 4], Gen.Bool).Sample(t =>
        {
            var (units, decimals, comma) = t;
            var value = units / (decimal)Math.Pow(10, decimals);
            var text = value.ToString("F" + decimals, System.Globalization.CultureInfo.InvariantCulture);
            if (comma) text = text.Replace('.', ',');
            Assert.True(NumberText.TryParse(" " + text + " ", out var v, out var d), text);
            Assert.Equal(value, v);
            Assert.Equal(decimals, d);
        }, iter: Iter);
    }

    [Fact]
    public void NumberText_on_random_text_never_throws_and_accepts_only_plain_numbers()
    {
        const int Iter = 5000;
        Gen.String[Gen.Char["0123456789,.-+ %e—\u00A0a"], 0, 12].Sample(s =>
        {
            if (NumberText.TryParse(s, out _, out _))
            {
                var t = s.Trim();
                Assert.Matches(@"^-?\d+([.,]\d+)?$", t);
            }
            else Assert.False(string.IsNullOrEmpty(NumberText.Hint(s)));
        }, iter: Iter);
    }

    [Fact]
    public void DateText_accepts_exactly_the_real_dates()
    {
        const int Iter = 5000;
        Gen.Select(Gen.Int[1990, 2100], Gen.Int[0, 13], Gen.Int[0, 32], Gen.Bool).Sample(t =>
        {
            var (y, m, d, iso) = t;
            var real = m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m);
            var text = iso ? $"{y:0000}-{m:00}-{d:00}" : $"{d:00}.{m:00}.{y:0000}";
            Assert.Equal(real, DateText.TryParse(text, out var date));
            if (real)
            {
                Assert.Equal(new DateOnly(y, m, d), date);
                Assert.True(DateText.TryParse(DateText.Short(date), out var again));
                Assert.Equal(date, again);
                Assert.EndsWith($" {y} г.", DateText.Long(date));
            }
        }, iter: Iter);
    }

    [Fact]
    public void ShareCheck_turns_a_share_written_from_k_of_n_back_into_k()
    {
        const int Iter = 5000;
        Gen.Int[1, 1000].SelectMany(n => Gen.Int[0, n].Select(k => (n, k))).Select(Gen.Int[0, 3], (t, d) => (t.n, t.k, d)).Sample(t =>
        {
            var (n, k, d) = t;
            var share = Math.Round(100m * k / n, d, MidpointRounding.AwayFromZero);
            Assert.True(KazReports.Data.Model.ShareCheck.Produces(k, n, share, d));
            var bag = new DiagnosticBag();
            var count = KazReports.Data.Model.ShareCheck.ToCount(share, d, n, "«2»", SourceSpan.None, bag);
            if (d >= 2)
            {
                // two decimals are a pupil-exact figure up to 1000 participants
                Assert.Equal(k, count);
                Assert.False(bag.HasErrors);
            }
            else if (count is { } c) Assert.True(KazReports.Data.Model.ShareCheck.Produces(c, n, share, d) || bag.Items.Any(x => x.Code == Codes.ShareNotExact));
            var smallest = KazReports.Data.Model.ShareCheck.SmallestClass(share, d, n);
            Assert.NotNull(smallest);
            Assert.InRange(smallest.Value, 1, n);
        }, iter: Iter);
    }

    // ---- (d) markup ----

    private static readonly Gen<string> Word = Gen.String[Gen.Char["абвгдеёжзиклмнопрстуфхцчшщыэюяabcdefxyz"], 3, 9];

    private static readonly Gen<(string Markup, string[] Words)> Block = Gen.Int[0, 6].SelectMany(kind => kind switch
    {
        0 => Word.Array[1, 8].Select(w => (string.Join(" ", w), w)),
        1 => Word.Array[3].Select(w => ($"{w[0]} **{w[1]}** *{w[2]}*", w)),
        2 => Word.Array[3].Select(w => ($"++{w[0]}++ м^{w[1]}^ H~{w[2]}~", w)),
        3 => Word.Array[4].Select(w => ($"::: table widths=1,1 header=1\n| {w[0]} | {w[1]} |\n| {w[2]} | {w[3]} |\n:::", w)),
        4 => Word.Array[2].Select(w => ($"::: center\n{w[0]}\n\n{w[1]}\n:::", w)),
        5 => Word.Array[2].Select(w => ($"- {w[0]}\n- {w[1]}", w)),
        _ => Word.Array[2].Select(w => ($"## {w[0]}\n\n{w[1]}<br>{w[0]}", w)),
    });

    [Fact]
    public void Markup_parser_never_throws_and_loses_no_word()
    {
        const int Iter = 2000;
        var info = new DocumentInfo("Проверка", "Тест", null, new DateOnly(2024, 1, 1));
        Block.Array[1, 8].Sample(blocks =>
        {
            var text = string.Join("\n\n", blocks.Select(b => b.Markup)) + "\n";
            var bag = new DiagnosticBag();
            var doc = MarkupParser.Parse(new RenderedText(text, _ => new SourceSpan("t.sbn", 1, 1)), Theme.Default, info, bag);
            Assert.False(bag.HasErrors, string.Join("\n", bag.Items) + "\n" + text);
            var plain = DocumentText.Of(doc);
            foreach (var w in blocks.SelectMany(b => b.Words))
                Assert.True(plain.Contains(w, StringComparison.Ordinal), $"«{w}» lost from:\n{text}\n---\n{plain}");
        }, iter: Iter);
    }

    [Fact]
    public void Markup_parser_on_random_markup_characters_never_throws()
    {
        const int Iter = 5000;
        var info = new DocumentInfo("Проверка", "Тест", null, new DateOnly(2024, 1, 1));
        Gen.OneOf("::: ", ":::", "table", " widths=1,2", " header=1", " header=9", "\n", "| ", " |", "|#", "{cols=2}", "{rows=3}",
                "{align=center}", "{shade=ZZZ}", "**", "*", "++", "^", "~", "<br>", "chart", "\nkind: bar", "\nseries: []", "слово", "1\\.",
                "- ", "# ", "\\newpage", "---\n", "section orientation=landscape", "signature name=\"А.Б. В\"", "letterhead", "--", "`", "[", "]")
            .Array[0, 40].Sample(tokens =>
            {
                var text = string.Concat(tokens);
                var bag = new DiagnosticBag();
                var doc = MarkupParser.Parse(new RenderedText(text, _ => new SourceSpan("t.sbn", 1, 1)), Theme.Default, info, bag);
                Assert.NotNull(doc);
                _ = DocumentText.Of(doc);
            }, iter: Iter);
    }

    /// <summary>Found by the property above: an empty fenced code block crashed the parser (null line array).</summary>
    /// <summary>
    /// Found by the property above: YamlDotNet threw ArgumentException (a chart body) and
    /// InvalidOperationException (a plain scalar in front matter), not YamlException; SafeYaml now turns both into one.
    /// </summary>
    [Theory]
    [InlineData("::: chart\nseries: []**\n:::\n")]
    [InlineData("---\n- <br>--{rows=3}\n[ |{align=center}\nkind: bar---\n{cols=2}[\\newpagetable{align=center}слово |:::| \n] header=1| chart\nseries: []\n---\n\nkind: bar::: ")]
    [InlineData("---\ntitle: []**\n---\nТекст\n")]
    public void Malformed_yaml_in_a_chart_or_front_matter_is_a_diagnostic(string text)
    {
        var bag = new DiagnosticBag();
        var doc = MarkupParser.Parse(new RenderedText(text, _ => new SourceSpan("t.sbn", 1, 1)), Theme.Default,
            new DocumentInfo("Проверка", "Тест", null, new DateOnly(2024, 1, 1)), bag);
        Assert.NotNull(doc);
        Assert.Contains(bag.Items, d => d.IsError && d.Code == "KR2005");
    }

    [Theory]
    [InlineData("``` |[- ~{shade=ZZZ} |*")]
    [InlineData("```\n")]
    [InlineData("Абзац\n\n~~~\n")]
    public void Empty_fenced_block_is_no_crash(string text)
    {
        var bag = new DiagnosticBag();
        var doc = MarkupParser.Parse(new RenderedText(text, _ => new SourceSpan("t.sbn", 1, 1)), Theme.Default,
            new DocumentInfo("Проверка", "Тест", null, new DateOnly(2024, 1, 1)), bag);
        Assert.NotNull(doc);
        Assert.False(bag.HasErrors);
    }
}
