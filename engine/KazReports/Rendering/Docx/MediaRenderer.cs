using KazReports.Documents;
using KazReports.Rendering.Charts;

namespace KazReports.Rendering.Docx;

/// <summary>Pictures (an image part and an inline drawing) and native charts (a chart part and an inline drawing).</summary>
internal sealed class MediaRenderer(DocxContext context)
{
    /// <summary>6 pt (in twentieths) before a chart and after its caption, to set the figure off the text.</summary>
    private static readonly int Gap = Units.PointTwips(6);

    /// <summary>Room kept under a chart for its caption and the gaps: three lines of 12 pt and 6 pt twice.</summary>
    private const double CaptionRoomMm = 20;

    /// <summary>The extent in EMU of a picture or chart: at least <paramref name="minMm"/>, shrunk to the text width keeping proportions.</summary>
    private static (long Cx, long Cy) FitToWidth(double widthMm, double heightMm, double minMm, BlockFrame frame)
    {
        widthMm = Math.Max(widthMm, minMm);
        heightMm = Math.Max(heightMm, minMm);
        var availableMm = frame.WidthTwips / Units.TwipsPerMm;
        if (widthMm > availableMm)
        {
            heightMm *= availableMm / widthMm;
            widthMm = availableMm;
        }
        return (Units.Emu(widthMm), Units.Emu(heightMm));
    }

    /// <summary>An inline picture, centred, shrunk to the available width if wider.</summary>
    public WordParagraph Image(ImageBlock image, BlockFrame frame)
    {
        var relationshipId = context.AddImage(image.Data);
        var id = context.NextDrawingId();
        var (cx, cy) = FitToWidth(image.WidthMm, image.HeightMm, 1, frame);
        var name = "Рисунок " + Units.Str(id);
        return new WordParagraph(Centred(keepNext: false), [new DrawingRun(DrawingRun.Kind.Picture, relationshipId, id, name, image.AltText, cx, cy)]);
    }

    /// <summary>
    /// A native chart: an inline drawing of a chart part (with its data as an embedded workbook, so
    /// «Изменить данные» works in Word), sized from WidthMm×HeightMm and shrunk to the available
    /// width like a picture, alt text with the title and the values; then the centred caption
    /// «Рисунок N — …», kept with the chart.
    /// </summary>
    public void Chart(ChartBlock chart, BlockFrame frame, List<BodyElement> result)
    {
        var spec = chart.Spec;
        var relationshipId = context.AddChart(spec);
        var id = context.NextDrawingId();
        var (cx, cy) = FitToWidth(spec.WidthMm, spec.HeightMm, 20, frame);
        var hasCaption = !string.IsNullOrWhiteSpace(spec.Caption);
        // A chart taller than the page is drawn lower (Word lays a chart out at its extent) so that
        // it and a caption of up to three lines fit on one page, as in the PDF.
        cy = Math.Min(cy, Units.Emu(Math.Max(20, context.Page.ContentHeightMm - (hasCaption ? CaptionRoomMm : 0))));
        var drawing = Centred(keepNext: hasCaption);
        drawing.Spacing = new Spacing(Before: Gap, After: hasCaption ? 0 : Gap);
        var name = "Диаграмма " + Units.Str(id);
        result.Add(new WordParagraph(drawing, [new DrawingRun(DrawingRun.Kind.Chart, relationshipId, id, name, ChartText.AltText(spec), cx, cy)]));
        if (hasCaption)
        {
            var caption = new ParagraphFormat
            {
                Style = StyleIds.Caption,
                Spacing = new Spacing(After: Gap),
                Justification = Jc.Center,
            };
            result.Add(new WordParagraph(caption, [InlineWriter.TextRun(spec.Caption!)]));
        }
    }

    private static ParagraphFormat Centred(bool keepNext) => new()
    {
        KeepNext = keepNext,
        Indentation = new Indent(FirstLine: 0),
        Justification = Jc.Center,
    };
}
