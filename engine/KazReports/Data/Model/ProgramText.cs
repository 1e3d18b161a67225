using KazReports.Diagnostics;

namespace KazReports.Data.Model;

/// <summary>One part of the program's prose (data/program/*.md): Markdown with template directives.</summary>
public sealed record ProgramPart(string Name, string DisplayPath, string Text);

/// <summary>A figure of the program's narrative with its source and year (data/program/facts.yaml).</summary>
public sealed record ProgramFact(string Id, decimal? Value, string? Unit, string? What, string? Source, int? Year, SourceSpan Span);

/// <summary>The prose of the program, in file-name order, and the figures it cites.</summary>
public sealed record ProgramText(IReadOnlyList<ProgramPart> Parts, IReadOnlyList<ProgramFact> Facts);
