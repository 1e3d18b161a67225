namespace KazReports.Data.Model;

/// <summary>
/// The grades a school has, written in schools.yaml as <c>grades: 1-5, 7-9</c>. A value (equal sets are
/// equal), so the quick and the full reader of schools.yaml give equal records.
/// </summary>
public readonly record struct GradeSet(int Mask)
{
    public bool Contains(int grade) => grade is >= 1 and <= 11 && (Mask & (1 << grade)) != 0;

    /// <summary>«1-5, 7-9», «1, 2, 3, 4»; false on anything else or a grade outside 1–11.</summary>
    public static bool TryParse(string text, out GradeSet set)
    {
        set = default;
        var mask = 0;
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries))
        {
            var ends = part.Replace('–', '-').Split('-', StringSplitOptions.TrimEntries);
            if (ends.Length is < 1 or > 2 || !int.TryParse(ends[0], out var from) || !int.TryParse(ends[^1], out var to)) return false;
            if (from < 1 || to > 11 || from > to) return false;
            for (var g = from; g <= to; g++) mask |= 1 << g;
        }
        set = new GradeSet(mask);
        return mask != 0;
    }

    public override string ToString()
    {
        var parts = new List<string>();
        for (var g = 1; g <= 11; g++)
        {
            if (!Contains(g)) continue;
            var end = g;
            while (Contains(end + 1)) end++;
            parts.Add(end > g ? $"{g}-{end}" : $"{g}");
            g = end;
        }
        return string.Join(", ", parts);
    }
}
