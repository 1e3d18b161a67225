using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using KazReports.Documents;
using W = DocumentFormat.OpenXml.Wordprocessing;
using ModelParagraph = KazReports.Documents.Paragraph;

namespace KazReports.Rendering.Docx;

/// <summary>
/// Lists: each item's first paragraph carries the number (w:numPr), its further paragraphs are
/// indented to the item's text; nested lists go one level deeper with their own num instance.
/// </summary>
internal sealed class ListWriter(DocxContext context, BlockWriter blocks)
{
    public IEnumerable<OpenXmlElement> Write(ListBlock list, BlockFrame frame) => Write(list, frame, 0);

    private List<OpenXmlElement> Write(ListBlock list, BlockFrame frame, int level)
    {
        level = Math.Min(level, NumberingPart.MaxLevel);
        var numId = context.Numbering.Add(list.Ordered, list.Start);
        var result = new List<OpenXmlElement>();
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

                    result.AddRange(Write(nested, frame, level + 1));
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

                    result.AddRange(blocks.Write(block, frame));
                }
            }

            if (!numbered)
            {
                result.Add(Numbered(EmptyParagraph(list), frame, numId, level));
            }
        }

        return result;
    }

    private W.Paragraph Numbered(ModelParagraph paragraph, BlockFrame frame, int numId, int level)
    {
        var result = blocks.Paragraph(paragraph, frame, StyleIds.ListParagraph);
        var properties = result.ParagraphProperties ?? result.PrependChild(new ParagraphProperties());
        properties.NumberingProperties = new NumberingProperties
        {
            NumberingLevelReference = new NumberingLevelReference { Val = level },
            NumberingId = new NumberingId { Val = numId },
        };

        // The numbering level's hanging indent, not the paragraph's first-line indent.
        properties.Indentation = null;
        return result;
    }

    private W.Paragraph Continuation(ModelParagraph paragraph, BlockFrame frame, int level)
    {
        var result = blocks.Paragraph(paragraph, frame, StyleIds.ListParagraph);
        var properties = result.ParagraphProperties ?? result.PrependChild(new ParagraphProperties());
        properties.Indentation = new Indentation { Left = Units.Str(context.Numbering.TextIndent(level)), FirstLine = "0" };
        return result;
    }

    private static ModelParagraph EmptyParagraph(Block near) => new([], near.Span);
}
