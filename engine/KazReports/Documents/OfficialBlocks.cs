using SourceSpan = KazReports.Documents.SourceRef;

namespace KazReports.Documents;

/// <summary>
/// The department's letterhead (угловой бланк): its lines, centred in a block at the top left,
/// and, for letters, the number and date line under them.
/// </summary>
public sealed record Letterhead(IReadOnlyList<string> Lines, IReadOnlyList<string> Details, SourceSpan Span) : Block(Span)
{
    internal override void Accept<TArg>(IBlockVisitor<TArg> visitor, TArg arg) => visitor.Visit(this, arg);
}

/// <summary>«ПРИКАЗ» with the date at the left and the number at the right, the place under them.</summary>
public sealed record OrderHeader(string Authority, string Title, string Date, string Number, string? Place, SourceSpan Span) : Block(Span)
{
    internal override void Accept<TArg>(IBlockVisitor<TArg> visitor, TArg arg) => visitor.Visit(this, arg);
}

/// <summary>The approval stamp «УТВЕРЖДАЮ» / «УТВЕРЖДЕНА приказом …» at the top right.</summary>
public sealed record ApprovalStamp(IReadOnlyList<string> Lines, SourceSpan Span) : Block(Span)
{
    internal override void Accept<TArg>(IBlockVisitor<TArg> visitor, TArg arg) => visitor.Visit(this, arg);
}

/// <summary>«Приложение 1 к приказу … от … № …» at the top right.</summary>
public sealed record AppendixMark(IReadOnlyList<string> Lines, SourceSpan Span) : Block(Span)
{
    internal override void Accept<TArg>(IBlockVisitor<TArg> visitor, TArg arg) => visitor.Visit(this, arg);
}

/// <summary>The addressee block of a letter, in the right half of the page.</summary>
public sealed record Addressee(IReadOnlyList<string> Lines, SourceSpan Span) : Block(Span)
{
    internal override void Accept<TArg>(IBlockVisitor<TArg> visitor, TArg arg) => visitor.Visit(this, arg);
}

/// <summary>The signature: the position at the left margin, «И.О. Фамилия» flush right on its last line.</summary>
public sealed record Signature(IReadOnlyList<string> PositionLines, string Name, SourceSpan Span) : Block(Span)
{
    internal override void Accept<TArg>(IBlockVisitor<TArg> visitor, TArg arg) => visitor.Visit(this, arg);
}

/// <summary>«Исполнитель»: name and phone in small type at the foot of a letter.</summary>
public sealed record Executor(IReadOnlyList<string> Lines, SourceSpan Span) : Block(Span)
{
    internal override void Accept<TArg>(IBlockVisitor<TArg> visitor, TArg arg) => visitor.Visit(this, arg);
}
