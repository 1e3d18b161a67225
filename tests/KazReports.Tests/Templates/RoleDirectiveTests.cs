using KazReports.Diagnostics;
using KazReports.Documents;
using KazReports.Templates;
using KazReports.Templates.Markup;

namespace KazReports.Tests.Templates;

/// <summary>The directives that say what a paragraph or a list is: the model they make.</summary>
public sealed class RoleDirectiveTests
{
    private static (IReadOnlyList<Block> Blocks, DiagnosticBag Bag) Parse(string markup)
    {
        var bag = new DiagnosticBag();
        var doc = MarkupParser.Parse(new RenderedText(markup, l => new SourceRef("roles.sbn", l + 1, 1)), Theme.Default,
            new DocumentInfo("", "автор", null, new DateOnly(2024, 1, 9)), bag);
        return (doc.Sections.SelectMany(s => s.Blocks).ToList(), bag);
    }

    private static Paragraph Single(string markup)
    {
        var (blocks, bag) = Parse(markup);
        Assert.False(bag.HasErrors, string.Join("\n", bag.Items));
        return Assert.IsType<Paragraph>(Assert.Single(blocks));
    }

    [Fact]
    public void Subject_is_a_subject_paragraph_left_or_centred_with_its_bold_runs()
    {
        var letter = Single("::: subject\n**Об адресных рекомендациях**\n:::\n");
        Assert.Equal(StyleNames.Subject, letter.Style);
        Assert.Equal(Alignment.Default, letter.Alignment);
        Assert.Null(letter.FirstLineIndent);
        Assert.True(Assert.IsType<Run>(Assert.Single(letter.Content)).Bold);

        var order = Single("::: subject align=center\n**Об утверждении дорожной карты**\n:::\n");
        Assert.Equal(StyleNames.Subject, order.Style);
        Assert.Equal(Alignment.Center, order.Alignment);
    }

    [Fact]
    public void Salutation_and_order_word_are_paragraphs_of_their_styles()
    {
        var salutation = Single("::: salutation\nУважаемая Анна Петровна!\n:::\n");
        Assert.Equal(StyleNames.Salutation, salutation.Style);
        Assert.Equal("Уважаемая Анна Петровна!", Inlines.PlainText(salutation.Content).Replace('\u00A0', ' '));

        var word = Single("::: order-word\nПОСТАНОВЛЯЮ:\n:::\n");
        Assert.Equal(StyleNames.OrderWord, word.Style);
    }

    [Fact]
    public void Text_alone_makes_no_role()
    {
        // The same lines without a directive stay body paragraphs, whatever they say.
        var (blocks, bag) = Parse("Уважаемый руководитель!\n\nПРИКАЗЫВАЮ:\n\n**Об адресных рекомендациях**\n");
        Assert.False(bag.HasErrors);
        Assert.All(blocks, b => Assert.Equal("Normal", Assert.IsType<Paragraph>(b).Style));
    }

    [Fact]
    public void Clauses_make_a_clause_list_numbered_from_the_first_item_without_typed_numbers()
    {
        var (blocks, bag) = Parse("::: clauses\n3. Утвердить перечень.\n1. Контроль оставляю за собой.\n:::\n");
        Assert.False(bag.HasErrors, string.Join("\n", bag.Items));
        var list = Assert.IsType<ListBlock>(Assert.Single(blocks));
        Assert.Equal(ListKind.Clauses, list.Kind);
        Assert.True(list.Ordered);
        Assert.Equal(3, list.Start);
        Assert.Equal(2, list.Items.Count);
        Assert.Equal("Утвердить перечень.", Inlines.PlainText(Assert.IsType<Paragraph>(list.Items[0].Blocks[0]).Content));

        // A plain ordered list stays plain.
        var (plain, _) = Parse("1. Первый.\n2. Второй.\n");
        Assert.Equal(ListKind.Plain, Assert.IsType<ListBlock>(Assert.Single(plain)).Kind);
    }

    [Fact]
    public void Clauses_around_anything_but_an_ordered_list_is_an_error_naming_the_line()
    {
        var (_, bag) = Parse("Текст.\n\n::: clauses\n- пункт\n:::\n");
        var error = Assert.Single(bag.Items, d => d.Severity == Severity.Error);
        Assert.Contains("::: clauses", error.Message, StringComparison.Ordinal);
        Assert.Contains("roles.sbn(3", error.ToString(), StringComparison.Ordinal);
    }
}
