using DocumentFormat.OpenXml.Packaging;
using KazReports.Documents;
using Xunit;
using W = DocumentFormat.OpenXml.Wordprocessing;
using Document = KazReports.Documents.Document;

namespace KazReports.Tests.Rendering.Docx;

/// <summary>Sections: sectPr per section, A4 size and orientation, margins, page numbers in headers or footers.</summary>
public class DocxSectionTests
{
    private static Document ThreeSections(PageNumbering? numbering = null) => new(DocxSamples.Info, [
        new Section(DocxSamples.Portrait(numbering), [DocxSamples.H(1, "Раздел 1"), DocxSamples.P("текст")], DocxSamples.At),
        new Section(DocxSamples.Landscape(numbering), [DocxSamples.LongTable(3)], DocxSamples.At),
        new Section(DocxSamples.Portrait(numbering), [DocxSamples.P("конец")], DocxSamples.At),
    ]);

    private static List<W.SectionProperties> Sections(DocxProbe probe) => probe.Body.Descendants<W.SectionProperties>().ToList();

    private static string PartText(OpenXmlPart part) => part.RootElement?.InnerXml ?? "";

    private static OpenXmlPart Referenced(DocxProbe probe, W.SectionProperties section, W.HeaderFooterValues type, bool header)
    {
        string? id = header
            ? section.Elements<W.HeaderReference>().SingleOrDefault(r => r.Type?.Value == type)?.Id?.Value
            : section.Elements<W.FooterReference>().SingleOrDefault(r => r.Type?.Value == type)?.Id?.Value;
        Assert.NotNull(id);
        return probe.Main.GetPartById(id);
    }

    private static bool HasPageField(OpenXmlPart part) =>
        part.RootElement!.Descendants<W.FieldCode>().Any(f => f.Text.Trim() == "PAGE");

    [Fact]
    public void Each_section_has_its_own_sectPr_the_last_in_the_body_the_others_in_their_last_paragraph()
    {
        using var probe = DocxProbe.Of(ThreeSections());
        probe.AssertValid();
        var sections = Sections(probe);
        Assert.Equal(3, sections.Count);
        Assert.IsType<W.ParagraphProperties>(sections[0].Parent);
        Assert.Equal("текст", ((W.Paragraph)sections[0].Parent!.Parent!).InnerText);

        // The landscape section ends with a table: an empty paragraph after it carries the sectPr.
        Assert.IsType<W.ParagraphProperties>(sections[1].Parent);
        Assert.IsType<W.Table>(sections[1].Parent!.Parent!.PreviousSibling());
        Assert.Same(probe.Body, sections[2].Parent);
        Assert.Same(sections[2], probe.Body.LastChild);
    }

    [Fact]
    public void A4_portrait_and_landscape_with_margins_in_twips()
    {
        using var probe = DocxProbe.Of(ThreeSections());
        var sizes = Sections(probe).Select(s => s.GetFirstChild<W.PageSize>()!).ToList();
        Assert.Equal((11906u, 16838u), (sizes[0].Width!.Value, sizes[0].Height!.Value));
        Assert.Null(sizes[0].Orient);
        Assert.Equal((16838u, 11906u), (sizes[1].Width!.Value, sizes[1].Height!.Value));
        Assert.Equal(W.PageOrientationValues.Landscape, sizes[1].Orient?.Value);

        var margins = Sections(probe)[0].GetFirstChild<W.PageMargin>()!;
        Assert.Equal((1134, 567u, 1134, 1701u), (margins.Top!.Value, margins.Right!.Value, margins.Bottom!.Value, margins.Left!.Value));
        var landscape = Sections(probe)[1].GetFirstChild<W.PageMargin>()!;
        Assert.Equal((1701, 1134u, 567, 1134u), (landscape.Top!.Value, landscape.Right!.Value, landscape.Bottom!.Value, landscape.Left!.Value));
    }

