using KazReports.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace KazReports.Parsing;

/// <summary>Opens a YAML file and hands out its root mapping with positions for diagnostics.</summary>
internal static class YamlFile
{
    /// <summary>Parses <paramref name="path"/>; null (with a diagnostic) when it is missing, empty or broken.</summary>
    public static YMap? Open(string path, string displayPath, DiagnosticBag bag, bool required = true)
    {
        if (!SafeFile.CheckReadable(path, displayPath, bag, required)) return null;
        string text;
        try
        {
            text = TextDecoder.Decode(File.ReadAllBytes(path), displayPath, bag);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            bag.Add(new Diagnostic(Severity.Error, Codes.FileMissing, new SourceSpan(displayPath, 0, 0), $"файл не прочитан: {FileErrors.Russian(e)}", e.Message));
            return null;
        }
        return Parse(text, displayPath, bag);
    }

    public static YMap? Parse(string text, string displayPath, DiagnosticBag bag)
    {
        // Before the parser, which reports a tab at the start of the file or not at all.
        if (TabIndent(text) is var (tabLine, tabCol) && tabLine > 0)
        {
            bag.Error(Codes.YamlSyntax, new SourceSpan(displayPath, tabLine, tabCol),
                "синтаксическая ошибка YAML: табуляция в отступе: в YAML отступы делаются только пробелами");
            return null;
        }
        YamlStream stream;
        try
        {
            stream = SafeYaml.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            var line = (int)Math.Max(1, e.Start.Line);
            var col = (int)Math.Max(1, e.Start.Column);
            bag.Add(new Diagnostic(Severity.Error, Codes.YamlSyntax, new SourceSpan(displayPath, line, col),
                $"синтаксическая ошибка YAML: {SafeYaml.Message(e)}", (e.InnerException ?? e).Message));
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            bag.Error(Codes.EmptyFile, new SourceSpan(displayPath, 1, 1), "файл пуст");
            return null;
        }
        var root = stream.Documents[0].RootNode;
        if (root is not YamlMappingNode map)
        {
            bag.Error(Codes.WrongType, YNode.SpanOf(displayPath, root), "ожидался словарь полей «имя: значение»");
            return null;
        }
        return new YMap(map, displayPath, bag);
    }

    /// <summary>
    /// The first line indented with a tab (YAML allows only spaces; YamlDotNet reads some such files
    /// into a different structure than the one seen on screen); (0, 0) when none.
    /// </summary>
    private static (int Line, int Column) TabIndent(string text)
    {
        var line = 1;
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            var i = start;
            while (i < end && text[i] == ' ') i++;
            if (i < end && text[i] == '\t')
            {
                var j = i;
                while (j < end && text[j] is ' ' or '\t') j++;
                if (j < end && text[j] != '#' && text[j] != '\r') return (line, i - start + 1);
            }
            line++;
            start = end + 1;
        }
        return (0, 0);
    }
}
