namespace KazReports.Rendering.Charts;

/// <summary>
/// A list of theme strings as it was when something was worked out from it: tells whether a list
/// is that same list with the same items still, so the result can be reused.
/// </summary>
internal sealed class ListSnapshot(IReadOnlyList<string> source)
{
    private readonly string[] items = [.. source];

    public bool IsOf(IReadOnlyList<string> list)
    {
        if (!ReferenceEquals(list, source) || list.Count != items.Length)
        {
            return false;
        }

        for (var i = 0; i < items.Length; i++)
        {
            if (!ReferenceEquals(list[i], items[i]))
            {
                return false;
            }
        }

        return true;
    }
}
