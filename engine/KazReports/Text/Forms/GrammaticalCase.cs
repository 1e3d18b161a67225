namespace KazReports.Text.Forms;

/// <summary>The Russian cases the documents need (the accusative of inanimate names only).</summary>
public enum GrammaticalCase
{
    Nominative,
    Genitive,
    Dative,
    Accusative,
    Instrumental,
    Prepositional,
}

/// <summary>Case names as the data and the templates write them.</summary>
public static class CaseNames
{
    public static readonly GrammaticalCase[] Oblique =
        [GrammaticalCase.Genitive, GrammaticalCase.Dative, GrammaticalCase.Accusative, GrammaticalCase.Instrumental, GrammaticalCase.Prepositional];

    /// <summary>«genitive», «dative», …: the key of a form in the data's <c>forms:</c> map.</summary>
    public static string Key(GrammaticalCase c) => c switch
    {
        GrammaticalCase.Genitive => "genitive",
        GrammaticalCase.Dative => "dative",
        GrammaticalCase.Accusative => "accusative",
        GrammaticalCase.Instrumental => "instrumental",
        GrammaticalCase.Prepositional => "prepositional",
        _ => "nominative",
    };

    public static GrammaticalCase? Parse(string? key) => key switch
    {
        "nominative" => GrammaticalCase.Nominative,
        "genitive" => GrammaticalCase.Genitive,
        "dative" => GrammaticalCase.Dative,
        "accusative" => GrammaticalCase.Accusative,
        "instrumental" => GrammaticalCase.Instrumental,
        "prepositional" or "locative" => GrammaticalCase.Prepositional,
        _ => null,
    };
}

/// <summary>The grammatical gender of a person (from the data or derived from the name).</summary>
public enum Gender
{
    Unknown,
    Male,
    Female,
}
