namespace KazReports.Documents;

/// <summary>
/// Where a block came from (template file, line, column from 1), for messages about it. The model's
/// own type: the document model depends on nothing else of the engine; the diagnostics position
/// converts to and from it.
/// </summary>
public readonly record struct SourceRef(string File, int Line, int Column)
{
    public static readonly SourceRef None = new("", 0, 0);

    public bool IsNone => string.IsNullOrEmpty(File);

    public SourceRef WithColumn(int column) => this with { Column = column };

    public override string ToString() =>
        IsNone ? "" : Line > 0 ? $"{File}({Line},{Math.Max(Column, 1)})" : File;
}
