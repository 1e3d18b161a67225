using System.Globalization;
using KazReports.Documents;
using KazReports.Text;

namespace KazReports.Rendering;

/// <summary>
/// The one policy for column widths, followed by the DOCX and PDF renderers (and the HTML for its
/// percentages). Columns with <see cref="TableColumn.WidthMm"/> take that width; the others share
/// the rest of the text width by weight. A column is never narrower than <see cref="MinimumMm"/>
/// (the theme's cell padding on both sides and one em of the table text, so the widest letter or
/// «—» fits without spilling over the column's edge):
/// when some would be (too many columns, fixed widths wider than the text), every column is
/// squeezed towards the minimum in proportion to its width above it, so the table keeps the text
/// width; when even the minimum for every column is wider than the text, the table is a layout
/// error (<see cref="LayoutException"/>, KR3001) at the table's template span, in both formats.
/// Widths are computed in the caller's unit (<c>unitsPerMm</c>): the renderer only converts.
/// <c>format</c> («DOCX», «PDF») names the format in the error.
/// </summary>
internal static class TableWidths
{
    /// <summary>
    /// The narrowest column of a theme, in millimetres: the cell padding on both sides and one em of
    /// the table text (the widest glyph, «—»; a random layout test found a dash overflowing a column
    /// squeezed to 3 mm of text, and a 3 mm column showed no digit in the DOCX).
    /// </summary>
    public static double MinimumMm(Theme theme) => (2 * theme.CellPaddingMm) + (theme.TableSizePt * 25.4 / 72);

    /// <summary>Column widths in the caller's unit, for a text width <paramref name="total"/> in that unit.</summary>
    public static double[] Fit(Table table, double total, double unitsPerMm, Theme theme, string format)
    {
        var minimumMm = MinimumMm(theme);
        var columns = table.Columns;
        if (columns.Count == 0)
        {
            return [total];
        }

        var widths = new double[columns.Count];
        var shares = Shares(columns);
        var fixedTotal = 0.0;
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i].WidthMm is { } mm && mm > 0)
            {
                widths[i] = mm * unitsPerMm;
                fixedTotal += widths[i];
            }
        }

        var remaining = total - fixedTotal;
        for (var i = 0; i < columns.Count; i++)
        {
            if (shares[i] is { } share)
            {
                widths[i] = remaining * share;
            }
        }

        var minimum = minimumMm * unitsPerMm;
        var tolerance = 1e-6 * Math.Max(1, total);
        if (widths.All(w => w >= minimum - tolerance) && widths.Sum() <= total + tolerance)
        {
            return widths;
        }

        return Squeeze(table, widths, total, minimumMm, unitsPerMm, format);
    }

    /// <summary>
    /// Each flexible column's share of the width left by the fixed ones (its weight over the weights
    /// of all flexible columns; equal shares when no weight is positive); null for a fixed column.
    /// </summary>
    public static double?[] Shares(IReadOnlyList<TableColumn> columns)
    {
        var flexible = 0;
        var weightSum = 0.0;
        foreach (var column in columns)
        {
            if (column.WidthMm is not > 0)
            {
                flexible++;
                weightSum += Math.Max(column.Weight, 0);
            }
        }

        var shares = new double?[columns.Count];
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i].WidthMm is not > 0)
            {
                shares[i] = weightSum > 0 ? Math.Max(columns[i].Weight, 0) / weightSum : 1.0 / flexible;
            }
        }

        return shares;
    }

    /// <summary>Raises narrow columns to the minimum and takes the excess from the others, in proportion to their width above the minimum.</summary>
    private static double[] Squeeze(Table table, double[] widths, double total, double minimumMm, double unitsPerMm, string format)
    {
        var minimum = minimumMm * unitsPerMm;
        var raised = widths.Select(w => Math.Max(w, minimum)).ToArray();
        var over = raised.Sum() - total;
        if (over <= 0)
        {
            return raised;
        }

        var slack = raised.Sum(w => w - minimum);
        if (slack < over)
        {
            var needed = raised.Length * minimumMm;
            throw new LayoutException(format, table.Span,
                $"таблица из {RussianForms.Count(raised.Length, "столбца", "столбцов", "столбцов")} не помещается в ширину текста {Mm(total / unitsPerMm)} мм: " +
                $"столбец не уже {Mm(minimumMm)} мм, всего нужно {Mm(needed)} мм (уменьшите число столбцов или их ширину)");
        }

        return raised.Select(w => w - (over * (w - minimum) / slack)).ToArray();
    }

    private static string Mm(double value) => value.ToString("0.#", Numbers.Russian);
}
