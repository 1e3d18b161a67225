using KazReports.Documents;
using Xunit;
using W = DocumentFormat.OpenXml.Wordprocessing;
using ModelTable = KazReports.Documents.Table;
using static KazReports.Tests.Rendering.Docx.DocxSamples;

namespace KazReports.Tests.Rendering.Docx;

/// <summary>The PDF's keeps in Word's terms: keepNext on table rows and before the signature, cantSplit short rows, widow control.</summary>
public class DocxKeepTests
{
    /// <summary>Groups of 2 and 6 rows under group rows.</summary>
    private static ModelTable Grouped()
    {
        var rows = new List<TableRow> { new([C("Предмет"), C("Доля")], RowKind.Header) };
        foreach (var (school, count) in new[] { ("Казачинская СОШ", 2), ("Мокрушинская СОШ", 6) })
        {
            rows.Add(new TableRow([C(school)], RowKind.Group));
            rows.AddRange(Enumerable.Range(1, count).Select(i => R(C($"{school} {i}"), C(i.ToString()))));
        }

        return new ModelTable([new TableColumn(3), new TableColumn(1)], rows, At);
    }

    private static bool KeepsWithNext(W.TableRow row) =>
        row.Descendants<W.Paragraph>().All(p => p.ParagraphProperties?.KeepNext is not null);

    [Fact]
    public void Group_rows_keep_with_their_first_two_rows_and_short_groups_stay_whole()
    {
        using var probe = DocxProbe.Of(Grouped());
        probe.AssertValid();
        var rows = Assert.Single(probe.Tables).Elements<W.TableRow>().ToList();
        Assert.Equal(11, rows.Count);

        // Header | group, 2 rows | group, 6 rows.
        bool[] expected = [false, true, true, false, true, true, false, false, false, true, false];
        Assert.Equal(expected, rows.Select(KeepsWithNext));
        Assert.All(rows, r => Assert.NotNull(r.TableRowProperties?.GetFirstChild<W.CantSplit>()));
    }

    [Fact]
    public void A_table_without_groups_keeps_its_first_two_and_last_two_rows_and_long_rows_may_split()
    {
        var tall = string.Join(" ", Enumerable.Repeat("длинное содержание ячейки", 40));
        var table = new ModelTable(
            [new TableColumn(1), new TableColumn(1)],
            [new TableRow([C("А"), C("Б")], RowKind.Header), R(C("1"), C("один")), R(C("2"), C(tall)), R(C("3"), C("три")), R(C("4"), C("четыре"))],
            At);
        using var probe = DocxProbe.Of(table);
        probe.AssertValid();
        var rows = Assert.Single(probe.Tables).Elements<W.TableRow>().ToList();
        Assert.Equal([false, true, false, true, false], rows.Select(KeepsWithNext));
        Assert.Null(rows[2].TableRowProperties?.GetFirstChild<W.CantSplit>());
        Assert.NotNull(rows[1].TableRowProperties?.GetFirstChild<W.CantSplit>());
    }

    [Fact]
    public void The_paragraph_before_the_signature_keeps_with_it_and_widow_control_is_on()
    {
        using var probe = DocxProbe.Of(P("Первый абзац."), P("Просим рассмотреть рекомендации."), Signature());
        probe.AssertValid();
        Assert.Null(probe.ParagraphWithText("Первый абзац.").ParagraphProperties?.KeepNext);
        Assert.NotNull(probe.ParagraphWithText("Просим рассмотреть рекомендации.").ParagraphProperties?.KeepNext);
        var defaults = probe.Main.StyleDefinitionsPart!.Styles!.DocDefaults!.ParagraphPropertiesDefault!.ParagraphPropertiesBaseStyle!;
        Assert.NotNull(defaults.WidowControl);
    }
}
