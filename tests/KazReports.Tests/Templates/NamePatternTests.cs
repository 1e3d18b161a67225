using KazReports.Diagnostics;
using KazReports.Templates.Declarations;
using static KazReports.Templates.ScriptModel;

namespace KazReports.Tests.Templates;

public sealed class NamePatternTests
{
    private static NamePattern Parse(string text, DiagnosticBag? bag = null) =>
        NamePattern.Parse(text, new SourceSpan("documents.yaml", 3, 9), bag ?? new DiagnosticBag(), "id")
        ?? throw new InvalidOperationException(string.Join("\n", bag?.Items ?? []));

    private static readonly Dictionary<string, object?> Values = new()
    {
        ["order"] = Obj(("number", "2/1 доп."), ("date", new DateOnly(2024, 1, 29))),
        ["roadmap"] = Obj(("order", null)),
        ["program"] = Obj(("approved_date", new DateOnly(2023, 12, 1))),
        ["year"] = 2023,
    };

    private static object? Value(string root) => Values.GetValueOrDefault(root);

    [Fact]
    public void Braces_read_dotted_paths_and_literals_stay()
    {
        Assert.Equal("Приказ № 2/1 доп. от 29.01.2024 (2023)", Parse("Приказ № {order.number} от {order.date} ({year})").Format(Value));
        Assert.Equal("plain", Parse("plain").Format(Value));
    }

    [Fact]
    public void Alternatives_give_the_first_value_that_is_there()
    {
        var date = Parse("{roadmap.order.date ?? program.approved_date}");
        Assert.Equal(new DateOnly(2023, 12, 1), date.Value(Value));
        Assert.Null(Parse("{roadmap.order.date ?? nothing.here}").Value(Value));
        Assert.True(Parse("x/{roadmap.order.date}").HasEmpty(Value));
        Assert.Equal(["roadmap", "program"], date.Roots);
    }

    [Fact]
    public void Values_in_a_file_name_are_sanitized_but_the_literal_folder_is_kept()
    {
        Assert.Equal("orders/2-1-доп", Parse("orders/{order.number}").Format(Value, KazReports.Data.Model.Ids.Sanitize));
    }

    [Theory]
    [InlineData("letters/{school.id", "нет закрывающей «}»")]
    [InlineData("letters/school.id}", "лишняя «}»")]
    [InlineData("letters/{}", "не путь к значению")]
    [InlineData("letters/{school id}", "не путь к значению")]
    public void A_broken_pattern_is_reported_at_its_place(string text, string message)
    {
        var bag = new DiagnosticBag();
        Assert.Null(NamePattern.Parse(text, new SourceSpan("documents.yaml", 3, 9), bag, "id"));
        var d = Assert.Single(bag.Items);
        Assert.Equal(DeclarationReader.Code, d.Code);
        Assert.Contains(message, d.Message);
        Assert.StartsWith("documents.yaml(3,9)", d.ToString());
    }
}
