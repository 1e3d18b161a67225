using System.Reflection;

namespace KazReports.Text;

/// <summary>
/// Word hyphenation by Liang's algorithm (as TeX and LibreOffice do it) with the Russian patterns of
/// A. I. Lebedev (<c>hyph_ru_RU.dic</c>, LPPL, shipped unmodified in Text/Hyphenation with its licence).
/// The patterns are read once into a compact trie; a word's break points are the odd maxima of the
/// values of every pattern found in «.word.». The file's <c>\hyphenation{…}</c> words are exceptions:
/// their hyphens are the only break points. Thread-safe after loading.
/// </summary>
public sealed class Hyphenator
{
    // KOI8-R 0xC0–0xDF: the lower-case Cyrillic letters in the encoding's order (the patterns are lower case).
    private const string Koi8Lower = "юабцдефгхийклмнопярстужвьызшэщчъ";

    private static readonly Lazy<Hyphenator> RussianPatterns = new(LoadRussian);

    // The trie: node n's children are edges [first[n], first[n] + count[n]) of edgeChar/edgeNode, sorted by char.
    private readonly int[] first;
    private readonly byte[] count;
    private readonly char[] edgeChar;
    private readonly int[] edgeNode;

    // Pattern values at a node (the values before each letter and after the last), or null.
    private readonly byte[]?[] values;
    private readonly Dictionary<string, int[]> exceptions;

    private Hyphenator(Builder builder, Dictionary<string, int[]> exceptions)
    {
        (first, count, edgeChar, edgeNode, values) = builder.Compact();
        this.exceptions = exceptions;
    }

    /// <summary>The Russian patterns, loaded on first use.</summary>
    public static Hyphenator Russian => RussianPatterns.Value;

    /// <summary>Patterns in the TeX form (letters with digits between them, «.» at a word's edge); for tests.</summary>
    public static Hyphenator FromPatterns(IEnumerable<string> patterns, IEnumerable<string>? exceptionWords = null)
    {
        var builder = new Builder();
        foreach (var p in patterns)
        {
            builder.Add(p);
        }

        var ex = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var w in exceptionWords ?? [])
        {
            AddException(ex, w);
        }

