using System.Text.RegularExpressions;

namespace KazReports.Templates.Markup;

/// <summary>Attributes of a directive line: <c>key=value key2="value with spaces" flag</c>.</summary>
internal sealed partial class Attributes
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    /// <summary>No attributes; shared, never changed.</summary>
    public static readonly Attributes Empty = new();

    public static Attributes Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return Empty;
        var a = new Attributes();
        foreach (Match m in Pattern().Matches(text))
        {
            var key = m.Groups["key"].Value;
            var value = m.Groups["q"].Success ? m.Groups["q"].Value : m.Groups["v"].Success ? m.Groups["v"].Value : "true";
            a._values[key] = value;
        }
        return a;
    }

    public IEnumerable<string> Keys => _values.Keys;

    public string? this[string key] => _values.GetValueOrDefault(key);

    public bool Flag(string key) => _values.TryGetValue(key, out var v) && v is "true" or "yes" or "да";

    public int Int(string key, int fallback) => int.TryParse(this[key], out var v) ? v : fallback;

    [GeneratedRegex("(?<key>[A-Za-z_][A-Za-z0-9_-]*)(?:=(?:\"(?<q>[^\"]*)\"|(?<v>[^\\s\"]+)))?")]
    private static partial Regex Pattern();
}
