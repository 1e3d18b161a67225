using KazReports.Documents;

namespace KazReports.Rendering.Docx;

/// <summary>
/// w:sectPr of a section: A4 size and orientation, margins, and the header or footer with the page
/// number. ГОСТ numbering «from the second page» is titlePg with an empty first-page header on the
/// document's first section; numbering continues across sections (no restart). Every section names
/// its header and footer explicitly, so nothing is inherited by accident.
/// </summary>
internal sealed class SectionRenderer(DocxContext context)
{
    private const double HeaderDistanceMm = 12.5;

    private readonly HashSet<string> parts = [];

    public SectionFormat Build(Section section, int index)
    {
        var page = section.Page;
        var numbering = page.Numbering;
        var titlePage = numbering.Show && numbering.FromSecondPage && index == 0;
        var landscape = page.Orientation == Orientation.Landscape;

        var header = numbering.Show && numbering.Position == PageNumberPosition.TopCenter ? Header("Page", Jc.Center) : Header("Empty", null);
        var footer = numbering.Show && numbering.Position != PageNumberPosition.TopCenter
            ? Footer("Page" + numbering.Position, numbering.Position == PageNumberPosition.BottomRight ? Jc.Right : Jc.Center)
            : Footer("Empty", null);
        var margins = page.Margins;
        return new SectionFormat(
            Header: header,
            FirstHeader: titlePage ? Header("Empty", null) : null,
            Footer: footer,
            FirstFooter: titlePage ? Footer("Empty", null) : null,
            Landscape: landscape,
            Top: Units.Twips(margins.Top),
            Right: Units.Twips(margins.Right),
            Bottom: Units.Twips(margins.Bottom),
            Left: Units.Twips(margins.Left),
            HeaderFooterDistance: Units.Twips(Math.Min(HeaderDistanceMm, Math.Max(margins.Top, margins.Bottom) / 2)),
            TitlePage: titlePage);
    }

    /// <summary>A header part, made once per kind and shared by the sections that use it.</summary>
    private string Header(string kind, Jc? pageNumber)
    {
        var id = "rIdHeader" + kind;
        if (parts.Add(id))
        {
            context.AddHeaderOrFooter(id, header: true, Content(StyleIds.Header, pageNumber));
        }

        return id;
    }

    private string Footer(string kind, Jc? pageNumber)
    {
        var id = "rIdFooter" + kind;
        if (parts.Add(id))
        {
            context.AddHeaderOrFooter(id, header: false, Content(StyleIds.Footer, pageNumber));
        }

        return id;
    }

    private static WordParagraph Content(string style, Jc? pageNumber) =>
        new(new ParagraphFormat { Style = style, Justification = pageNumber }, pageNumber is null ? null : [InlineWriter.PageField()]);
}

/// <summary>w:sectPr: header and footer references, A4 page size and orientation, margins (twips), titlePg.</summary>
internal sealed record SectionFormat(
    string Header,
    string? FirstHeader,
    string Footer,
    string? FirstFooter,
    bool Landscape,
    int Top,
    int Right,
    int Bottom,
    int Left,
    int HeaderFooterDistance,
    bool TitlePage)
{
    public void Write(WordXmlWriter w)
    {
        w.Start("sectPr");
        Reference(w, "headerReference", "default", Header);
        if (FirstHeader is not null)
        {
            Reference(w, "headerReference", "first", FirstHeader);
        }

        Reference(w, "footerReference", "default", Footer);
        if (FirstFooter is not null)
        {
            Reference(w, "footerReference", "first", FirstFooter);
        }

        w.Start("pgSz");
        w.Attribute("w", Landscape ? Units.A4HeightTwips : Units.A4WidthTwips);
        w.Attribute("h", Landscape ? Units.A4WidthTwips : Units.A4HeightTwips);
        if (Landscape)
        {
            w.Attribute("orient", "landscape");
        }

        w.End();
        w.Start("pgMar");
        w.Attribute("top", Top);
        w.Attribute("right", Right);
        w.Attribute("bottom", Bottom);
        w.Attribute("left", Left);
        w.Attribute("header", HeaderFooterDistance);
        w.Attribute("footer", HeaderFooterDistance);
        w.Attribute("gutter", 0);
        w.End();
        w.Start("cols");
        w.Attribute("space", "708");
        w.End();
        if (TitlePage)
        {
            w.Empty("titlePg");
        }

        w.End();
    }

    private static void Reference(WordXmlWriter w, string element, string type, string id)
    {
        w.Start(element);
        w.Attribute("type", type);
        w.Xml.WriteAttributeString("r", "id", Ns.R, id);
        w.End();
    }
}
