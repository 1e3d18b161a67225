using KazReports.Documents;
using KazReports.Rendering.Pdf.Layout;
using KazReports.Rendering.Pdf.Text;
using SkiaSharp;

namespace KazReports.Rendering.Pdf.Blocks;

/// <summary>Pictures and charts: a chart is its box (drawn by the chart painter) and its caption, kept together.</summary>
internal sealed class MediaRenderer(PdfContext context)
{
    /// <summary>Space before a chart and after it (after its caption), as the DOCX sets it.</summary>
    public const float ChartGap = 6;

    /// <summary>A chart is at least this wide and tall, as in the DOCX.</summary>
    private const double MinChartMm = 20;

    public Element Image(ImageBlock image, float width)
    {
        var decoded = image.Data.Length == 0 ? null : SKImage.FromEncodedData(image.Data);
        if (decoded is null)
        {
            throw new LayoutException("PDF", image.Span, $"рисунок «{image.AltText}» не удалось прочитать: нужен файл PNG или JPEG");
        }

        context.Own(decoded);
        var size = Fit(image.WidthMm, image.HeightMm, width, context.PageHeight);
        return new ImageElement(decoded, size.Width, size.Height, image.AltText, context.PageHeight, image.Span);
    }

    public Element Chart(ChartBlock chart, float width)
    {
        var spec = chart.Spec;
        TextBlock? caption = null;
        var captionHeight = 0f;
        if (!string.IsNullOrWhiteSpace(spec.Caption))
        {
            var style = context.Styles.For("Caption", inTable: false);
            var pieces = context.Flattener.Text(spec.Caption, style.Text);
            var format = new ParagraphFormat(Alignment.Center, style.Text, style.LineSpacing);
            caption = new TextBlock(pieces, format, context.PageHeight, context.Shaper, chart.Span);
            captionHeight = caption.Measure(new Layout.Size(width, context.PageHeight)).Height;
        }

        // A chart wider than the text is shrunk as a whole; one taller than the page only in height
        // (it is drawn anew at its size, not scaled), so that it keeps its width and its caption still
        // fits under it on that page.
        var size = Fit(Math.Max(spec.WidthMm, MinChartMm), Math.Max(spec.HeightMm, MinChartMm), width, float.MaxValue);
        size = new Layout.Size(size.Width, Math.Min(size.Height, Math.Max(PdfUnits.Pt(MinChartMm), context.PageHeight - captionHeight)));
        var slots = new List<Slot> { new(new ChartElement(spec, size.Width, size.Height, context, chart.Span)) };
        if (caption is not null)
        {
            slots.Add(new Slot(caption));
        }

        return new KeepTogether(new Column(slots, chart.Span), context.PageHeight);
    }

    /// <summary>The size in points, shrunk proportionally to the width (and to the page height) when larger.</summary>
    private static Layout.Size Fit(double widthMm, double heightMm, float width, float height)
    {
        var w = PdfUnits.Pt(Math.Max(widthMm, 1));
        var h = PdfUnits.Pt(Math.Max(heightMm, 1));
        var scale = Math.Min(1, Math.Min(width / w, Math.Max(height, 1) / h));
        return new Layout.Size(w * scale, h * scale);
    }
}

/// <summary>A picture, centred, of a fixed size; it moves to the next page when it does not fit.</summary>
internal sealed class ImageElement(SKImage image, float width, float height, string alt, float pageHeight, Diagnostics.SourceSpan span) : Element(span)
{
    private bool done;

    public override SpacePlan Measure(Layout.Size available)
    {
        if (done)
        {
            return SpacePlan.Empty;
        }

        return height <= available.Height + Epsilon || available.Height >= pageHeight - Epsilon
            ? SpacePlan.Full(available.Width, Math.Min(height, available.Height))
            : SpacePlan.Wrap($"рисунок «{alt}» не помещается на странице", Span);
    }

    public override void Draw(DrawingCanvas canvas, Layout.Size available)
    {
        var rect = SKRect.Create((available.Width - width) / 2, 0, width, Math.Min(height, available.Height));
        canvas.DrawImage(image, rect);
        canvas.Record(LayoutRecord.Image, alt, rect);
        done = true;
    }

    public override void ResetState() => done = false;
}
