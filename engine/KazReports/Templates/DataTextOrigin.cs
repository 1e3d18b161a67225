using KazReports.Diagnostics;
using KazReports.Parsing;
using YamlDotNet.RepresentationModel;

namespace KazReports.Templates;

/// <summary>Where a text of the data was written: the file, its line and column, and the field.</summary>
public sealed record DataTextPlace(SourceSpan Span, string Field, string Value)
{
    /// <summary>«текст из data/schools.yaml(12,11), поле name».</summary>
    public override string ToString() => $"текст из {Span}, поле {Field}";
}

/// <summary>
/// Traces text that broke a document back to the data: when the markup of a generated line fails,
/// the data's YAML files are read once more (only then: a good build never pays for it) and the
/// texts of the data found in that line are looked up. A text holding characters that mean something
/// to the markup (<c>:::</c>, <c>|</c>, <c>{{</c>, <c>---</c>, <c>**</c>, a list marker…) is the
/// likely culprit; of several, the longest.
/// </summary>
public sealed class DataTextOrigin(string dataRoot, string displayRoot)
{
    private readonly Lazy<IReadOnlyList<DataTextPlace>> _texts = new(() => Read(dataRoot, displayRoot));

    /// <summary>Texts shorter than this are too common to tell anything («да», «1»).</summary>
    private const int MinLength = 3;

    /// <summary>The data text most likely to have broken one of <paramref name="lines"/>; null when none is there.</summary>
    public DataTextPlace? Find(IEnumerable<string> lines)
    {
        var candidates = lines.ToArray();
        return _texts.Value
            .Where(t => Pieces(t.Value).Any(p => candidates.Any(l => l.Contains(p, StringComparison.Ordinal))))
            .OrderByDescending(t => Strong(t.Value))
            .ThenByDescending(t => t.Value.Length)
            .ThenBy(t => t.Span.File, StringComparer.Ordinal).ThenBy(t => t.Span.Line)
            .FirstOrDefault();
    }

    /// <summary>
    /// The parts of a data text that mean something to the markup, as they show in a generated line:
    /// each of its lines, without the first letter (a template may lower it) and end punctuation.
    /// </summary>
    private static IEnumerable<string> Pieces(string value) =>
        value.Split('\n').Select(l => l.Trim()).Where(Meaningful)
            .Select(l => l.Length > MinLength ? l[1..].TrimEnd('.', ';', ',', ' ') : l)
            .Where(p => p.Length >= MinLength);

    /// <summary>
    /// A markup error with the data's place added when its generated line (<paramref name="asked"/>,
    /// the line the parser located it by; else every line the same template line made) holds a text of the data.
    /// </summary>
    public Diagnostic Trace(Diagnostic d, RenderedText rendered, Lazy<string[]> generated, int asked)
    {
        if (!IsMarkupError(d)) return d;
        var lines = generated.Value;
        bool Made(int i) => rendered.SpanOfLine(i) is var s && s.File == d.Span.File && s.Line == d.Span.Line;
        var made = Enumerable.Range(0, lines.Length).Where(Made).ToArray();
        // The line the parser located the error by, then every line the same template line made, then
        // their whole blocks (a table, a chart's description) up to a blank line.
        var place = (asked >= 0 && asked < lines.Length && Made(asked) ? Find([lines[asked]]) : null)
            ?? Find(made.Select(i => lines[i]))
            ?? Find(made.SelectMany(i => lines.Skip(i).TakeWhile(l => l.Length > 0)).Distinct());
        return place is null ? d : d with { Message = $"{d.Message}; {place}" };
    }

    private static bool IsMarkupError(Diagnostic d) => d.IsError && d.Code is TemplateCodes.Markup or TemplateCodes.Limit;

    /// <summary>Characters that break a table row, a directive or a chart's description wherever they stand (a list marker only at a line's start).</summary>
    private static bool Strong(string text) =>
        text.Contains(":::", StringComparison.Ordinal) || text.Contains('|') || text.Contains("{{", StringComparison.Ordinal)
        || text.Contains("---", StringComparison.Ordinal) || text.Contains("**", StringComparison.Ordinal) || text.Contains('#')
        || text.Contains('[') || text.Contains(": ", StringComparison.Ordinal);

    /// <summary>True when the text holds something the markup reads as syntax.</summary>
    internal static bool Meaningful(string text) =>
        text.Contains(":::", StringComparison.Ordinal) || text.Contains('|') || text.Contains("{{", StringComparison.Ordinal)
        || text.Contains("---", StringComparison.Ordinal) || text.Contains("**", StringComparison.Ordinal) || text.Contains('`')
        || text.Contains('#') || text.Contains('[') || text.Contains('<') || text.Contains(": ", StringComparison.Ordinal)
        || text.Split('\n').Any(l => l.TrimStart() is var t && (t.StartsWith("- ", StringComparison.Ordinal) || t.StartsWith("* ", StringComparison.Ordinal)
            || t.StartsWith("> ", StringComparison.Ordinal) || (t.Length > 1 && char.IsAsciiDigit(t[0]) && t.TrimStart("0123456789".ToCharArray()).StartsWith(". ", StringComparison.Ordinal))));

    private static List<DataTextPlace> Read(string root, string shown)
    {
        var texts = new List<DataTextPlace>();
        if (!Directory.Exists(root)) return texts;
        var files = Directory.EnumerateFiles(root, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var display = Path.Combine(shown, Path.GetRelativePath(root, file)).Replace('\\', '/');
            if (SafeFile.Probe(file) != FileKind.Regular) continue;
            try
            {
                var bag = new DiagnosticBag();
                var text = TextDecoder.Decode(File.ReadAllBytes(file), display, bag);
                var stream = SafeYaml.Load(new StringReader(text.Replace("\r\n", "\n", StringComparison.Ordinal)));
                foreach (var doc in stream.Documents) Walk(doc.RootNode, "", display, texts);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or YamlDotNet.Core.YamlException or ArgumentException)
            {
                // A file that does not read was reported by the loader; it has no texts to offer.
            }
        }
        return texts;
    }

    private static void Walk(YamlNode node, string field, string display, List<DataTextPlace> texts)
    {
        switch (node)
        {
            case YamlScalarNode { Value: { Length: >= MinLength } value } s:
                texts.Add(new DataTextPlace(new SourceSpan(display, (int)s.Start.Line, (int)s.Start.Column), field.Length == 0 ? "—" : field, value.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n')));
                break;
            case YamlMappingNode map:
                foreach (var (k, v) in map.Children) Walk(v, k is YamlScalarNode { Value: { } key } ? key : field, display, texts);
                break;
            case YamlSequenceNode seq:
                foreach (var item in seq.Children) Walk(item, field, display, texts);
                break;
        }
    }
}
