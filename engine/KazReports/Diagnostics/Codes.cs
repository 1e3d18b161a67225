namespace KazReports.Diagnostics;

/// <summary>
/// Diagnostic codes. KR1xxx: data; KR2xxx: templates; KR3xxx: layout and rendering; KR4xxx: output.
/// The catalogue with a Russian explanation of each code is in data/README.md and templates/README.md.
/// </summary>
public static class Codes
{
    // Files and syntax
    public const string FileMissing = "KR1001";
    public const string YamlSyntax = "KR1002";
    public const string RequiredField = "KR1003";
    public const string WrongType = "KR1004";
    public const string UnknownField = "KR1005";
    public const string BadNumber = "KR1006";
    public const string BadDate = "KR1007";
    public const string EmptyFile = "KR1008";
    public const string BadEncoding = "KR1009";

    // Results
    public const string UnknownSchool = "KR1010";
    public const string DuplicateMeasurement = "KR1011";
    public const string ShareOutOfRange = "KR1012";
    public const string ShareImpossible = "KR1013";
    public const string CountAboveParticipants = "KR1014";
    public const string CountShareDisagree = "KR1015";
    public const string SharesSumAbove100 = "KR1016";
    public const string UnknownProcedure = "KR1017";
    public const string UnknownSubject = "KR1018";
    public const string BadGrade = "KR1019";
    public const string ClosedSchool = "KR1020";
    public const string DuplicateId = "KR1021";
    public const string UnknownReference = "KR1022";
    public const string BadId = "KR1023";
    public const string RaggedRow = "KR1024";
    public const string UnclosedQuote = "KR1025";
    public const string NotSpreadsheet = "KR1026";
    public const string NegativeNumber = "KR1027";
    public const string BadYear = "KR1028";
    public const string BadSetting = "KR1029";
    public const string TooManyRows = "KR1037";
    public const string NotAFile = "KR1036";

    // Warnings: suspicious but possible
    public const string ShareNotExact = "KR1030";
    public const string ShareUnlikely = "KR1031";
    public const string EncodingGuessed = "KR1032";
    public const string NoParticipants = "KR1033";
    public const string PublishedDiffers = "KR1034";
    public const string DataMissing = "KR1035";
    // Names (issue 12): numbered apart from the others' new codes
    public const string FormNotDerived = "KR1050";
    public const string SchoolTypeDisagrees = "KR1051";
}
