using KazReports.Documents;
using Scriban.Runtime;

namespace KazReports.Build;

/// <summary>
/// One document to build: which template, with which variables, where to. <see cref="Group"/> is
/// what <c>--only</c> selects (passport, plan, roadmap, vpr, letters, orders).
/// </summary>
public sealed record DocumentJob(
    string Group,
    string OutputName,
    string Template,
    DocumentInfo Info,
    Func<ScriptObject> Variables,
    string? SchoolId = null);
