using KazReports.Documents;
using KazReports.Templates.Declarations;
using Scriban.Runtime;

namespace KazReports.Build;

/// <summary>
/// One document to build: which template, with which variables, where to. <see cref="Group"/> is
/// what <c>--only</c> selects (the <c>group</c> of its declaration in templates/documents.yaml).
/// </summary>
public sealed record DocumentJob(
    string Group,
    string OutputName,
    string Template,
    DocumentInfo Info,
    Func<ScriptObject> Variables,
    string? SchoolId = null,
    DocumentDeclaration? Declaration = null);