        return new Hyphenator(builder, ex);
    }

    /// <summary>
    /// Where a word of letters may break: indexes i (a break between word[i-1] and word[i]), ascending,
    /// at least <paramref name="leftMin"/> letters before and <paramref name="rightMin"/> after.
    /// A word with anything but letters gets none.
    /// </summary>
    public int[] Points(ReadOnlySpan<char> word, int leftMin = 2, int rightMin = 2)
    {
        leftMin = Math.Max(1, leftMin);
        rightMin = Math.Max(1, rightMin);
        if (word.Length < leftMin + rightMin)
        {
            return [];
        }

        Span<char> dotted = word.Length <= 120 ? stackalloc char[word.Length + 2] : new char[word.Length + 2];
        dotted[0] = '.';
        dotted[^1] = '.';
        for (var i = 0; i < word.Length; i++)
        {
            var c = char.ToLowerInvariant(word[i]);
            if (!char.IsLetter(c))
            {
                return [];
            }

            dotted[i + 1] = c == 'ё' ? 'е' : c;
        }

        if (exceptions.Count > 0 && exceptions.TryGetValue(dotted[1..^1].ToString(), out var fixedPoints))
        {
            var max = word.Length - rightMin;
            return Array.FindAll(fixedPoints, p => p >= leftMin && p <= max);
        }

        // score[k]: the value between dotted[k-1] and dotted[k].
        Span<byte> score = dotted.Length <= 122 ? stackalloc byte[dotted.Length + 1] : new byte[dotted.Length + 1];
        score.Clear();
        for (var start = 0; start < dotted.Length; start++)
        {
            var node = 0;
            for (var k = start; k < dotted.Length; k++)
            {
                node = Child(node, dotted[k]);
                if (node < 0)
                {
                    break;
                }

                if (values[node] is { } v)
                {
                    for (var j = 0; j < v.Length; j++)
                    {
                        if (v[j] > score[start + j])
                        {
                            score[start + j] = v[j];
                        }
                    }
                }
            }
        }

        var result = new List<int>();
        for (var i = leftMin; i <= word.Length - rightMin; i++)
        {
            // A break before word[i] is between dotted[i] and dotted[i+1].
            if ((score[i + 1] & 1) == 1)
            {
                result.Add(i);
            }
        }

        return result.ToArray();
    }

    /// <summary>The word with «-» at every break point (for tests and diagnostics).</summary>
    public string Show(string word, int leftMin = 2, int rightMin = 2)
    {
        var points = Points(word, leftMin, rightMin);
        var sb = new System.Text.StringBuilder(word.Length + points.Length);
        var last = 0;
        foreach (var p in points)
        {
            sb.Append(word, last, p - last).Append('-');
            last = p;
        }

        return sb.Append(word, last, word.Length - last).ToString();
    }

    private int Child(int node, char c)
    {
        int lo = first[node], hi = lo + count[node] - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            var m = edgeChar[mid];
            if (m == c)
            {
                return edgeNode[mid];
            }

            if (m < c)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return -1;
    }

    private static Hyphenator LoadRussian()
    {
        using var stream = typeof(Hyphenator).Assembly.GetManifestResourceStream("KazReports.Text.Hyphenation.hyph_ru_RU.dic")
            ?? throw new InvalidOperationException("нет ресурса с образцами переносов hyph_ru_RU.dic");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        var bytes = memory.ToArray();
        var chars = new char[bytes.Length];
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            chars[i] = b switch
            {
                < 0x80 => (char)b,
                >= 0xC0 and <= 0xDF => Koi8Lower[b - 0xC0],
                0xA3 => 'ё',
                _ => '\uFFFD',
            };
        }

        var builder = new Builder();
        var ex = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var inExceptions = false;
        var lines = new string(chars).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        // The first line names the encoding (KOI8-R); «}» and «\hyphenation{» are TeX syntax kept in the file.
        foreach (var line in lines.Skip(1))
        {
            if (line.StartsWith("\\hyphenation", StringComparison.Ordinal))
            {
                inExceptions = true;
            }
            else if (line is "}" || line.StartsWith('%'))
            {
                continue;
            }
            else if (inExceptions)
            {
                AddException(ex, line);
            }
            else
            {
                builder.Add(line);
            }
        }

        return new Hyphenator(builder, ex);
    }

    private static void AddException(Dictionary<string, int[]> ex, string word)
    {
        var points = new List<int>();
        var letters = new System.Text.StringBuilder();
        foreach (var c in word)
        {
            if (c == '-')
            {
                points.Add(letters.Length);
            }
            else
            {
                letters.Append(char.ToLowerInvariant(c));
            }
        }

        ex[letters.ToString()] = points.ToArray();
    }

    /// <summary>A trie of dictionaries while the patterns are read, then packed into arrays.</summary>
    private sealed class Builder
    {
        private readonly List<SortedDictionary<char, int>> children = [[]];
        private readonly List<byte[]?> nodeValues = [null];

        public void Add(string pattern)
        {
            var letters = new System.Text.StringBuilder();
            var digits = new List<byte> { 0 };
            foreach (var c in pattern)
            {
                if (c is >= '0' and <= '9')
                {
                    digits[^1] = (byte)(c - '0');
                }
                else
                {
                    letters.Append(c == 'ё' ? 'е' : c);
                    digits.Add(0);
                }
            }

            if (letters.Length == 0)
            {
                return;
            }

            var node = 0;
            foreach (var c in letters.ToString())
            {
                if (!children[node].TryGetValue(c, out var next))
                {
                    next = children.Count;
                    children.Add([]);
                    nodeValues.Add(null);
                    children[node][c] = next;
                }

                node = next;
            }

            nodeValues[node] = digits.ToArray();
        }

        public (int[], byte[], char[], int[], byte[]?[]) Compact()
        {
            var n = children.Count;
            var first = new int[n];
            var count = new byte[n];
            var edges = children.Sum(c => c.Count);
            var chars = new char[edges];
            var nodes = new int[edges];
            var e = 0;
            for (var i = 0; i < n; i++)
            {
                first[i] = e;
                count[i] = (byte)children[i].Count;
                foreach (var (c, child) in children[i])
                {
                    chars[e] = c;
                    nodes[e] = child;
                    e++;
                }
            }

            return (first, count, chars, nodes, nodeValues.ToArray());
        }
    }
}
