using KazReports.Parsing;
using KazReports.Data.Model;
using KazReports.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace KazReports.Data.Loading;

/// <summary>Reads data/program/: the prose parts (*.md, in name order) and facts.yaml.</summary>
internal static class ProgramTextReader
{
    public static ProgramText? Read(string dir, Func<string, string> display, DiagnosticBag bag)
    {
        if (!Directory.Exists(dir)) return null;
        var parts = new List<ProgramPart>();
        var errors = bag.ErrorCount;
        var files = SafeFile.ListFiles(dir, "*.md", display(dir), bag);
        if (bag.ErrorCount > errors) return null; // an unreadable folder: one error, not one per file in it
        foreach (var file in files)
        {
            var shown = display(file);
            if (!SafeFile.CheckReadable(file, shown, bag)) continue;
            try
            {
                var text = TextDecoder.Decode(File.ReadAllBytes(file), shown, bag);
                parts.Add(new ProgramPart(Path.GetFileNameWithoutExtension(file), shown, text.Replace("\r\n", "\n")));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                bag.Add(new Diagnostic(Severity.Error, Codes.FileMissing, new SourceSpan(shown, 0, 0), "файл не прочитан: " + FileErrors.Russian(e), e.Message));
            }
        }
        var factsPath = Path.Combine(dir, "facts.yaml");
        var facts = new List<ProgramFact>();
        if (YamlFile.Open(factsPath, display(factsPath), bag, required: false) is { } root)
        {
            foreach (var (key, _) in ((YamlMappingNode)root.Node).Children)
            {
                if (key is not YamlScalarNode { Value: { Length: > 0 } id }) continue;
                if (root.Map(id, required: true) is not { } m) continue;
                facts.Add(new ProgramFact(id, m.Decimal("value", required: true), m.String("unit"), m.String("what"),
                    m.String("source", required: true), m.Int("year", required: true), m.Span));
                m.Done();
            }
            root.Done();
        }
        return new ProgramText(parts, facts);
    }
}
