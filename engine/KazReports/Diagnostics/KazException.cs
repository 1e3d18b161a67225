namespace KazReports.Diagnostics;

/// <summary>Aborts a stage because of user input; the diagnostics say why.</summary>
public sealed class KazException(IReadOnlyList<Diagnostic> diagnostics)
    : Exception(string.Join(Environment.NewLine, diagnostics))
{
    public IReadOnlyList<Diagnostic> Diagnostics { get; } = diagnostics;

    public KazException(Diagnostic diagnostic) : this([diagnostic]) { }
}
