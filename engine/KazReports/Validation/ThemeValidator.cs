using KazReports.Parsing;
using System.Globalization;
using System.Text.RegularExpressions;
using KazReports.Data.Loading;
using KazReports.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace KazReports.Validation;

/// <summary>
/// Values of templates/theme.yaml that no document can have: sizes, margins and widths out of range,
/// colours that are not RRGGBB. Each is an error at its line (the loader reads the types; this says
/// what is possible). Run by <c>kaz validate</c> and by every build.
/// </summary>
public static partial class ThemeValidator
{
    public const string Code = "KR2006";

    /// <summary>(what the key is, its range, the unit) by the key's dotted path or its ending.</summary>
    private static (string What, decimal Min, decimal Max, string Unit)? RangeOf(string path) => path switch
    {
        "fonts.body" or "fonts.table" or "fonts.small" or "fonts.title" => ("размер шрифта", 4, 72, "пт"),
        "page.margins_mm.top" or "page.margins_mm.bottom" => ("поле страницы", 0, 100, "мм"),
        "page.margins_mm.left" or "page.margins_mm.right" => ("поле страницы", 0, 80, "мм"),
        _ when path.EndsWith("line_spacing", StringComparison.Ordinal) => ("межстрочный интервал", 0.5m, 4, ""),
        _ when path.EndsWith("width_mm", StringComparison.Ordinal) => ("ширина", 10, 180, "мм"),
        _ when path.EndsWith("_mm", StringComparison.Ordinal) => ("размер", 0, 100, "мм"),
        _ when path.EndsWith("_pt", StringComparison.Ordinal) => ("размер", 0, 72, "пт"),
        _ => null,
    };

    private static bool IsColour(string path) =>
        path.EndsWith("shading", StringComparison.Ordinal) || path.EndsWith("color", StringComparison.Ordinal) ||
        path.EndsWith("colour", StringComparison.Ordinal) || path.StartsWith("charts.colors", StringComparison.Ordinal);

    [GeneratedRegex("^#?[0-9A-Fa-f]{6}$")]
    private static partial Regex Hex();

    public static void Check(string path, string display, DiagnosticBag bag)
    {
        if (SafeFile.Probe(path) != FileKind.Regular) return; // the loader says why
        YamlStream stream;
        try
        {
            stream = SafeYaml.Load(new StringReader(File.ReadAllText(path)));
        }
        catch (Exception e) when (e is YamlDotNet.Core.YamlException or IOException or UnauthorizedAccessException)
        {
            return; // the loader reports syntax and file errors
        }
        if (stream.Documents.Count > 0) Walk(stream.Documents[0].RootNode, "", display, bag);
    }

    private static void Walk(YamlNode node, string path, string display, DiagnosticBag bag)
    {
        switch (node)
        {
            case YamlMappingNode map:
                foreach (var (key, value) in map.Children)
                    Walk(value, path.Length == 0 ? key.ToString() : $"{path}.{key}", display, bag);
                break;
            case YamlSequenceNode list:
                foreach (var item in list.Children) Walk(item, path, display, bag);
                break;
            case YamlScalarNode { Value: { } text } scalar:
                var span = new SourceSpan(display, (int)scalar.Start.Line, (int)scalar.Start.Column);
                if (IsColour(path) && !Hex().IsMatch(text))
                    bag.Error(Code, span, $"{path}: цвет «{text}» не в виде RRGGBB (шесть шестнадцатеричных цифр, например 2F5597)");
                else if (RangeOf(path) is var (what, min, max, unit) &&
                         decimal.TryParse(text.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var v) &&
                         (v < min || v > max))
                    bag.Error(Code, span, $"{path}: {what} {Show(v)}{Unit(unit)} вне {Show(min)}–{Show(max)}{Unit(unit)}");
                break;
        }
    }

    private static string Unit(string unit) => unit.Length == 0 ? "" : " " + unit;

    private static string Show(decimal v) => v.ToString("0.##", CultureInfo.InvariantCulture).Replace('.', ',');
}
