namespace KazReports.Rendering.Docx;

/// <summary>
/// w:tbl: a fixed layout of the given width and grid (twips), optionally a table style, no borders
/// at all, or zero cell margins (the borderless layout table of a letterhead beside its addressee).
/// </summary>
internal sealed class WordTable(int widthTwips, int[] grid) : BodyElement
{
    public string? Style { get; init; }

    public bool NoBorders { get; init; }

    public bool ZeroCellMargins { get; init; }

    public List<WordRow> Rows { get; } = [];

    public override void Write(WordXmlWriter w)
    {
        w.Start("tbl");
        w.Start("tblPr");
        if (Style is not null)
        {
            w.Value("tblStyle", Style);
        }

        w.Width("tblW", widthTwips);
        if (NoBorders)
        {
            w.Start("tblBorders");
            foreach (var side in (ReadOnlySpan<string>)["top", "left", "bottom", "right", "insideH", "insideV"])
            {
                w.Start(side);
                w.Attribute("val", "none");
                w.Attribute("sz", "0");
                w.Attribute("space", "0");
                w.End();
            }

            w.End();
        }

        w.Start("tblLayout");
        w.Attribute("type", "fixed");
        w.End();
        if (ZeroCellMargins)
        {
            w.Start("tblCellMar");
            w.Width("top", 0);
            w.Width("left", 0);
            w.Width("bottom", 0);
            w.Width("right", 0);
            w.End();
        }

        w.End();
        w.Start("tblGrid");
        foreach (var width in grid)
        {
            w.Start("gridCol");
            w.Attribute("w", width);
            w.End();
        }

        w.End();
        foreach (var row in Rows)
        {
            row.Write(w);
        }

        w.End();
    }
}

/// <summary>w:tr: cells, kept on one page and/or repeated as a header row.</summary>
internal sealed class WordRow(bool cantSplit = false, bool repeatHeader = false)
{
    public List<WordCell> Cells { get; } = [];

    public void Write(WordXmlWriter w)
    {
        w.Start("tr");
        if (cantSplit || repeatHeader)
        {
            w.Start("trPr");
            if (cantSplit)
            {
                w.Empty("cantSplit");
            }

            if (repeatHeader)
            {
                w.Empty("tblHeader");
            }

            w.End();
        }

        foreach (var cell in Cells)
        {
            cell.Write(w);
        }

        w.End();
    }
}

/// <summary>w:tc: width, gridSpan, vMerge, shading, vertical alignment, then its blocks (a paragraph last).</summary>
internal sealed class WordCell(int widthTwips)
{
    public int Span { get; init; } = 1;

    /// <summary>"restart" or "continue" for a row span, else null.</summary>
    public string? VerticalMerge { get; init; }

    /// <summary>The fill colour, six hex digits.</summary>
    public string? Shading { get; init; }

    /// <summary>"center" or "bottom"; null is top.</summary>
    public string? VerticalAlignment { get; init; }

    public List<BodyElement> Content { get; } = [];

    public void Write(WordXmlWriter w)
    {
        w.Start("tc");
        w.Start("tcPr");
        w.Width("tcW", widthTwips);
        if (Span > 1)
        {
            w.Value("gridSpan", Span);
        }

        if (VerticalMerge is not null)
        {
            w.Value("vMerge", VerticalMerge);
        }

        if (Shading is not null)
        {
            w.Start("shd");
            w.Attribute("val", "clear");
            w.Attribute("color", "auto");
            w.Attribute("fill", Shading);
            w.End();
        }

        if (VerticalAlignment is not null)
        {
            w.Value("vAlign", VerticalAlignment);
        }

        w.End();
        foreach (var element in Content)
        {
            element.Write(w);
        }

        w.End();
    }
}
