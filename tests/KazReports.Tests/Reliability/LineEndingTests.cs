using KazReports.Cli;
using static KazReports.Tests.Reliability.BadInputCatalogTests;

namespace KazReports.Tests.Reliability;

/// <summary>CR-only, CRLF and LF files read the same, with the same line numbers in every message.</summary>
public sealed class LineEndingTests
{
    private static string Ends(string text, string eol) => text.ReplaceLineEndings("\n").Replace("\n", eol);

    /// <summary>Spoils a YAML file, a results CSV and a template at known lines, all saved with <paramref name="eol"/>.</summary>
    private static (int Code, string Err, Spoilt S) Run(string eol)
    {
        var s = new Spoilt();
        foreach (var rel in new[] { "data/shnor.yaml", "data/district.yaml", "data/schools.yaml", "templates/plan.sbn" })
            s.Write(rel, Ends(s.Read(rel), eol));
        s.Write("data/shnor.yaml", Ends(s.Read("data/shnor.yaml").Replace("threshold: 30", "threshold: тридцать"), eol));
        s.Write(Spoilt.Results, Ends(Foundation.Repo.ResultsHeader + "\n2024;ВПР;5;rus;kazachinskaya;10;1;;;;;;\n" +
                                     "2024;ВПР;5;math;kazachinskaya;10;1;;;;;;\n2024;ВПР;5;math;nosuch;10;1;;;;;;\n", eol));
        var stderr = new StringWriter();
        var code = KazCli.Run(["validate", "--data", s.DataDir], new StringWriter(), stderr);
        return (code, stderr.ToString(), s);
    }

    [Theory]
    [InlineData("\r")]
    [InlineData("\r\n")]
    public void Other_line_endings_give_the_messages_of_LF(string eol)
    {
        var (lfCode, lfErr, lf) = Run("\n");
        var (code, err, other) = Run(eol);
        using (lf)
        using (other)
        {
            Assert.Equal(1, lfCode);
            Assert.Equal(lfCode, code);
            Assert.Equal(lfErr.Replace(lf.DataDir, "DATA"), err.Replace(other.DataDir, "DATA"));
            Assert.Contains($"{other.Display(Spoilt.Results)}(4,", err);
            Assert.Contains($"{other.Display("data/shnor.yaml")}({other.LineOf("data/shnor.yaml", "threshold:")},12): ошибка KR1006", err.Replace("\r", ""));
        }
    }

    [Theory]
    [InlineData("\r")]
    [InlineData("\r\n")]
    public void A_template_error_is_on_its_line_whatever_the_line_endings(string eol)
    {
        using var s = new Spoilt();
        s.Write("templates/plan.sbn", Ends("Строка 1\nСтрока 2\n{{ plan.titel }}\n", eol));
        var stderr = new StringWriter();
        var code = KazCli.Run(["build", "--data", s.DataDir, "--templates", s.TemplatesDir, "--out", s.OutDir, "--only", "plan", "--format", "docx"],
            new StringWriter(), stderr);
        Assert.Equal(1, code);
        Assert.Contains($"{s.Display("templates/plan.sbn")}(3,9): ошибка KR2002: у значения нет поля «titel»", stderr.ToString());
    }

    [Fact]
    public void A_byte_order_mark_starting_a_later_csv_line_is_dropped()
    {
        // Two files joined with «cat»: the second one's BOM starts a line (here a data row, so the year reads as a year).
        using var s = new Spoilt();
        s.Write(Spoilt.Results, Foundation.Repo.ResultsHeader + "\n\uFEFF2024;ВПР;5;rus;kazachinskaya;10;1;;;;;;\n\uFEFF2024;ВПР;5;math;nosuch;10;1;;;;;;\n");
        var stderr = new StringWriter();
        var code = KazCli.Run(["validate", "--data", s.DataDir], new StringWriter(), stderr);
        Assert.Equal(1, code);
        var err = stderr.ToString();
        Assert.False(err.Contains('\uFEFF'), err);
        Assert.DoesNotContain("KR1006", err);
        Assert.Contains($"{s.Display(Spoilt.Results)}(3,", err);
        Assert.Contains("KR1010: ", err); // the unknown school of line 3 is found: the row was read
    }
}
