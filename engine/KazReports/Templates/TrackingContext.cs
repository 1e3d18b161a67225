using Scriban;
using Scriban.Syntax;

namespace KazReports.Templates;

/// <summary>A template context that remembers the span of the statement writing output, includes too.</summary>
internal sealed class TrackingContext : TemplateContext
{
    public Scriban.Parsing.SourceSpan? WriterSpan { get; private set; }

    public override object? Evaluate(ScriptNode? scriptNode, bool aliasReturnedFunction)
    {
        if (scriptNode is ScriptRawStatement or ScriptExpressionStatement)
            WriterSpan = scriptNode.Span;
        return base.Evaluate(scriptNode, aliasReturnedFunction);
    }
}
