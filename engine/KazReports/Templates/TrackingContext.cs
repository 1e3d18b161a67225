using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace KazReports.Templates;

/// <summary>A template context that remembers the span of the statement writing output, includes too.</summary>
internal sealed class TrackingContext(ScriptObject builtins, Diagnostics.DiagnosticBag bag) : TemplateContext(builtins)
{
    /// <summary>Where this render reports what its includes find wrong.</summary>
    public Diagnostics.DiagnosticBag Bag { get; } = bag;

    /// <summary>
    /// Scriban's built-in functions, made once and shared by every render: building them is a tenth of a
    /// letter's template time. Read-only, so no template can change what the next one sees.
    /// </summary>
    public static readonly ScriptObject SharedBuiltins = ReadOnly(GetDefaultBuiltinObject());

    private static ScriptObject ReadOnly(ScriptObject builtins)
    {
        foreach (var value in builtins.Values)
        {
            if (value is ScriptObject nested)
            {
                nested.IsReadOnly = true;
            }
        }

        builtins.IsReadOnly = true;
        return builtins;
    }

    public Scriban.Parsing.SourceSpan? WriterSpan { get; private set; }

    public override object? Evaluate(ScriptNode? scriptNode, bool aliasReturnedFunction)
    {
        if (scriptNode is ScriptRawStatement or ScriptExpressionStatement)
            WriterSpan = scriptNode.Span;
        return base.Evaluate(scriptNode, aliasReturnedFunction);
    }
}
