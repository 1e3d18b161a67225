using System.Globalization;
using System.Text;
using KazReports.Rendering.Pdf.Layout;

namespace KazReports.Rendering.Pdf.Output;

/// <summary>
/// The document outline (bookmarks) from the headings, which SkiaSharp cannot write: appended as an
/// incremental update — the outline items, a new revision of the catalog with /Outlines and
/// /PageMode /UseOutlines, a cross-reference section for them, and a trailer pointing back to
/// Skia's. Items point at the named destinations the headings left on their pages (/Dests).
/// </summary>
internal static class OutlineWriter
{
    public static byte[] Append(PdfFile file, IReadOnlyList<OutlineEntry> entries)
    {
        var nodes = Tree(entries);
        var rootNumber = file.Size;
        var numbers = new int[nodes.Count];
        for (var i = 0; i < nodes.Count; i++)
        {
            numbers[i] = rootNumber + 1 + i;
        }

        var output = new StringBuilder();
        var objects = new List<(int Number, int Offset)>();
        var endsWithNewLine = file.Bytes.Length > 0 && file.Bytes[^1] == (byte)'\n';
        var baseOffset = file.Bytes.Length + (endsWithNewLine ? 0 : 1);
        if (!endsWithNewLine)
        {
            output.Append('\n');
        }

        void Write(int number, string body)
        {
            objects.Add((number, baseOffset + output.Length));
            output.Append(N(number)).Append(" 0 obj\n").Append(body).Append("\nendobj\n");
        }

        var top = Enumerable.Range(0, nodes.Count).Where(i => nodes[i].Parent < 0).ToList();
        Write(rootNumber, $"<</Type /Outlines\n/First {R(numbers[top[0]])}\n/Last {R(numbers[top[^1]])}\n/Count {N(nodes.Count)}>>");
        for (var i = 0; i < nodes.Count; i++)
        {
            var node = nodes[i];
            var siblings = Enumerable.Range(0, nodes.Count).Where(k => nodes[k].Parent == node.Parent).ToList();
            var position = siblings.IndexOf(i);
            var children = Enumerable.Range(0, nodes.Count).Where(k => nodes[k].Parent == i).ToList();
            var body = new StringBuilder("<</Title ").Append(TextString(node.Entry.Title));
            body.Append("\n/Parent ").Append(R(node.Parent < 0 ? rootNumber : numbers[node.Parent]));
            if (position > 0)
            {
                body.Append("\n/Prev ").Append(R(numbers[siblings[position - 1]]));
            }

            if (position < siblings.Count - 1)
            {
                body.Append("\n/Next ").Append(R(numbers[siblings[position + 1]]));
            }

            if (children.Count > 0)
            {
                var descendants = Descendants(nodes, i);
                body.Append("\n/First ").Append(R(numbers[children[0]])).Append("\n/Last ").Append(R(numbers[children[^1]]));
                body.Append("\n/Count ").Append(N(descendants));
            }

            body.Append("\n/Dest /").Append(node.Entry.Destination).Append(">>");
            Write(numbers[i], body.ToString());
        }

        var catalog = file.Dictionary(file.Root);
        Write(file.Root, catalog[..^2] + $"\n/Outlines {R(rootNumber)}\n/PageMode /UseOutlines>>");

        var xrefOffset = baseOffset + output.Length;
        output.Append("xref\n");
        foreach (var run in Runs(objects.OrderBy(o => o.Number).ToList()))
        {
            output.Append(N(run[0].Number)).Append(' ').Append(N(run.Count)).Append('\n');
            foreach (var (_, offset) in run)
            {
                output.Append(offset.ToString("D10", CultureInfo.InvariantCulture)).Append(" 00000 n \n");
            }
        }

        var size = Math.Max(file.Size, numbers.DefaultIfEmpty(rootNumber).Max() + 1);
        output.Append("trailer\n<</Size ").Append(N(size)).Append("\n/Root ").Append(R(file.Root));
        if (file.Info is { } info)
        {
            output.Append("\n/Info ").Append(R(info));
        }

        if (file.Id is { } id)
        {
            output.Append('\n').Append(id);
        }

        output.Append("\n/Prev ").Append(N(file.StartXref)).Append(">>\nstartxref\n").Append(N(xrefOffset)).Append("\n%%EOF\n");
        var tail = Encoding.Latin1.GetBytes(output.ToString());
        var result = new byte[file.Bytes.Length + tail.Length];
        file.Bytes.CopyTo(result, 0);
        tail.CopyTo(result, file.Bytes.Length);
        return result;
    }

    /// <summary>Entries as a tree by level: each entry's parent is the nearest earlier entry of a lower level.</summary>
    private static List<(OutlineEntry Entry, int Parent)> Tree(IReadOnlyList<OutlineEntry> entries)
    {
        var nodes = new List<(OutlineEntry Entry, int Parent)>();
        var stack = new List<int>();
        foreach (var entry in entries)
        {
            while (stack.Count > 0 && nodes[stack[^1]].Entry.Level >= entry.Level)
            {
                stack.RemoveAt(stack.Count - 1);
            }

            nodes.Add((entry, stack.Count > 0 ? stack[^1] : -1));
            stack.Add(nodes.Count - 1);
        }

        return nodes;
    }

    private static int Descendants(List<(OutlineEntry Entry, int Parent)> nodes, int index)
    {
        var count = 0;
        for (var k = index + 1; k < nodes.Count; k++)
        {
            var parent = nodes[k].Parent;
            while (parent > index)
            {
                parent = nodes[parent].Parent;
            }

            if (parent != index)
            {
                break;
            }

            count++;
        }

        return count;
    }

    /// <summary>Consecutive object numbers grouped into cross-reference subsections.</summary>
    private static IEnumerable<List<(int Number, int Offset)>> Runs(List<(int Number, int Offset)> objects)
    {
        var run = new List<(int Number, int Offset)>();
        foreach (var item in objects)
        {
            if (run.Count > 0 && item.Number != run[^1].Number + 1)
            {
                yield return run;
                run = [];
            }

            run.Add(item);
        }

        if (run.Count > 0)
        {
            yield return run;
        }
    }

    /// <summary>A PDF text string in UTF-16BE with a byte order mark, as hex.</summary>
    private static string TextString(string text) =>
        "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(text)) + ">";

    private static string R(int number) => N(number) + " 0 R";

    private static string N(int number) => number.ToString(CultureInfo.InvariantCulture);
}
