using KazReports.Documents;
using ModelParagraph = KazReports.Documents.Paragraph;

namespace KazReports.Rendering.Docx;

/// <summary>
/// Lists: each item's first paragraph carries the number (w:numPr), its further paragraphs are
/// indented to the item's text; nested lists go one level deeper with their own num instance.
/// </summary>
internal sealed class ListRenderer(DocxContext context, BlockRenderer blocks)
{
    public void Write(ListBlock list, BlockFrame frame, List<BodyElement> result) => Write(list, frame, 0, result);

    private void Write(ListBlock list, BlockFrame frame, int level, List<BodyElement> result)
    {
        level = Math.Min(level, NumberingPart.MaxLevel);
        var numId = context.Numbering.Add(list.Ordered, list.Start);
        foreach (var item in list.Items)
        {
            var numbered = false;
            foreach (var block in item.Blocks)
            {
                if (block is ListBlock nested)
                {
                    if (!numbered)
                    {
                        result.Add(Numbered(EmptyParagraph(block), frame, numId, level));
                        numbered = true;
                    }

                    Write(nested, frame, level + 1, result);
                }
                else if (block is ModelParagraph paragraph)
                {
                    result.Add(numbered ? Continuation(paragraph, frame, level) : Numbered(paragraph, frame, numId, level));
                    numbered = true;
                }
                else
                {
                    if (!numbered)
                    {
                        result.Add(Numbered(EmptyParagraph(block), frame, numId, level));
                        numbered = true;
                    }

                    blocks.Write(block, frame, result);
                }
            }

            if (!numbered)
            {
                result.Add(Numbered(EmptyParagraph(list), frame, numId, level));
            }
        }
    }

    private WordParagraph Numbered(ModelParagraph paragraph, BlockFrame frame, int numId, int level)
    {
        var result = blocks.Paragraph(paragraph, frame, StyleIds.ListParagraph);
        result.Format.Numbering = (level, numId);

        // The numbering level's hanging indent, not the paragraph's first-line indent.
        result.Format.Indentation = null;
        return result;
    }

    private WordParagraph Continuation(ModelParagraph paragraph, BlockFrame frame, int level)
    {
        var result = blocks.Paragraph(paragraph, frame, StyleIds.ListParagraph);
        result.Format.Indentation = new Indent(Left: context.Numbering.TextIndent(level), FirstLine: 0);
        return result;
    }

    private static ModelParagraph EmptyParagraph(Block near) => new([], near.Span);
}
