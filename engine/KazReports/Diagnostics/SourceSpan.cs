namespace KazReports.Diagnostics;

/// <summary>A place in an input file: data, template or theme. Lines and columns start at 1.</summary>
public readonly record struct SourceSpan(string File, int Line, int Column)
{
    public static readonly SourceSpan None = new("", 0, 0);

    public bool IsNone => string.IsNullOrEmpty(File);

    public SourceSpan WithColumn(int column) => this with { Column = column };

    public override string ToString() =>
        IsNone ? "" : Line > 0 ? $"{File}({Line},{Math.Max(Column, 1)})" : File;
}
