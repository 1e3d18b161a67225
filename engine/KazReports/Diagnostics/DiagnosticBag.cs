namespace KazReports.Diagnostics;

/// <summary>Collects every problem of a stage so that the user sees them all at once.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _gate = new();
    private readonly Func<Diagnostic, Diagnostic>? _annotate;

    public DiagnosticBag()
    {
    }

    /// <summary>A bag that passes each diagnostic through <paramref name="annotate"/> as it is added (to add where a text came from).</summary>
    public DiagnosticBag(Func<Diagnostic, Diagnostic> annotate) => _annotate = annotate;

    public IReadOnlyList<Diagnostic> Items
    {
        get { lock (_gate) return _items.ToArray(); }
    }

    public bool HasErrors
    {
        get { lock (_gate) return _items.Any(d => d.IsError); }
    }

    public int ErrorCount
    {
        get { lock (_gate) return _items.Count(d => d.IsError); }
    }

    public int WarningCount
    {
        get { lock (_gate) return _items.Count(d => !d.IsError); }
    }

    public void Error(string code, SourceSpan span, string message) =>
        Add(new Diagnostic(Severity.Error, code, span, message));

    public void Warning(string code, SourceSpan span, string message) =>
        Add(new Diagnostic(Severity.Warning, code, span, message));

    public void Add(Diagnostic diagnostic)
    {
        if (_annotate is not null) diagnostic = _annotate(diagnostic);
        lock (_gate) _items.Add(diagnostic);
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        if (_annotate is not null) diagnostics = diagnostics.Select(_annotate).ToArray();
        lock (_gate) _items.AddRange(diagnostics);
    }

    /// <summary>Diagnostics in a stable order: by file, line, column, then code.</summary>
    public IReadOnlyList<Diagnostic> Sorted()
    {
        lock (_gate)
        {
            return _items
                .Select((d, i) => (d, i))
                .OrderBy(x => x.d.Span.File, StringComparer.Ordinal)
                .ThenBy(x => x.d.Span.Line)
                .ThenBy(x => x.d.Span.Column)
                .ThenBy(x => x.i)
                .Select(x => x.d)
                .ToArray();
        }
    }
}
