using KazReports.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace KazReports.Parsing;

/// <summary>
/// A YAML mapping read field by field. Every read records the key; <see cref="Done"/> reports the
/// keys nobody read (a typo in a field name must not silently drop data).
/// </summary>
internal sealed class YMap(YamlMappingNode map, string file, DiagnosticBag bag) : YNode(map, file, bag)
{
    private readonly YamlMappingNode _map = map;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public YNode? Get(string key, bool required = false)
    {
        _read.Add(key);
        foreach (var (k, v) in _map.Children)
        {
            if (k is YamlScalarNode s && s.Value == key)
                return new YNode(v, File, Bag);
        }
        if (required) Bag.Error(Codes.RequiredField, Span, $"нет обязательного поля «{key}»");
        return null;
    }

    public bool Has(string key) =>
        _map.Children.Any(kv => kv.Key is YamlScalarNode s && s.Value == key);

    public string? String(string key, bool required = false)
    {
        var n = Get(key, required);
        var v = n?.AsString(key);
        if (required && n is not null && string.IsNullOrEmpty(v) && n.Node is YamlScalarNode)
            Bag.Error(Codes.RequiredField, n.Span, $"поле «{key}» пусто");
        return string.IsNullOrEmpty(v) ? null : v;
    }

    public string Text(string key) => String(key, required: true) ?? "";

    public int? Int(string key, bool required = false)
    {
        var n = Get(key, required);
        var v = n?.AsInteger(key);
        if (required && n is not null && n.IsNull) Bag.Error(Codes.RequiredField, n.Span, $"поле «{key}» пусто");
        if (v is > int.MaxValue or < int.MinValue)
        {
            Bag.Error(Codes.BadNumber, n!.Span, $"поле «{key}»: число {v} слишком велико");
            return null;
        }
        return (int?)v;
    }

    public decimal? Decimal(string key, bool required = false) => Get(key, required)?.AsDecimal(key);

    public DateOnly? Date(string key, bool required = false)
    {
        var n = Get(key, required);
        if (required && n is not null && n.IsNull) Bag.Error(Codes.RequiredField, n.Span, $"поле «{key}» пусто");
        return n?.AsDate(key);
    }

    public YMap? Map(string key, bool required = false) => Get(key, required)?.AsMap(key);

    public IReadOnlyList<YNode> List(string key, bool required = false) => Get(key, required)?.AsList(key) ?? [];

    public IReadOnlyList<YMap> Maps(string key, bool required = false) =>
        List(key, required).Select(n => n.AsMap(key)).OfType<YMap>().ToArray();

    public IReadOnlyList<string> Strings(string key, bool required = false) =>
        List(key, required).Select(n => n.AsString(key)).OfType<string>().ToArray();

    /// <summary>A list of texts with the place of each item (a misspelt id is reported at the item, not at the list).</summary>
    public (IReadOnlyList<string> Values, IReadOnlyList<SourceSpan> Spans) StringsWithSpans(string key, bool required = false)
    {
        var items = List(key, required).Select(n => (Value: n.AsString(key), n.Span)).Where(x => x.Value is not null).ToArray();
        return (items.Select(x => x.Value!).ToArray(), items.Select(x => x.Span).ToArray());
    }

    /// <summary>Reports every key that was never read as unknown.</summary>
    public void Done()
    {
        foreach (var (k, _) in _map.Children)
        {
            if (k is YamlScalarNode s && s.Value is { } name && !_read.Contains(name))
                Bag.Error(Codes.UnknownField, SpanOf(File, k), $"неизвестное поле «{name}»");
        }
    }
}
