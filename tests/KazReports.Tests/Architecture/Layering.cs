using System.Text.RegularExpressions;

namespace KazReports.Tests.Architecture;

/// <summary>
/// The engine's layers and what each may see (docs/ARCHITECTURE.md):
/// Foundation (Diagnostics, Text, Parsing) → Data → Validation → Analysis → Templates → Documents ← Rendering,
/// and Build on top. The document model sees nothing of the engine; the PDF page loop (Layout) does
/// not see font embedding (Fonts); only Validation sees how data is read (Data.Loading).
/// </summary>
internal static partial class Layering
{
    /// <summary>Namespace (below KazReports) → the layer it belongs to; the longest prefix wins.</summary>
    private static readonly (string Prefix, string Layer)[] Layers =
    [
        ("Documents", "Documents"),
        ("Diagnostics", "Foundation"), ("Text", "Foundation"), ("Parsing", "Foundation"),
        ("Data.Model", "Data.Model"), ("Data.Loading", "Data.Loading"), ("Data", "Data.Model"),
        ("Validation", "Validation"),
        ("Analysis", "Analysis"),
        ("Templates", "Templates"),
        ("Rendering.Pdf.Layout", "Pdf.Layout"), ("Rendering.Pdf.Fonts", "Pdf.Fonts"), ("Rendering", "Rendering"),
        ("Synthetic", "Synthetic"),
        ("Build", "Build"),
    ];

    /// <summary>Layer → the other layers it may use.</summary>
    private static readonly Dictionary<string, string[]> MaySee = new()
    {
        ["Documents"] = [],
        ["Foundation"] = ["Documents"],
        ["Data.Model"] = ["Foundation"],
        ["Data.Loading"] = ["Data.Model", "Foundation"],
        ["Validation"] = ["Data.Loading", "Data.Model", "Foundation"],
        ["Analysis"] = ["Data.Model", "Foundation"],
        ["Templates"] = ["Analysis", "Data.Model", "Documents", "Foundation"],
        ["Rendering"] = ["Documents", "Foundation", "Pdf.Layout", "Pdf.Fonts"],
        ["Pdf.Layout"] = ["Rendering", "Documents", "Foundation"],
        ["Pdf.Fonts"] = ["Rendering", "Pdf.Layout", "Documents", "Foundation"],
        ["Synthetic"] = ["Data.Model", "Foundation"],
        ["Build"] = ["Validation", "Analysis", "Templates", "Documents", "Rendering", "Data.Model", "Foundation"],
    };

    public static string LayerOf(string ns)
    {
        var rest = ns == "KazReports" ? "" : ns.StartsWith("KazReports.", StringComparison.Ordinal) ? ns["KazReports.".Length..] : ns;
        foreach (var (prefix, layer) in Layers)
        {
            if (rest == prefix || rest.StartsWith(prefix + ".", StringComparison.Ordinal)) return layer;
        }
        return "";
    }

    /// <summary>
    /// The back-edges of one source file: «file(line): Layer → Other (what)» for each reference — a
    /// <c>using</c> (plain, static or alias) or a qualified name in code, full (<c>KazReports.Analysis.X</c>)
    /// or relative to the file's namespace (<c>Analysis.ResultIndex</c>) — to a layer it may not see.
    /// Comments and strings are not code. <paramref name="types"/>: namespace → types declared there.
    /// </summary>
    public static IEnumerable<string> BackEdges(string file, string source, IReadOnlyDictionary<string, HashSet<string>> types)
    {
        var code = StripCommentsAndStrings(source);
        var ns = NamespacePattern().Match(code) is { Success: true } m ? m.Groups[1].Value : "";
        var own = LayerOf(ns);
        if (!MaySee.TryGetValue(own, out var allowed)) yield break;
        var lines = code.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            foreach (var target in References(lines[i], ns, types))
            {
                var layer = LayerOf(target);
                if (layer.Length > 0 && layer != own && !allowed.Contains(layer))
                    yield return $"{file}({i + 1}): {own} → {layer} ({target})";
            }
        }
    }

    private static IEnumerable<string> References(string line, string ns, IReadOnlyDictionary<string, HashSet<string>> types)
    {
        foreach (Match m in QualifiedPattern().Matches(line))
        {
            var name = m.Value;
            if (name.StartsWith("KazReports.", StringComparison.Ordinal))
            {
                yield return name;
                continue;
            }
            // A name relative to the enclosing namespaces: KazReports.Data.Loading → Data.Loading, then KazReports.
            var parts = name.Split('.');
            for (var scope = ns; scope.Length > 0; scope = scope.Contains('.') ? scope[..scope.LastIndexOf('.')] : "")
            {
                var candidate = scope + "." + parts[0];
                if (types.ContainsKey(candidate) && (parts.Length == 1 || types[candidate].Contains(parts[1]) || types.ContainsKey(candidate + "." + parts[1])))
                {
                    yield return candidate + "." + parts[1];
                    break;
                }
            }
        }
    }

    /// <summary>Namespace → the types declared in it, from the sources.</summary>
    public static Dictionary<string, HashSet<string>> TypesOf(IEnumerable<string> sources)
    {
        var types = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            var code = StripCommentsAndStrings(source);
            if (NamespacePattern().Match(code) is not { Success: true } m) continue;
            var ns = m.Groups[1].Value;
            // Every enclosing namespace exists too (KazReports.Rendering of KazReports.Rendering.Pdf).
            for (var n = ns; n.Contains('.'); n = n[..n.LastIndexOf('.')])
                types.TryAdd(n, []);
            foreach (Match t in TypePattern().Matches(code)) types[ns].Add(t.Groups[1].Value);
        }
        return types;
    }

    /// <summary>The code with comments, strings and characters blanked (line breaks kept, so lines still count).</summary>
    public static string StripCommentsAndStrings(string source) =>
        CommentOrString().Replace(source, m => new string(m.Value.Select(c => c == '\n' ? '\n' : ' ').ToArray()));

    [GeneratedRegex(@"^\s*namespace\s+([\w.]+)", RegexOptions.Multiline)]
    private static partial Regex NamespacePattern();

    [GeneratedRegex(@"(?<![\w.])[A-Z]\w*(?:\.[A-Z]\w*)+")]
    private static partial Regex QualifiedPattern();

    [GeneratedRegex(@"\b(?:class|record|struct|interface|enum)\s+(?:class\s+|struct\s+)?(\w+)")]
    private static partial Regex TypePattern();

    [GeneratedRegex(@"//[^\n]*|/\*.*?\*/|""""""[\s\S]*?""""""|@""(?:[^""]|"""")*""|\$?""(?:[^""\\\n]|\\.)*""|'(?:[^'\\\n]|\\.)'", RegexOptions.Singleline)]
    private static partial Regex CommentOrString();
}
