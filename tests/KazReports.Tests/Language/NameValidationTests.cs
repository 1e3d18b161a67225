using KazReports.Data.Model;
using KazReports.Diagnostics;
using KazReports.Tests.Foundation;
using KazReports.Validation;
using Xunit;

namespace KazReports.Tests.Language;

public sealed class NameValidationTests
{
    private static IReadOnlyList<Diagnostic> Validate(params School[] extra)
    {
        var data = Repo.Data with { Schools = Repo.Data.Schools.Concat(extra).ToArray() };
        var bag = new DiagnosticBag();
        DataValidator.Validate(data, bag);
        return bag.Items.Where(d => d.Code is Codes.FormNotDerived or Codes.SchoolTypeDisagrees).ToArray();
    }

    private static School Make(string id, string name, string shortName, string type, string? director = null) =>
        new(id, name, shortName, "МБОУ", type, null, director, null, null, null, null, new SourceSpan("data/schools.yaml", 7, 5));

    [Fact]
    public void The_shipped_names_all_decline() => Assert.Empty(Validate());

    [Fact]
    public void A_name_no_rule_declines_is_a_warning_with_the_schools_line()
    {
        var d = Assert.Single(Validate(Make("sad", "Детский сад", "Кадетский корпус", "СОШ")));
        Assert.Equal(Codes.FormNotDerived, d.Code);
        Assert.Equal(7, d.Span.Line);
        Assert.Contains("forms: {genitive: …", d.Message);
    }

    [Fact]
    public void A_form_given_in_the_data_silences_the_warning()
    {
        var s = Make("sad", "Детский сад", "Кадетский корпус", "СОШ") with
        {
            Forms = new Dictionary<string, string>
            {
                ["genitive"] = "Кадетского корпуса", ["dative"] = "Кадетскому корпусу",
                ["instrumental"] = "Кадетским корпусом", ["prepositional"] = "Кадетском корпусе",
            },
        };
        Assert.Empty(Validate(s));
    }

    [Fact]
    public void A_director_whose_gender_the_name_does_not_show_is_a_warning_until_the_data_says_it()
    {
        var s = Make("x", "Муниципальное … Иксовская средняя общеобразовательная школа", "Иксовская СОШ", "СОШ", "Шевчук А.О.");
        Assert.Contains("director_gender", Assert.Single(Validate(s)).Message);
        Assert.Empty(Validate(s with { DirectorGender = "ж" }));
    }

    [Fact]
    public void A_type_the_name_states_against_the_registry_is_a_warning()
    {
        var d = Assert.Single(Validate(Make("k", "Муниципальное бюджетное общеобразовательное учреждение Казанская основная общеобразовательная школа", "Казанская СОШ", "ООШ")));
        Assert.Equal(Codes.SchoolTypeDisagrees, d.Code);
        Assert.Contains("в названии указан тип СОШ, в поле type — ООШ", d.Message);
    }
}
