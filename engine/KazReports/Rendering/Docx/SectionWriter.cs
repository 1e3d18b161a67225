using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using KazReports.Documents;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace KazReports.Rendering.Docx;

/// <summary>
/// w:sectPr of a section: A4 size and orientation, margins, and the header or footer with the page
/// number. ГОСТ numbering «from the second page» is titlePg with an empty first-page header on the
/// document's first section; numbering continues across sections (no restart). Every section names
/// its header and footer explicitly, so nothing is inherited by accident.
/// </summary>
internal sealed class SectionWriter(DocxContext context)
{
    private const double HeaderDistanceMm = 12.5;

    private readonly HashSet<string> parts = [];

    public SectionProperties Build(Section section, int index)
    {
        var page = section.Page;
        var numbering = page.Numbering;
        var titlePage = numbering.Show && numbering.FromSecondPage && index == 0;
        var landscape = page.Orientation == Orientation.Landscape;

        var result = new SectionProperties();
        var header = numbering.Show && numbering.Position == PageNumberPosition.TopCenter ? Header("Page", JustificationValues.Center) : Header("Empty", null);
        var footer = numbering.Show && numbering.Position != PageNumberPosition.TopCenter
            ? Footer("Page" + numbering.Position, numbering.Position == PageNumberPosition.BottomRight ? JustificationValues.Right : JustificationValues.Center)
            : Footer("Empty", null);
        result.Append(new HeaderReference { Type = HeaderFooterValues.Default, Id = header });
        if (titlePage)
        {
            result.Append(new HeaderReference { Type = HeaderFooterValues.First, Id = Header("Empty", null) });
        }

        result.Append(new FooterReference { Type = HeaderFooterValues.Default, Id = footer });
        if (titlePage)
        {
            result.Append(new FooterReference { Type = HeaderFooterValues.First, Id = Footer("Empty", null) });
        }

        var size = new PageSize
        {
            Width = (uint)(landscape ? Units.A4HeightTwips : Units.A4WidthTwips),
            Height = (uint)(landscape ? Units.A4WidthTwips : Units.A4HeightTwips),
        };
        if (landscape)
        {
            size.Orient = PageOrientationValues.Landscape;
        }

        result.Append(size);
        var margins = page.Margins;
        var distance = (uint)Units.Twips(Math.Min(HeaderDistanceMm, Math.Max(margins.Top, margins.Bottom) / 2));
        result.Append(new PageMargin
        {
            Top = Units.Twips(margins.Top),
            Right = (uint)Units.Twips(margins.Right),
            Bottom = Units.Twips(margins.Bottom),
            Left = (uint)Units.Twips(margins.Left),
            Header = distance,
            Footer = distance,
            Gutter = 0U,
        });
        result.Append(new Columns { Space = "708" });
        if (titlePage)
        {
            result.Append(new TitlePage());
        }

        return result;
    }

    /// <summary>A header part, made once per kind and shared by the sections that use it.</summary>
    private string Header(string kind, JustificationValues? pageNumber)
    {
        var id = "rIdHeader" + kind;
        if (parts.Add(id))
        {
            var part = context.Main.AddNewPart<HeaderPart>(id);
            part.Header = new W.Header(Content(StyleIds.Header, pageNumber));
        }

        return id;
    }

    private string Footer(string kind, JustificationValues? pageNumber)
    {
        var id = "rIdFooter" + kind;
        if (parts.Add(id))
        {
            var part = context.Main.AddNewPart<FooterPart>(id);
            part.Footer = new W.Footer(Content(StyleIds.Footer, pageNumber));
        }

        return id;
    }

    private static W.Paragraph Content(string style, JustificationValues? pageNumber)
    {
        var properties = new ParagraphProperties
        {
            ParagraphStyleId = new ParagraphStyleId { Val = style },
            Justification = BlockWriter.Justify(pageNumber),
        };
        return BlockWriter.Make(properties, pageNumber is null ? [] : InlineWriter.PageField());
    }
}
