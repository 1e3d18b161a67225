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
            foreach (var block in section.Blocks) Append(sb, block, "");
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, Block block, string indent)
    {
        switch (block)
        {
            case Heading h:
                sb.Append(indent).Append(new string('#', h.Level)).Append(' ').AppendLine(Inlines.PlainText(h.Content));
                break;
            case Paragraph p:
                sb.Append(indent).AppendLine(Inlines.PlainText(p.Content));
                break;
            case ListBlock l:
                var n = l.Start;
                foreach (var item in l.Items)
                {
                    var marker = l.Ordered ? $"{n++}. " : "– ";
                    var first = true;
                    foreach (var b in item.Blocks)
                    {
                        var inner = new StringBuilder();
                        Append(inner, b, indent + "   ");
                        var text = inner.ToString();
                        sb.Append(first ? indent + marker + text.TrimStart() : text);
                        first = false;
                    }
                }
                break;
            case Table t:
                foreach (var row in t.Rows)
                {
                    sb.Append(indent).AppendJoin(" | ", row.Cells.Select(c =>
                        string.Join(" / ", c.Blocks.OfType<Paragraph>().Select(p => Inlines.PlainText(p.Content).Replace("\n", " / ")))));
                    sb.AppendLine();
                }
                break;
            case Letterhead lh:
                foreach (var l in lh.Lines.Concat(lh.Details)) sb.Append(indent).AppendLine(l);
                break;
            case OrderHeader oh:
                sb.Append(indent).AppendLine(oh.Authority).Append(indent).AppendLine(oh.Title)
                  .Append(indent).AppendLine(CultureInfo.InvariantCulture, $"{oh.Date} № {oh.Number}");
                if (oh.Place is not null) sb.Append(indent).AppendLine(oh.Place);
                break;
            case ApprovalStamp s:
                foreach (var l in s.Lines) sb.Append(indent).AppendLine(l);
                break;
            case AppendixMark m:
                foreach (var l in m.Lines) sb.Append(indent).AppendLine(l);
                break;
            case Addressee a:
                foreach (var l in a.Lines) sb.Append(indent).AppendLine(l);
                break;
            case Signature sig:
                foreach (var l in sig.PositionLines.Take(sig.PositionLines.Count - 1)) sb.Append(indent).AppendLine(l);
                sb.Append(indent).Append(sig.PositionLines.LastOrDefault() ?? "").Append(' ').AppendLine(sig.Name);
                break;
            case Executor e:
                foreach (var l in e.Lines) sb.Append(indent).AppendLine(l);
                break;
            case ChartBlock c:
                sb.Append(indent).AppendLine(CultureInfo.InvariantCulture, $"[диаграмма: {c.Spec.Title}]");
                if (c.Spec.Caption is { } cap) sb.Append(indent).AppendLine(cap);
                break;
            case PageBreak:
                sb.Append(indent).AppendLine("\f");
                break;
            case ImageBlock img:
                sb.Append(indent).AppendLine(CultureInfo.InvariantCulture, $"[рисунок: {img.AltText}]");
                break;
        }
    }
}
