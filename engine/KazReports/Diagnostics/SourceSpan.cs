namespace KazReports.Diagnostics;

/// <summary>A place in an input file: data, template or theme. Lines and columns start at 1.</summary>
public readonly record struct SourceSpan(string File, int Line, int Column)
{
    public static readonly SourceSpan None = new("", 0, 0);

    public bool IsNone => string.IsNullOrEmpty(File);

    public SourceSpan WithColumn(int column) => this with { Column = column };

    /// <summary>The document model's position of a block, and back.</summary>
    public static implicit operator SourceSpan(Documents.SourceRef r) => new(r.File, r.Line, r.Column);

    public static implicit operator Documents.SourceRef(SourceSpan s) => new(s.File, s.Line, s.Column);

    public override string ToString() =>
        IsNone ? "" : Line > 0 ? $"{File}({Line},{Math.Max(Column, 1)})" : File;
}
