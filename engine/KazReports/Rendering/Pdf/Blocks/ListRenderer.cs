using System.Globalization;
using KazReports.Documents;
using KazReports.Rendering.Pdf.Layout;
using KazReports.Rendering.Pdf.Text;

namespace KazReports.Rendering.Pdf.Blocks;

/// <summary>
/// Lists as the DOCX numbering lays them out: the marker («1.», «–», «•») at the paragraph indent
/// plus 10 mm per level, the text 7 mm further (a hanging indent); further paragraphs of an item and
/// its other blocks at the text's indent; nested lists one level deeper; numbers from <see cref="ListBlock.Start"/>.
/// Clause lists (<see cref="ListKind.Clauses"/>) are set as numbered body paragraphs instead.
/// </summary>
internal sealed class ListRenderer(PdfContext context, BlockRenderer blocks)
{
    private const double HangingMm = 7;
    private const double LevelStepMm = 10;
    private const float MarkerGap = 3;
    private static readonly string[] Bullets = ["–", "•", "–"];

    public void Append(List<Slot> slots, ListBlock list, BlockFrame frame, int level)
    {
        if (list.Kind == ListKind.Clauses)
        {
            AppendClauses(slots, list, frame);
            return;
        }

        var first = slots.Count;
        AppendItems(slots, list, frame, level);

        // List paragraphs have contextual spacing (as the DOCX's List Paragraph): no space between
        // them, the style's space after the last one only.
        if (level == 0)
        {
            for (var i = first; i < slots.Count - 1; i++)
            {
                slots[i] = slots[i] with { SpaceBefore = 0, SpaceAfter = 0 };
            }
        }
    }

    /// <summary>
    /// Clauses as the DOCX clause numbering sets them: each item's first paragraph a body paragraph
    /// (first-line indent, justified) that opens with its number and a space, the text wrapping back
    /// to the margin; an item's further blocks follow as body blocks.
    /// </summary>
    private void AppendClauses(List<Slot> slots, ListBlock list, BlockFrame frame)
    {
        var number = list.Start;
        foreach (var item in list.Items)
        {
            var label = new Run(number.ToString(CultureInfo.InvariantCulture) + ". ");
            number++;
            var numbered = false;
            foreach (var block in item.Blocks)
            {
                if (!numbered)
                {
                    var paragraph = block as Paragraph ?? new Paragraph([], block.Span);
                    slots.Add(blocks.ParagraphSlot(paragraph with { Content = [label, .. paragraph.Content] }, frame, frame.Indent, marker: null));
                    numbered = true;
                    if (block is Paragraph)
                    {
                        continue;
                    }
                }

                blocks.Append(slots, block, frame);
            }

            if (!numbered)
            {
                slots.Add(blocks.ParagraphSlot(new Paragraph([label], item.Span), frame, frame.Indent, marker: null));
            }
        }
    }

    private void AppendItems(List<Slot> slots, ListBlock list, BlockFrame frame, int level)
    {
        var markerX = frame.Indent + PdfUnits.Pt(context.Theme.FirstLineIndentMm + (level * LevelStepMm));
        var textX = markerX + PdfUnits.Pt(HangingMm);
        var spec = context.Styles.For("Normal", frame.InTable);
        var number = list.Start;
        foreach (var item in list.Items)
        {
            var label = list.Ordered ? number.ToString(CultureInfo.InvariantCulture) + "." : Bullets[level % Bullets.Length];
            number++;
            var shaped = context.Shaper.Shape(label, spec.Text);
            var marker = new ListMarker(shaped, markerX);
            var firstLine = Math.Max(0, markerX + shaped.Width + MarkerGap - textX);
            var inner = frame with { Indent = textX };
            var first = true;
            foreach (var block in item.Blocks)
            {
                switch (block)
                {
                    case Paragraph paragraph:
                        slots.Add(blocks.ParagraphSlot(paragraph, frame, textX, first ? marker : null, first ? firstLine : 0));
                        break;
                    case ListBlock nested:
                        if (first)
                        {
                            slots.Add(blocks.ParagraphSlot(new Paragraph([], block.Span), frame, textX, marker, firstLine));
                        }

                        AppendItems(slots, nested, frame, level + 1);
                        break;
                    default:
                        if (first)
                        {
                            slots.Add(blocks.ParagraphSlot(new Paragraph([], block.Span), frame, textX, marker, firstLine));
                        }

                        blocks.Append(slots, block, inner);
                        break;
                }

                first = false;
            }

            if (first)
            {
                slots.Add(blocks.ParagraphSlot(new Paragraph([], item.Span), frame, textX, marker, firstLine));
            }
        }
    }
}
