namespace KazReports.Documents;

/// <summary>
/// The form of a noun after a number: 1 столбец, 2 столбца, 5 столбцов. Here, in the model, because the
/// model may see nothing of the engine and its table grid words problems with counts; the engine's
/// <c>Text.RussianForms.Plural</c> is this rule.
/// </summary>
public static class RussianCount
{
    public static string Form(long n, string one, string few, string many)
    {
        var n100 = Math.Abs(n) % 100;
        var n10 = n100 % 10;
        if (n100 is >= 11 and <= 14) return many;
        return n10 switch
        {
            1 => one,
            >= 2 and <= 4 => few,
            _ => many,
        };
    }
}
