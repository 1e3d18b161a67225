using System.Text;
using Scriban;
using Scriban.Runtime;
using KazReports.Diagnostics;

namespace KazReports.Templates;

/// <summary>
/// Scriban output that remembers, for every output line, the template file and line that wrote its
/// first character, so that document blocks can point back at the template.
/// </summary>
internal sealed class SpanTrackingOutput(TrackingContext context, long limit) : IScriptOutput
{
    private readonly StringBuilder _text = new();
    private readonly List<SourceSpan> _lineSpans = [SourceSpan.None];
    private bool _lineHasText;

    public string Text => _text.ToString();

    /// <summary>The template span of output line <paramref name="line"/> (0-based).</summary>
    public SourceSpan SpanOfLine(int line) =>
        line >= 0 && line < _lineSpans.Count ? _lineSpans[line] : _lineSpans[^1];

    public void Write(string text, int offset, int count)
    {
        if (_text.Length + count > limit)
            throw new TemplateLimitException(limit >= 1_000_000 && limit % 1_000_000 == 0
                ? $"документ длиннее {limit / 1_000_000} млн символов"
                : $"документ длиннее {limit} символов");
        var node = context.WriterSpan ?? context.CurrentNode?.Span;
        var file = node?.FileName ?? "";
        var line = node is { } s ? s.Start.Line + 1 : 0;
        var col = node is { } s2 ? s2.Start.Column + 1 : 0;
        var k = 0;
        for (var i = offset; i < offset + count; i++)
        {
            var c = text[i];
            if (!_lineHasText && c != '\n')
            {
                _lineSpans[^1] = new SourceSpan(file, line + k, k == 0 ? col : 1);
                _lineHasText = true;
            }
            _text.Append(c);
            if (c == '\n')
            {
                k++;
                _lineSpans.Add(new SourceSpan(file, line + k, 1));
                _lineHasText = false;
            }
        }
    }

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }
}

/// <summary>A template went past a limit (output size, time).</summary>
internal sealed class TemplateLimitException(string message) : Exception(message);
