using System.Globalization;
using System.Text;

namespace KazReports.Documents;

/// <summary>
/// The plain text of a document, block by block: tables as rows of cells separated by « | ».
/// Used to compare what renderers print with what the model holds, and for snapshots.
/// </summary>
public static class DocumentText
{
    public static string Of(Document document)
    {
        var sb = new StringBuilder();
        foreach (var section in document.Sections)
            foreach (var block in section.Blocks) block.Accept(TextVisitor.Instance, new Into(sb, ""));
        return sb.ToString();
    }

    /// <summary>The text a block's lines go to, and the indent of each line.</summary>
    private readonly record struct Into(StringBuilder Text, string Indent)
    {
        public Into Line(string line)
        {
            Text.Append(Indent).AppendLine(line);
            return this;
        }

        public void Lines(IEnumerable<string> lines)
        {
            foreach (var l in lines) Line(l);
        }
    }

    private sealed class TextVisitor : IBlockVisitor<Into>
    {
        public static readonly TextVisitor Instance = new();

        public void Visit(Heading heading, Into into) =>
            into.Text.Append(into.Indent).Append(new string('#', heading.Level)).Append(' ').AppendLine(Inlines.PlainText(heading.Content));

        public void Visit(Paragraph paragraph, Into into) => into.Line(Inlines.PlainText(paragraph.Content));

        public void Visit(ListBlock list, Into into)
        {
            var n = list.Start;
            foreach (var item in list.Items)
            {
                var marker = list.Ordered ? $"{n++}. " : "– ";
                var first = true;
                foreach (var b in item.Blocks)
                {
                    var inner = new StringBuilder();
                    b.Accept(this, new Into(inner, into.Indent + "   "));
                    var text = inner.ToString();
                    into.Text.Append(first ? into.Indent + marker + text.TrimStart() : text);
                    first = false;
                }
            }
        }

        public void Visit(Table table, Into into)
        {
            foreach (var row in table.Rows)
            {
                into.Text.Append(into.Indent).AppendJoin(" | ", row.Cells.Select(c =>
                    string.Join(" / ", c.Blocks.OfType<Paragraph>().Select(p => Inlines.PlainText(p.Content).Replace("\n", " / ")))));
                into.Text.AppendLine();
            }
        }

        /// <summary>Nothing: the contents repeats the headings, which the text already has.</summary>
        public void Visit(TableOfContents contents, Into into)
        {
        }

        public void Visit(Letterhead letterhead, Into into) => into.Lines(letterhead.Lines.Concat(letterhead.Details));

        public void Visit(OrderHeader order, Into into)
        {
            into.Line(order.Authority).Line(order.Title).Line(string.Create(CultureInfo.InvariantCulture, $"{order.Date} № {order.Number}"));
            if (order.Place is not null) into.Line(order.Place);
        }

        public void Visit(ApprovalStamp stamp, Into into) => into.Lines(stamp.Lines);

        public void Visit(AppendixMark mark, Into into) => into.Lines(mark.Lines);

        public void Visit(Addressee addressee, Into into) => into.Lines(addressee.Lines);

        public void Visit(Signature signature, Into into)
        {
            into.Lines(signature.PositionLines.Take(signature.PositionLines.Count - 1));
            into.Line((signature.PositionLines.LastOrDefault() ?? "") + " " + signature.Name);
        }

        public void Visit(Executor executor, Into into) => into.Lines(executor.Lines);

        public void Visit(ChartBlock chart, Into into)
        {
            into.Line(string.Create(CultureInfo.InvariantCulture, $"[диаграмма: {chart.Spec.Title}]"));
            if (chart.Spec.Caption is { } caption) into.Line(caption);
        }

        public void Visit(PageBreak pageBreak, Into into) => into.Line("\f");

        public void Visit(ImageBlock image, Into into) => into.Line(string.Create(CultureInfo.InvariantCulture, $"[рисунок: {image.AltText}]"));
    }
}
