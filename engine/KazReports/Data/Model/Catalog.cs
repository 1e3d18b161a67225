using KazReports.Diagnostics;

namespace KazReports.Data.Model;

/// <summary>An assessment procedure; <see cref="Grade"/> is fixed for exams (ОГЭ 9, ЕГЭ 11).</summary>
public sealed record Procedure(string Id, string Name, string FullName, string LowText, int? Grade, SourceSpan Span);

public sealed record Subject(string Id, string Name, string Dative, SourceSpan Span);

public sealed record Catalog(IReadOnlyList<Procedure> Procedures, IReadOnlyList<Subject> Subjects)
{
    public Procedure? FindProcedure(string idOrName) =>
        Procedures.FirstOrDefault(p => Same(p.Id, idOrName) || Same(p.Name, idOrName));

    public Subject? FindSubject(string idOrName) =>
        Subjects.FirstOrDefault(s => Same(s.Id, idOrName) || Same(s.Name, idOrName));

    /// <summary>«ВПР 2023, 5 класс, русский язык» or «ОГЭ 2023, математика» (exams have one grade).</summary>
    public string Describe(AssessmentKey key)
    {
        var subject = FindSubject(key.Subject)?.Name.ToLowerInvariant() ?? key.Subject;
        return FindProcedure(key.Procedure)?.Grade is not null
            ? $"{key.Procedure} {key.Year}, {subject}"
            : $"{key.Procedure} {key.Year}, {key.Grade} класс, {subject}";
    }

    public Procedure Procedure(string id) => FindProcedure(id) ?? throw new KeyNotFoundException(id);

    public Subject Subject(string id) => FindSubject(id) ?? throw new KeyNotFoundException(id);

    private static bool Same(string a, string b) =>
        string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
}
