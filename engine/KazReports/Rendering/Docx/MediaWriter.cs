using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using KazReports.Documents;
using RunStyle = KazReports.Documents.RunStyle;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace KazReports.Rendering.Docx;

/// <summary>Pictures (an image part and an inline drawing) and charts.</summary>
internal sealed class MediaWriter(DocxContext context)
{
    private const string PictureUri = "http://schemas.openxmlformats.org/drawingml/2006/picture";

    /// <summary>An inline picture, centred, shrunk to the available width if wider.</summary>
    public W.Paragraph Image(ImageBlock image, BlockFrame frame)
    {
        var relationshipId = context.AddImage(image.Data);
        var id = context.NextDrawingId();
        var widthMm = Math.Max(image.WidthMm, 1);
        var heightMm = Math.Max(image.HeightMm, 1);
        var availableMm = frame.WidthTwips / Units.TwipsPerMm;
        if (widthMm > availableMm)
        {
            heightMm *= availableMm / widthMm;
            widthMm = availableMm;
        }

        var cx = Units.Emu(widthMm);
        var cy = Units.Emu(heightMm);
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
            DistanceFromTop = 0U,
            DistanceFromBottom = 0U,
            DistanceFromLeft = 0U,
            DistanceFromRight = 0U,
        };
        return BlockWriter.Make(Centred(keepNext: false), [new W.Run(new Drawing(inline))]);
    }

    /// <summary>
    /// A chart. For now a placeholder «[Диаграмма: …]» in italic and the caption; native charts
    /// (a ChartPart with its embedded workbook) replace this method later.
    /// </summary>
    public List<OpenXmlElement> Chart(ChartBlock chart)
    {
        var result = new List<OpenXmlElement>
        {
            BlockWriter.Make(Centred(keepNext: chart.Spec.Caption is not null), [InlineWriter.TextRun($"[Диаграмма: {chart.Spec.Title}]", RunStyle.Italic)]),
        };
        if (!string.IsNullOrWhiteSpace(chart.Spec.Caption))
        {
            var caption = new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = StyleIds.Caption } };
            result.Add(BlockWriter.Make(caption, [InlineWriter.TextRun(chart.Spec.Caption)]));
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
