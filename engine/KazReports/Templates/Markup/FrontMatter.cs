using System.Text.RegularExpressions;

namespace KazReports.Templates.Markup;

/// <summary>
/// The front matter as written: lines «key: value» whose values are plain text are read literally,
/// so data text put there by a template («Об: #2 *итогах*», «---», «{{») prints as written instead
/// of breaking the YAML or losing what follows a «#». Anything else (quotes, lists, block text) is
/// left to the YAML reader.
/// </summary>
internal static partial class FrontMatter
{
    [GeneratedRegex(@"^([A-Za-z_][A-Za-z0-9_]*):(?:[ \t]+(.*))?$")]
    private static partial Regex KeyValue();

    /// <summary>The keys and their literal values; null when some line needs the YAML reader.</summary>
    public static Dictionary<string, string>? Literal(IEnumerable<string> lines)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var raw in lines)
        {
            var line = raw.TrimEnd('\r');
            if (line.Trim().Length == 0 || line.StartsWith('#')) continue;
            var m = KeyValue().Match(line);
            if (!m.Success) return null;
            var value = m.Groups[2].Value.Trim();
            if (value.Length > 0 && value[0] is '"' or '\'' or '[' or '{' or '|' or '>' or '&' or '*' or '!') return null;
            if (!values.TryAdd(m.Groups[1].Value, value)) return null;
        }
        return values;
    }
}