    [Fact]
    public void Gost_numbering_is_a_centred_PAGE_field_in_the_header_from_the_second_page()
    {
        using var probe = DocxProbe.Of(ThreeSections());
        var sections = Sections(probe);

        Assert.NotNull(sections[0].GetFirstChild<W.TitlePage>());
        var first = Referenced(probe, sections[0], W.HeaderFooterValues.First, header: true);
        Assert.False(HasPageField(first));
        Assert.Equal("", first.RootElement!.InnerText);

        var header = Referenced(probe, sections[0], W.HeaderFooterValues.Default, header: true);
        Assert.IsType<HeaderPart>(header);
        Assert.True(HasPageField(header));
        Assert.Equal(W.JustificationValues.Center, header.RootElement!.Descendants<W.Justification>().Single().Val?.Value);
        Assert.False(HasPageField(Referenced(probe, sections[0], W.HeaderFooterValues.Default, header: false)));

        // Later sections number every page, and numbering is never restarted.
        Assert.All(sections.Skip(1), s => Assert.Null(s.GetFirstChild<W.TitlePage>()));
        Assert.All(sections.Skip(1), s => Assert.Same(header, Referenced(probe, s, W.HeaderFooterValues.Default, header: true)));
        Assert.All(sections, s => Assert.Null(s.GetFirstChild<W.PageNumberType>()?.Start));
    }

    [Fact]
    public void Bottom_numbering_goes_to_a_footer_and_the_header_stays_empty()
    {
        using var probe = DocxProbe.Of(ThreeSections(new PageNumbering(true, false, PageNumberPosition.BottomRight)));
        probe.AssertValid();
        var section = Sections(probe)[0];
        Assert.Null(section.GetFirstChild<W.TitlePage>());
        var footer = Referenced(probe, section, W.HeaderFooterValues.Default, header: false);
        Assert.IsType<FooterPart>(footer);
        Assert.True(HasPageField(footer));
        Assert.Equal(W.JustificationValues.Right, footer.RootElement!.Descendants<W.Justification>().Single().Val?.Value);
        Assert.False(HasPageField(Referenced(probe, section, W.HeaderFooterValues.Default, header: true)));
        Assert.Contains("PAGE", PartText(footer));
    }

    [Fact]
    public void Bottom_centre_numbering_from_the_second_page_has_an_empty_first_footer()
    {
        using var probe = DocxProbe.Of(ThreeSections(new PageNumbering(true, true, PageNumberPosition.BottomCenter)));
        probe.AssertValid();
        var section = Sections(probe)[0];
        Assert.NotNull(section.GetFirstChild<W.TitlePage>());
        var footer = Referenced(probe, section, W.HeaderFooterValues.Default, header: false);
        Assert.True(HasPageField(footer));
        Assert.Equal(W.JustificationValues.Center, footer.RootElement!.Descendants<W.Justification>().Single().Val?.Value);
        Assert.False(HasPageField(Referenced(probe, section, W.HeaderFooterValues.First, header: false)));
        Assert.False(HasPageField(Referenced(probe, section, W.HeaderFooterValues.First, header: true)));
    }

    [Fact]
    public void No_numbering_means_no_PAGE_field_anywhere()
    {
        using var probe = DocxProbe.Of(ThreeSections(new PageNumbering(false, true, PageNumberPosition.TopCenter)));
        probe.AssertValid();
        Assert.All(probe.Main.HeaderParts, h => Assert.False(HasPageField(h)));
        Assert.All(probe.Main.FooterParts, f => Assert.False(HasPageField(f)));
        Assert.All(Sections(probe), s => Assert.Null(s.GetFirstChild<W.TitlePage>()));
    }

    [Fact]
    public void Page_breaks_are_paragraphs_with_a_page_break()
    {
        using var probe = DocxProbe.Of(DocxSamples.P("до"), new PageBreak(DocxSamples.At), DocxSamples.P("после"));
        var breaks = probe.Body.Descendants<W.Break>().ToList();
        var pageBreak = Assert.Single(breaks);
        Assert.Equal(W.BreakValues.Page, pageBreak.Type?.Value);
        Assert.Equal("до", ((W.Paragraph)pageBreak.Parent!.Parent!).PreviousSibling<W.Paragraph>()?.InnerText);
    }
}
