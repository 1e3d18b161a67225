using KazReports.Documents;

namespace KazReports.Rendering.Docx;

/// <summary>
/// The PDF's table keeps as Word understands them: rows whose paragraphs keep with the next keep
/// with the next row. A group row keeps with its first two rows, a group of up to four rows stays
/// whole, a longer group keeps its last two rows together; a table without groups keeps its first
/// two and its last two rows together. Short rows (under four lines of text, estimated) cannot
/// split: the PDF moves them whole rather than leave a fragment under two lines.
/// </summary>
internal static class TableRowKeeps
{
    private const int ShortGroup = 4;

    /// <summary>An estimate of a Cyrillic serif letter's width, in ems.</summary>
    private const double LetterEm = 0.5;

    /// <summary>Whether each row (header rows included, never kept by this) keeps with the next.</summary>
    public static bool[] KeepWithNext(Table table)
    {
        var rows = table.Rows;
        var keep = new bool[rows.Count];
        var start = table.HeaderRowCount;
        var i = start;
        while (i < rows.Count)
        {
            if (rows[i].Kind == RowKind.Group)
            {
                var end = i + 1;
                while (end < rows.Count && rows[end].Kind != RowKind.Group)
                {
                    end++;
                }

                Members(keep, i, end);
                i = end;
                continue;
            }

            var stop = i;
            while (stop < rows.Count && rows[stop].Kind != RowKind.Group)
            {
                stop++;
            }

            if (stop - i >= 2)
            {
                keep[i] |= i == start;
                keep[stop - 2] |= stop == rows.Count;
            }

            i = stop;
        }

        return keep;
    }

    /// <summary>Whether a row is short enough never to split: every cell under four lines, estimated from its text.</summary>
    public static bool IsShort(TableRow row, IReadOnlyList<int> cellWidthsTwips, double sizePt)
    {
        var perLine = Math.Max(1, (int)(cellWidthsTwips.DefaultIfEmpty(0).Min() / (LetterEm * sizePt * 20)));
        foreach (var cell in row.Cells)
        {
            var lines = 0;
            foreach (var paragraph in cell.Blocks.OfType<Paragraph>())
            {
                foreach (var part in Inlines.PlainText(paragraph.Content).Split('\n'))
                {
                    lines += Math.Max(1, (part.Length + perLine - 1) / perLine);
                }
            }

            if (lines > 3 || cell.Blocks.Any(b => b is not Paragraph))
            {
                return false;
            }
        }

        return true;
    }

    private static void Members(bool[] keep, int label, int end)
    {
        var members = end - label - 1;
        keep[label] = members > 0;
        if (members <= ShortGroup)
        {
            for (var r = label + 1; r < end - 1; r++)
            {
                keep[r] = true;
            }

            return;
        }

        keep[label + 1] = true;
        keep[end - 2] = true;
    }
}
