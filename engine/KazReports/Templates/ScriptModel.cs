using Scriban.Runtime;

namespace KazReports.Templates;

/// <summary>Small helpers to build the explicit ScriptObject model templates see.</summary>
internal static class ScriptModel
{
    public static ScriptObject Obj(params (string Key, object? Value)[] members)
    {
        var so = new ScriptObject();
        foreach (var (k, v) in members) so.Add(k, v);
        return so;
    }

    public static ScriptArray Arr<T>(IEnumerable<T> items, Func<T, object?> map) => new(items.Select(map));

    public static ScriptArray Arr(IEnumerable<string> items) => new(items);
}
