using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using KazReports.Documents;
using KazReports.Rendering.Charts;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace KazReports.Rendering.Docx;

/// <summary>Pictures (an image part and an inline drawing) and native charts (a chart part and an inline drawing).</summary>
internal sealed class MediaWriter(DocxContext context)
{
    private const string PictureUri = "http://schemas.openxmlformats.org/drawingml/2006/picture";
    private const string ChartUri = "http://schemas.openxmlformats.org/drawingml/2006/chart";

    /// <summary>6 pt (in twentieths) before a chart and after its caption, to set the figure off the text.</summary>
    private static readonly string Gap = Units.Str(Units.PointTwips(6));

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
    public W.Paragraph Image(ImageBlock image, BlockFrame frame)
    {
        var relationshipId = context.AddImage(image.Data);
        var id = context.NextDrawingId();
        var (cx, cy) = FitToWidth(image.WidthMm, image.HeightMm, 1, frame);
        var name = "Рисунок " + Units.Str(id);
        var picture = new PIC.Picture(
            new PIC.NonVisualPictureProperties(
                new PIC.NonVisualDrawingProperties { Id = 0U, Name = name, Description = image.AltText },
                new PIC.NonVisualPictureDrawingProperties()),
            new PIC.BlipFill(new A.Blip { Embed = relationshipId }, new A.Stretch(new A.FillRectangle())),
            new PIC.ShapeProperties(
                new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = cx, Cy = cy }),
                new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle }));
        var inline = new DW.Inline(
            new DW.Extent { Cx = cx, Cy = cy },
            new DW.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
            new DW.DocProperties { Id = id, Name = name, Description = image.AltText },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(picture) { Uri = PictureUri }))
        {
            DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U,
        };
        return BlockWriter.Make(Centred(keepNext: false), [new W.Run(new Drawing(inline))]);
    }

    /// <summary>
    /// A native chart: an inline drawing of a chart part (with its data as an embedded workbook, so
    /// «Изменить данные» works in Word), sized from WidthMm×HeightMm and shrunk to the available
    /// width like a picture, alt text with the title and the values; then the centred caption
    /// «Рисунок N — …», kept with the chart.
    /// </summary>
    public List<OpenXmlElement> Chart(ChartBlock chart, BlockFrame frame)
    {
        var spec = chart.Spec;
        var relationshipId = context.AddChart(spec);
        var id = context.NextDrawingId();
        var (cx, cy) = FitToWidth(spec.WidthMm, spec.HeightMm, 20, frame);
        var inline = new DW.Inline(
            new DW.Extent { Cx = cx, Cy = cy },
            new DW.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
            new DW.DocProperties { Id = id, Name = "Диаграмма " + Units.Str(id), Description = ChartText.AltText(spec) },
            new DW.NonVisualGraphicFrameDrawingProperties(),
            new A.Graphic(new A.GraphicData(new C.ChartReference { Id = relationshipId }) { Uri = ChartUri }))
        {
            DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U,
        };
        var hasCaption = !string.IsNullOrWhiteSpace(spec.Caption);
        var drawing = Centred(keepNext: hasCaption);
        drawing.SpacingBetweenLines = new SpacingBetweenLines { Before = Gap, After = hasCaption ? "0" : Gap };
        var result = new List<OpenXmlElement>
        {
            BlockWriter.Make(drawing, [new W.Run(new Drawing(inline))]),
        };
        if (hasCaption)
        {
            var caption = new ParagraphProperties
            {
                ParagraphStyleId = new ParagraphStyleId { Val = StyleIds.Caption },
                SpacingBetweenLines = new SpacingBetweenLines { After = Gap },
                Justification = new Justification { Val = JustificationValues.Center },
            };
            result.Add(BlockWriter.Make(caption, [InlineWriter.TextRun(spec.Caption!)]));
        }

        return result;
    }

    private static ParagraphProperties Centred(bool keepNext) => new()
    {
        KeepNext = keepNext ? new KeepNext() : null,
        Indentation = new Indentation { FirstLine = "0" },
        Justification = new Justification { Val = JustificationValues.Center },
    };
}
