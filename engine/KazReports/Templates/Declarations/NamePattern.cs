using System.Globalization;
using System.Text;
using KazReports.Diagnostics;
using Scriban.Runtime;

namespace KazReports.Templates.Declarations;

/// <summary>
/// A text with values from the data in braces: <c>letters/{school.id}</c>, <c>Приказ № {order.number}</c>.
/// A brace holds a dotted path and, after <c>??</c>, paths to try when it is empty:
/// <c>{roadmap.order.date ?? program.approved_date}</c>.
/// </summary>
public sealed class NamePattern
{
    private readonly IReadOnlyList<object> _parts; // string literal or string[] alternatives

    private NamePattern(string text, IReadOnlyList<object> parts, SourceSpan span)
    {
        Text = text;
        _parts = parts;
        Span = span;
    }

    public string Text { get; }

    public SourceSpan Span { get; }

    /// <summary>The first part of every path: what the pattern needs from its context.</summary>
    public IEnumerable<string> Roots => _parts.OfType<string[]>().SelectMany(a => a).Select(p => p.Split('.')[0]);

    /// <summary>Reads a pattern; null (with a diagnostic at <paramref name="span"/>) when a brace is unbalanced or empty.</summary>
    public static NamePattern? Parse(string text, SourceSpan span, DiagnosticBag bag, string field)
    {
        var parts = new List<object>();
        var i = 0;
        while (i < text.Length)
        {
            var open = text.IndexOf('{', i);
            var close = text.IndexOf('}', i);
            if (close >= 0 && (open < 0 || close < open))
                return Fail(bag, span, field, text, "лишняя «}»");
            if (open < 0)
            {
                parts.Add(text[i..]);
                break;
            }
            if (open > i) parts.Add(text[i..open]);
            close = text.IndexOf('}', open);
            if (close < 0) return Fail(bag, span, field, text, "нет закрывающей «}»");
            var paths = text[(open + 1)..close].Split("??").Select(p => p.Trim()).ToArray();
            if (paths.Any(p => p.Length == 0 || p.Split('.').Any(s => s.Length == 0 || !s.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))))
                return Fail(bag, span, field, text, $"«{{{text[(open + 1)..close]}}}» — не путь к значению (пишите {{school.id}})");
            parts.Add(paths);
            i = close + 1;
        }
        return new NamePattern(text, parts, span);
    }

    private static NamePattern? Fail(DiagnosticBag bag, SourceSpan span, string field, string text, string why)
    {
        bag.Error(DeclarationReader.Code, span, $"поле «{field}» = «{text}»: {why}");
        return null;
    }

    /// <summary>
    /// The single value of a pattern that is one brace (a date), or null; otherwise the text. Values
    /// come from <c>context(root)</c>, null when there is no such root.
    /// </summary>
    public object? Value(Func<string, object?> context) =>
        _parts is [string[] only] ? First(only, context) : Format(context, sanitize: null);

    /// <summary>The text with each brace replaced by its value (formatted invariantly), each passed through <paramref name="sanitize"/>.</summary>
    public string Format(Func<string, object?> context, Func<string, string>? sanitize = null)
    {
        if (_parts is [string literal]) return literal;
        var sb = new StringBuilder();
        foreach (var part in _parts)
        {
            if (part is string s) { sb.Append(s); continue; }
            var text = Show(First((string[])part, context));
            sb.Append(sanitize is null ? text : sanitize(text));
        }
        return sb.ToString();
    }

    /// <summary>The pattern has a brace whose every path is empty in <paramref name="context"/>.</summary>
    public bool HasEmpty(Func<string, object?> context) =>
        _parts.OfType<string[]>().Any(p => First(p, context) is null);

    private static object? First(string[] paths, Func<string, object?> context)
    {
        foreach (var path in paths)
        {
            if (Walk(path, context) is { } v && v is not "") return v;
        }
        return null;
    }

    private static object? Walk(string path, Func<string, object?> context)
    {
        var steps = path.Split('.');
        var value = context(steps[0]);
        foreach (var step in steps.Skip(1))
            value = value is ScriptObject so && so.ContainsKey(step) ? so[step] : null;
        return value;
    }

    private static string Show(object? value) => value switch
    {
        null => "",
        DateOnly d => d.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
