using System.Globalization;
using KazReports.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace KazReports.Parsing;

/// <summary>A YAML node with its file, for typed reads that report problems instead of throwing.</summary>
internal class YNode(YamlNode node, string file, DiagnosticBag bag)
{
    public YamlNode Node { get; } = node;
    public string File { get; } = file;
    public DiagnosticBag Bag { get; } = bag;
    public SourceSpan Span => SpanOf(File, Node);

    public static SourceSpan SpanOf(string file, YamlNode node) =>
        new(file, (int)node.Start.Line, (int)node.Start.Column);

    public bool IsNull => Node is YamlScalarNode s && IsNullScalar(s);

    public static bool IsNullScalar(YamlScalarNode s) =>
        s.Style == YamlDotNet.Core.ScalarStyle.Plain && (s.Value is null or "" or "~" or "null" or "Null" or "NULL");

    public string? AsString(string what)
    {
        switch (Node)
        {
            case YamlScalarNode s when IsNullScalar(s):
                return null;
            case YamlScalarNode s:
                return s.Value?.Trim();
            default:
                Bag.Error(Codes.WrongType, Span, $"поле «{what}»: ожидался текст");
                return null;
        }
    }

    public long? AsInteger(string what)
    {
        var s = AsString(what);
        if (s is null) return null;
        if (long.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v)) return v;
        Bag.Error(Codes.BadNumber, Span, $"поле «{what}»: «{s}» не целое число");
        return null;
    }

    public decimal? AsDecimal(string what)
    {
        var s = AsString(what);
        if (s is null) return null;
        if (NumberText.TryParse(s, out var v, out _)) return v;
        Bag.Error(Codes.BadNumber, Span, $"поле «{what}»: «{s}» не число");
        return null;
    }

    public DateOnly? AsDate(string what)
    {
        var s = AsString(what);
        if (s is null) return null;
        if (DateText.TryParse(s, out var d)) return d;
        Bag.Error(Codes.BadDate, Span, $"поле «{what}»: «{s}» не дата (пишите 2024-01-29 или 29.01.2024)");
        return null;
    }

    public YMap? AsMap(string what)
    {
        if (Node is YamlMappingNode m) return new YMap(m, File, Bag);
        if (!IsNull) Bag.Error(Codes.WrongType, Span, $"поле «{what}»: ожидался словарь полей");
        return null;
    }

    public IReadOnlyList<YNode> AsList(string what)
    {
        if (Node is YamlSequenceNode seq) return seq.Children.Select(c => new YNode(c, File, Bag)).ToArray();
        if (!IsNull) Bag.Error(Codes.WrongType, Span, $"поле «{what}»: ожидался список");
        return [];
    }
}
