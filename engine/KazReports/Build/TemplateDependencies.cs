using System.Text.RegularExpressions;

namespace KazReports.Build;

/// <summary>
/// Which template files a template reads: itself and the partials it includes, transitively, read
/// from the <c>include "…"</c> calls in its source. A template with an include whose name is not a
/// plain string (computed while rendering) is taken to read every template.
/// </summary>
public sealed partial class TemplateDependencies(string templatesDir)
{
    private readonly string root = Path.GetFullPath(templatesDir);
    private readonly Dictionary<string, (IReadOnlySet<string> Files, bool Dynamic)> closures = new(StringComparer.Ordinal);

    /// <summary>The template names (relative to the templates folder, '/' between folders) <paramref name="template"/> reads.</summary>
    public IReadOnlySet<string> Closure(string template) => Get(template).Files;

    /// <summary>Whether the template includes a partial by a computed name, so may read any template.</summary>
    public bool IsDynamic(string template) => Get(template).Dynamic;

    /// <summary>Whether a change of these template files can change what <paramref name="template"/> renders.</summary>
    public bool Affected(string template, IReadOnlySet<string> changed)
    {
        var (files, dynamic) = Get(template);
        return dynamic ? changed.Count > 0 : files.Overlaps(changed);
    }

    private (IReadOnlySet<string> Files, bool Dynamic) Get(string template)
    {
        template = Normalize(template);
        if (closures.TryGetValue(template, out var known)) return known;
        var files = new HashSet<string>(StringComparer.Ordinal);
        var dynamic = false;
        var queue = new Queue<string>([template]);
        while (queue.TryDequeue(out var name))
        {
            if (!files.Add(name)) continue;
            var path = Path.Combine(root, name);
            if (!File.Exists(path)) continue;
            var source = File.ReadAllText(path);
            var includes = Includes(source, out var computed);
            foreach (var include in includes) queue.Enqueue(Normalize(include));
            dynamic |= computed;
        }
        return closures[template] = (files, dynamic);
    }

    /// <summary>The literal names of the partials a template source includes; <paramref name="dynamic"/> when some name is computed.</summary>
    public static IReadOnlyList<string> Includes(string source, out bool dynamic)
    {
        var names = new List<string>();
        dynamic = false;
        foreach (Match m in IncludeCall().Matches(source))
        {
            if (m.Groups["name"].Success) names.Add(m.Groups["name"].Value);
            else dynamic = true;
        }
        return names;
    }

    public static string Normalize(string name) => name.Replace('\\', '/').TrimStart('/');

    // include "name" / include 'name' / include("name"); anything else after include is a computed name.
    [GeneratedRegex("""\binclude\b\s*\(?\s*(?:"(?<name>[^"]+)"|'(?<name>[^']+)'|(?=[A-Za-z_$(]))""")]
    private static partial Regex IncludeCall();
}
