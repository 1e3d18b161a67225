using KazReports.Parsing;
using KazReports.Diagnostics;
using KazReports.Documents;

namespace KazReports.Templates;

/// <summary>
/// The <c>fonts: files:</c> part of theme.yaml: the font files of PDF text, paths from the theme's
/// folder (regular, bold, italic, bold_italic; fallback: a list). A face not given is the regular
/// one (drawn bold or slanted). Each file must exist and be a TrueType or OpenType font.
/// </summary>
internal static class ThemeFonts
{
    public static FontFiles? Read(YMap files, string folder, DiagnosticBag bag)
    {
        var regular = File(files, "regular", folder, bag, required: true);
        var bold = File(files, "bold", folder, bag);
        var italic = File(files, "italic", folder, bag);
        var boldItalic = File(files, "bold_italic", folder, bag);
        var fallbacks = new List<string>();
        foreach (var node in files.List("fallback"))
        {
            if (node.AsString("fallback") is { Length: > 0 } name && Resolve(name, node.Span, folder, bag) is { } path)
            {
                fallbacks.Add(path);
            }
        }

        files.Done();
        return regular is null ? null : new FontFiles(regular, bold ?? regular, italic ?? regular, boldItalic ?? bold ?? regular, fallbacks);
    }

    private static string? File(YMap files, string key, string folder, DiagnosticBag bag, bool required = false)
    {
        var node = files.Get(key, required);
        return node?.AsString(key) is { Length: > 0 } name ? Resolve(name, node.Span, folder, bag) : null;
    }

    private static string? Resolve(string name, SourceSpan span, string folder, DiagnosticBag bag)
    {
        var path = Path.GetFullPath(Path.Combine(folder, name));
        if (!System.IO.File.Exists(path))
        {
            bag.Error(TemplateCodes.Theme, span, $"нет файла шрифта «{name}»");
            return null;
        }

        if (!IsFont(path))
        {
            bag.Error(TemplateCodes.Theme, span, $"«{name}» — не файл шрифта TrueType или OpenType (.ttf, .otf)");
            return null;
        }

        return path;
    }

    /// <summary>The first four bytes of a TrueType, OpenType or collection file.</summary>
    private static bool IsFont(string path)
    {
        try
        {
            using var stream = System.IO.File.OpenRead(path);
            Span<byte> head = stackalloc byte[4];
            if (stream.ReadAtLeast(head, 4, throwOnEndOfStream: false) < 4)
            {
                return false;
            }

            var tag = System.Text.Encoding.ASCII.GetString(head);
            return head.SequenceEqual(new byte[] { 0, 1, 0, 0 }) || tag is "OTTO" or "true" or "ttcf";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
