using KazReports.Diagnostics;

namespace KazReports.Data.Model;

/// <summary>A person who signs: «И.О. Фамилия» and a position that may span several lines.</summary>
public sealed record Person(string Name, string Position, IReadOnlyList<string> PositionLines);

/// <summary>Plain text that may hold several lines; a line that starts with «- » is a list item.</summary>
public sealed record RichText(string Value, SourceSpan Span)
{
    public override string ToString() => Value;
}
