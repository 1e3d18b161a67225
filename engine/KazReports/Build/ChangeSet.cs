namespace KazReports.Build;

/// <summary>
/// What a batch of saved files means for a rebuild: a data file, the theme or any other setting
/// changes every document; a template changes the documents whose templates read it; notes,
/// previews and editors' temporary files change nothing.
/// </summary>
public sealed class ChangeSet
{
    private ChangeSet(bool all, IReadOnlySet<string> templates, IReadOnlyList<string> files)
    {
        All = all;
        Templates = templates;
        Files = files;
    }

    /// <summary>Every document must be rebuilt.</summary>
    public bool All { get; }

    /// <summary>The changed templates, by name relative to the templates folder.</summary>
    public IReadOnlySet<string> Templates { get; }

    /// <summary>The changed files that matter, as the user sees them (relative to the working folder).</summary>
    public IReadOnlyList<string> Files { get; }

    public bool IsEmpty => !All && Templates.Count == 0;

    public static ChangeSet From(IEnumerable<string> paths, string dataDir, string templatesDir)
    {
        var data = Path.GetFullPath(dataDir);
        var templates = Path.GetFullPath(templatesDir);
        var all = false;
        var names = new HashSet<string>(StringComparer.Ordinal);
        var files = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var path in paths.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal))
        {
            if (Ignored(path)) continue;
            if (Inside(path, data))
            {
                all = true;
                files.Add(Display(path));
            }
            else if (Inside(path, templates))
            {
                var name = TemplateDependencies.Normalize(Path.GetRelativePath(templates, path));
                if (name.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || name.StartsWith("previews/", StringComparison.Ordinal)) continue;
                if (name.EndsWith(".sbn", StringComparison.OrdinalIgnoreCase)) names.Add(name);
                else all = true; // theme.yaml, fonts, the list of documents
                files.Add(Display(path));
            }
        }
        return new ChangeSet(all, names, files.ToArray());
    }

    /// <summary>The filter of the documents to rebuild; null for all of them.</summary>
    public Func<DocumentJob, bool>? Filter(TemplateDependencies dependencies) =>
        All ? null : job => dependencies.Affected(job.Template, Templates);

    /// <summary>A path relative to the working folder when it is under it, else in full.</summary>
    private static string Display(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }

    private static bool Inside(string path, string dir) =>
        path.StartsWith(dir.EndsWith(Path.DirectorySeparatorChar) ? dir : dir + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>Editors' swap and backup files and our own temporary files.</summary>
    private static bool Ignored(string path)
    {
        var name = Path.GetFileName(path);
        return name.Length == 0 || name.StartsWith('.') || name.EndsWith('~') || name.StartsWith('#')
            || name.EndsWith(".swp", StringComparison.Ordinal) || name.EndsWith(".swx", StringComparison.Ordinal)
            || name.EndsWith(".tmp", StringComparison.Ordinal) || name == "4913";
    }
}
