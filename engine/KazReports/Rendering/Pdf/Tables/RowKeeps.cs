namespace KazReports.Rendering.Pdf.Tables;

/// <summary>
/// Where a table's body may break between pages, by row group (rows tied by row spans count as one):
/// never right after a group row; a group of up to <see cref="ShortGroup"/> rows under its group
/// row never splits, a longer one keeps at least two rows on each side of the break; a table does
/// not start a page's foot with a single row, nor leave its last row alone on the next page.
/// </summary>
internal sealed class RowKeeps
{
    /// <summary>A group of this many rows or fewer stays on one page.</summary>
    public const int ShortGroup = 4;

    /// <summary>Rows kept together at either side of a break.</summary>
    public const int Together = 2;

    private readonly bool[] isGroupRow;

    /// <summary>The group row heading each row (itself for a group row), -1 for rows before the first group row.</summary>
    private readonly int[] label;

    /// <summary>The end (exclusive) of the group each row belongs to.</summary>
    private readonly int[] end;

    public RowKeeps(bool[] isGroupRow)
    {
        this.isGroupRow = isGroupRow;
        var n = isGroupRow.Length;
        label = new int[n];
        end = new int[n];
        var current = -1;
        for (var i = 0; i < n; i++)
        {
            current = isGroupRow[i] ? i : current;
            label[i] = current;
        }

        var next = n;
        for (var i = n - 1; i >= 0; i--)
        {
            end[i] = next;
            if (isGroupRow[i])
            {
                next = i;
            }
        }
    }

    /// <summary>Whether a page may end before row group <paramref name="b"/> when this page began with <paramref name="cursor"/>.</summary>
    public bool MayBreakBefore(int b, int cursor)
    {
        var n = isGroupRow.Length;
        if (b >= n)
        {
            return true;
        }

        if (b <= cursor || isGroupRow[b - 1])
        {
            return false;
        }

        var l = label[b];
        if (l >= 0 && !isGroupRow[b])
        {
            var members = end[b] - l - 1;
            var before = b - l - 1;
            var after = end[b] - b;
            if (members <= ShortGroup || before < Together || after < Together)
            {
                return false;
            }
        }

        // The table's first page holds at least two rows; its last row does not go over alone.
        if (cursor == 0 && b < Together && l < 0)
        {
            return false;
        }

        return !(b == n - 1 && n - cursor > Together && l < 0);
    }

    /// <summary>Whether row group <paramref name="g"/> may be split across pages after the rows above it on this page.</summary>
    public bool MaySplit(int g, int cursor) => g == cursor || MayBreakBefore(g, cursor);
}
