using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace KazReports.Parsing;

/// <summary>
/// YAML read with a nesting limit: YamlDotNet builds its document tree recursively, and a document
/// of 100 000 nested «[» overflows the stack, which kills the process (no catch can help). The
/// events are counted before the tree sees them and a deeper document is a syntax error at its place.
/// </summary>
public static class SafeYaml
{
    /// <summary>The deepest nesting of lists and mappings read; the data and chart specs need 5.</summary>
    public const int MaxDepth = 64;

    /// <summary>
    /// The YAML of <paramref name="text"/>. Every way it can fail is a <see cref="YamlException"/> at a
    /// position: YamlDotNet's scanner and tree also throw InvalidOperationException (some broken plain
    /// scalars) and ArgumentException (some broken nesting), found by the fuzzers; those are turned into a
    /// YamlException at the last place read, with a Russian message and the original as the inner exception.
    /// </summary>
    public static YamlStream Load(TextReader text)
    {
        var stream = new YamlStream();
        var parser = new DepthLimitedParser(new Parser(text));
        try
        {
            stream.Load(parser);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            throw new UnreadableYamlException(parser.LastMark, e);
        }
        return stream;
    }

    /// <summary>YamlDotNet's message without its own position prefix (we print the position), in Russian.</summary>
    public static string Message(YamlException e)
    {
        if (e is UnreadableYamlException) return e.Message;
        var inner = e.InnerException?.Message ?? e.Message;
        var idx = inner.IndexOf("): ", StringComparison.Ordinal);
        var text = idx >= 0 && inner.StartsWith('(') ? inner[(idx + 3)..] : inner;
        return YamlMessages.Russian(text);
    }

    private sealed class DepthLimitedParser(IParser inner) : IParser
    {
        private int _depth;

        /// <summary>Where the last event read ended (the start of the text before the first).</summary>
        public Mark LastMark { get; private set; } = new(0, 1, 1);

        public ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            bool moved;
            try
            {
                moved = inner.MoveNext();
            }
            catch (InvalidOperationException)
            {
                // YamlDotNet's scanner fails so on «#» or «{{» inside a flow list («[a # b, c]»): a syntax error like any other.
                var at = inner.Current?.End ?? Mark.Empty;
                throw new YamlException(at, at, "знак «#», «{» или «[» в значении внутри списка [...] или словаря {...}: возьмите значение в кавычки");
            }
            if (!moved) return false;
            LastMark = inner.Current!.End;
            switch (inner.Current)
            {
                case MappingStart or SequenceStart when ++_depth > MaxDepth:
                    throw new YamlException(inner.Current.Start, inner.Current.End,
                        $"вложенность списков и словарей глубже {MaxDepth} уровней");
                case MappingEnd or SequenceEnd:
                    _depth--;
                    break;
            }
            return true;
        }
    }
}

/// <summary>YAML that YamlDotNet could not read without failing in its own code (see <see cref="SafeYaml.Load"/>).</summary>
public sealed class UnreadableYamlException(Mark at, Exception original)
    : YamlException(at, at, "текст не удаётся разобрать (недопустимые символы или испорченная кодировка?)", original);

