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

    /// <summary>Makes an object or array and everything inside it read-only (members built on first read stay unbuilt until then).</summary>
    public static T Freeze<T>(T value)
    {
        switch (value)
        {
            case ScriptObject obj:
                foreach (var member in obj.GetMembers().ToArray())
                {
                    if (!IsPending(obj, member) && obj.TryGetValue(member, out var inner)) Freeze(inner);
                }
                obj.IsReadOnly = true;
                break;
            case ScriptArray array:
                foreach (var item in array) Freeze(item);
                array.IsReadOnly = true;
                break;
        }
        return value;
    }

    private static bool IsPending(ScriptObject obj, string member) => obj is ModelBuilder.ILazyMembers lazy && lazy.IsPending(member);
}
