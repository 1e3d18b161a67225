using KazReports.Documents;
using ModelParagraph = KazReports.Documents.Paragraph;

namespace KazReports.Rendering.Docx;

/// <summary>
/// Lists: each item's first paragraph carries the number (w:numPr), its further paragraphs are
/// indented to the item's text; nested lists go one level deeper with their own num instance.
/// </summary>
internal sealed class ListRenderer(DocxContext context, BlockRenderer blocks)
{
    public void Write(ListBlock list, BlockFrame frame, List<BodyElement> result)
    {
        if (list.Kind == ListKind.Clauses)
        {
            Clauses(list, frame, result);
            return;
        }

        Write(list, frame, 0, result);
    }

    /// <summary>
    /// Clauses: each item's first paragraph a body paragraph numbered by a clause list of its own
    /// (<see cref="NumberingPart.AddClauses"/>: the number at the first-line indent, a space, the text
    /// back at the margin), so a clause inserted in Word renumbers the rest; further blocks as body blocks.
    /// </summary>
    private void Clauses(ListBlock list, BlockFrame frame, List<BodyElement> result)
    {
        var numId = context.Numbering.AddClauses(list.Start);
        foreach (var item in list.Items)
        {
            var numbered = false;
            foreach (var block in item.Blocks)
            {
                if (!numbered)
                {
                    var clause = blocks.Paragraph(block as ModelParagraph ?? EmptyParagraph(block), frame);
                    clause.Format.Numbering = (0, numId);
                    result.Add(clause);
                    numbered = true;
                    if (block is ModelParagraph)
                    {
                        continue;
                    }
                }

                blocks.Write(block, frame, result);
            }

            if (!numbered)
            {
                var clause = blocks.Paragraph(EmptyParagraph(list), frame);
                clause.Format.Numbering = (0, numId);
                result.Add(clause);
            }
        }
    }

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
