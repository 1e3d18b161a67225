using KazReports.Diagnostics;
using KazReports.Documents;
using KazReports.Templates;
using KazReports.Templates.Markup;

namespace KazReports.Tests.Templates;

/// <summary>The markup stage reports what the table's grid repaired, once, at the row's template line.</summary>
public sealed class TableMarkupTests
{
    private static (Document Doc, DiagnosticBag Bag) Parse(string markup)
    {
        var bag = new DiagnosticBag();
        var doc = MarkupParser.Parse(new RenderedText(markup, l => new SourceSpan("templates/t.sbn", l + 1, 1)), Theme.Default,
            new DocumentInfo("", "автор", null, new DateOnly(2024, 1, 9)), bag);
        return (doc, bag);
    }

    private static Diagnostic Only(string markup) => Assert.Single(Parse(markup).Bag.Items);

    [Fact]
    public void A_well_formed_table_with_spans_has_no_diagnostics_and_a_full_grid()
    {
        var (doc, bag) = Parse("::: table widths=1,1,1 header=2\n| {rows=2} А | {cols=2} Б |\n| В | Г |\n| 1 | 2 | 3 |\n:::\n");
        Assert.Empty(bag.Items);
        var table = Assert.IsType<Table>(Assert.Single(doc.Sections[0].Blocks));
        Assert.All(TableGrid.Of(table).Rows, row => Assert.Equal(3, row.Sum(s => s.ColSpan)));
    }

    [Theory]
    [InlineData("| a | b | c |\n| только | две |", 3, "в строке таблицы 2 столбца, а в таблице 3 (проверьте число ячеек и cols/rows)")]
    [InlineData("| a | b | c | d |", 2, "в строке таблицы 4 столбца, а в таблице 3 (проверьте число ячеек и cols/rows)")]
    [InlineData("| a | {cols=3} b |", 2, "ячейка 2 объединяет 3 столбца, а от её места до края таблицы только 2")]
    [InlineData("| a | {rows=2} b | c |\n| {cols=2} d | e |", 3, "ячейка 1 накрывает столбец 2, занятый ячейкой строки выше, объединённой по вертикали (rows)")]
    public void A_broken_grid_is_one_located_error_and_no_table(string rows, int line, string message)
    {
        var (doc, bag) = Parse($"::: table widths=1,1,1\n{rows}\n:::\n");
        var error = Assert.Single(bag.Items);
        Assert.True(error.IsError);
        Assert.Equal(TemplateCodes.Markup, error.Code);
        Assert.Equal(("templates/t.sbn", line), (error.Span.File, error.Span.Line));
        Assert.Equal(message, error.Message);
        Assert.DoesNotContain(doc.Sections.SelectMany(s => s.Blocks), b => b is Table);
    }

    [Fact]
    public void A_row_span_past_the_table_end_is_shortened_with_a_located_warning()
    {
        var (doc, bag) = Parse("::: table widths=1,1\n| a | b |\n| {rows=3} c | d |\n:::\n");
        var warning = Assert.Single(bag.Items);
        Assert.False(warning.IsError);
        Assert.Equal(("templates/t.sbn", 3), (warning.Span.File, warning.Span.Line));
        Assert.Equal("ячейка 1 объединяет 3 строки, а до конца таблицы только 1: объединение укорочено", warning.Message);
        var table = Assert.IsType<Table>(Assert.Single(doc.Sections[0].Blocks));
        Assert.Equal(1, TableGrid.Of(table).Rows[1][0].RowSpan);
    }
}
