using KazReports.Parsing;
using KazReports.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace KazReports.Templates.Declarations;

/// <summary>
/// Reads templates/documents.yaml: which documents a build makes, from which templates, for what.
/// Problems are diagnostics located in the file (KR2007), never exceptions.
/// </summary>
public static class DeclarationReader
{
    /// <summary>A bad entry of documents.yaml.</summary>
    public const string Code = "KR2007";

    public const string FileName = "documents.yaml";

    /// <summary>What a conclusion compares: <c>grade</c>, <c>cohort</c> (the same pupils a year earlier), <c>vpr-to-oge</c>.</summary>
    public static readonly string[] ConclusionKinds = ["grade", "cohort", "vpr-to-oge"];

    /// <summary>Every declared document, in the file's order; empty (with diagnostics) when the file is missing or broken.</summary>
    public static IReadOnlyList<DocumentDeclaration> Load(string path, string display, DiagnosticBag bag)
    {
        var root = YamlFile.Open(path, display, bag);
        if (root is null) return [];
        var list = new List<DocumentDeclaration>();
        var entries = root.Maps("documents", required: true);
        root.Done();
        foreach (var entry in entries)
        {
            if (Entry(entry, bag) is { } d) list.Add(d);
        }
        foreach (var group in list.GroupBy(d => d.Id.Text, StringComparer.Ordinal).Where(g => g.Count() > 1))
            bag.Error(Code, group.Last().Span, $"документ «{group.Key}» объявлен дважды");
        return list;
    }

    private static DocumentDeclaration? Entry(YMap map, DiagnosticBag bag)
    {
        var errors = bag.ErrorCount;
        var id = Pattern(map, "id", bag, required: true);
        var template = map.String("template", required: true);
        var title = Pattern(map, "title", bag, required: true);
        var group = map.String("group", required: true);
        var each = map.String("each") ?? "district";
        var model = map.String("model");
        var subject = Pattern(map, "subject", bag);
        var date = Pattern(map, "date", bag);
        var author = Pattern(map, "author", bag);
        var formats = map.Strings("formats");
        var combined = map.Map("combined") is { } c ? Combined(c, bag) : null;
        var conclusions = map.Map("conclusions") is { } cs ? Conclusions(cs, bag) : [];
        map.Done();
        if (group is not null && !group.All(ch => char.IsAsciiLetterLower(ch) || char.IsAsciiDigit(ch) || ch == '-'))
            bag.Error(Code, map.Get("group")!.Span, $"группа «{group}»: только строчные латинские буквы, цифры и «-» (её пишут в --only)");
        if (bag.ErrorCount > errors || id is null || template is null || title is null || group is null) return null;
        return new DocumentDeclaration(id, template, group, each, model, title, subject, date, author, formats, combined, conclusions, map.Span);
    }

    private static NamePattern? Pattern(YMap map, string field, DiagnosticBag bag, bool required = false)
    {
        var node = map.Get(field, required);
        var text = node?.AsString(field);
        if (node is null || text is null)
        {
            if (required && node is not null) bag.Error(Codes.RequiredField, node.Span, $"поле «{field}» пусто");
            return null;
        }
        return NamePattern.Parse(text, node.Span, bag, field);
    }

    private static CombinedDeclaration? Combined(YMap map, DiagnosticBag bag)
    {
        var id = map.String("id", required: true);
        var title = Pattern(map, "title", bag, required: true);
        var note = map.String("note") ?? "";
        var max = map.Int("max") ?? int.MaxValue;
        map.Done();
        return id is null || title is null ? null : new CombinedDeclaration(id, title, note, max);
    }

    private static IReadOnlyList<ConclusionDeclaration> Conclusions(YMap map, DiagnosticBag bag)
    {
        var list = new List<ConclusionDeclaration>();
        var keys = ((YamlMappingNode)map.Node).Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value).OfType<string>().ToArray();
        foreach (var name in keys)
        {
            var entry = map.Map(name, required: true);
            if (entry is null) continue;
            var kind = entry.String("kind", required: true);
            var procedure = entry.String("procedure") ?? "ВПР";
            var grade = entry.Int("grade");
            var subject = entry.String("subject");
            entry.Done();
            if (kind is null) continue;
            if (!ConclusionKinds.Contains(kind, StringComparer.Ordinal))
                bag.Error(Code, entry.Span, $"выводы «{name}»: вид «{kind}» неизвестен; есть {string.Join(", ", ConclusionKinds)}");
            else if (kind == "vpr-to-oge" && subject is null)
                bag.Error(Codes.RequiredField, entry.Span, $"выводы «{name}»: для vpr-to-oge нужен предмет (subject)");
            else if (kind != "vpr-to-oge" && grade is null)
                bag.Error(Codes.RequiredField, entry.Span, $"выводы «{name}»: нужен класс (grade)");
            else list.Add(new ConclusionDeclaration(name, kind, procedure, grade ?? 0, subject, entry.Span));
        }
        return list;
    }
}
