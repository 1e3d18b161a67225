using KazReports.Diagnostics;

namespace KazReports.Templates.Declarations;

/// <summary>
/// One entry of templates/documents.yaml: a document, or one per school, order, roadmap… (<see cref="Each"/>).
/// <see cref="Id"/>, <see cref="Title"/>, <see cref="Subject"/>, <see cref="Date"/> and <see cref="Author"/> are
/// patterns whose <c>{path}</c> parts are read from the data.
/// </summary>
public sealed record DocumentDeclaration(
    NamePattern Id,
    string Template,
    string Group,
    string Each,
    string? Model,
    NamePattern Title,
    NamePattern? Subject,
    NamePattern? Date,
    NamePattern? Author,
    IReadOnlyList<string> Formats,
    CombinedDeclaration? Combined,
    IReadOnlyList<ConclusionDeclaration> Conclusions,
    SourceSpan Span)
{
    /// <summary>True when the document is written in <paramref name="format"/> (no <c>formats</c>: every format).</summary>
    public bool WritesFormat(string format) => Formats.Count == 0 || Formats.Contains(format, StringComparer.Ordinal);
}

/// <summary>
/// All documents of one entry also printed as one file (letters-all.pdf), while they are at most
/// <see cref="Max"/>: a region of thousands of schools prints per school.
/// </summary>
public sealed record CombinedDeclaration(string Id, NamePattern Title, string Note, int Max);

/// <summary>
/// A list of sentences the template reads as <c>conclusions.NAME</c>: what <see cref="Kind"/> of
/// comparison, for which procedure, grade and subject.
/// </summary>
public sealed record ConclusionDeclaration(string Name, string Kind, string Procedure, int Grade, string? Subject, SourceSpan Span);
