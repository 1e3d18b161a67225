using KazReports.Documents;
using KazReports.Rendering.Charts;
using KazReports.Tests.Rendering.Pdf;
using SkiaSharp;

namespace KazReports.Tests.Rendering.Charts;

/// <summary>Chart texts routed to the typefaces a caller gives (the PDF's subset faces), per plot.</summary>
public class ChartTypefacesTests
{
    public static TheoryData<string> Kinds() => [.. ChartSamples.Kinds];

    private static byte[] Pdf(ChartSpec spec, Func<string, bool, SKTypeface?>? resolve)
    {
        var size = ChartPainter.SizeInPoints(spec);
        using var plot = ChartPainter.Build(spec, Theme.Default, size);
        if (resolve is not null)
        {
            ChartTypefaces.Apply(plot, resolve);
        }

        using var stream = new MemoryStream();
        using (var document = SKDocument.CreatePdf(stream))
        {
            ChartPainter.Paint(plot, document.BeginPage(595, 842), SKRect.Create(57, 100, size.Width, size.Height));
            document.EndPage();
            document.Close();
        }

        return stream.ToArray();
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_text_of_the_chart_is_drawn_in_the_typeface_given(string kind)
    {
        // A bundled face the theme's charts do not use otherwise.
        var mono = KazReports.Rendering.Fonts.FontSet.Load("DejaVuSans.ttf");
        Assert.Equal("DejaVu Sans", mono.FamilyName);
        var asked = new List<(string, bool)>();
        var pdf = Pdf(ChartSamples.Of(kind), (family, bold) =>
        {
            asked.Add((family, bold));
            return mono;
        });
        var fonts = PdfTools.Fonts(pdf);
        Assert.NotEmpty(fonts);
        Assert.All(fonts, f => Assert.Contains("DejaVuSans", f.Name, StringComparison.Ordinal));
        Assert.Contains((ChartFonts.Family(Theme.Default), false), asked);

        // The legend keeps its items: series and the threshold.
        var text = PdfTools.Text(pdf);
        Assert.All(ChartSamples.Of(kind).Series, s => Assert.Contains(s.Name, text, StringComparison.Ordinal));
    }

    [Fact]
    public void Without_typefaces_given_the_chart_has_the_theme_faces_of_its_family_with_a_bold_title()
    {
        var family = ChartFonts.Family(Theme.Default).Replace(" ", string.Empty, StringComparison.Ordinal);
        var fonts = PdfTools.Fonts(Pdf(ChartSamples.Bar(), null)).Select(f => f.Name[(f.Name.IndexOf('+') + 1)..]).Order().ToList();
        Assert.Equal([family, family + "-Bold"], fonts);
    }

    [Fact]
    public void Faces_are_the_family_and_the_bold_title()
    {
        using var plot = ChartPainter.Build(ChartSamples.Bar(), Theme.Default, ChartPainter.SizeInPoints(ChartSamples.Bar()));
        var family = ChartFonts.Family(Theme.Default);
        Assert.Equal([(family, false), (family, true)], ChartTypefaces.Faces(plot).Order());
    }

    [Fact]
    public void Characters_are_those_of_every_string_of_the_spec_and_of_numbers()
    {
        var spec = ChartSamples.Bar() with { Categories = ["Щука", "Ёж"], ThresholdLabel = null, Threshold = 25.5m };
        var characters = ChartTypefaces.Characters(spec);
        foreach (var c in "Мокрушинская«»ЩукаЁжРайонКрайдоля,%порог0123456789−-. ")
        {
            Assert.Contains(c, characters);
        }

        Assert.Equal(characters.Distinct().Count(), characters.Length);
        Assert.DoesNotContain('\n', characters);
    }

    [SkippableFact]
    public void Routing_to_typefaces_keeps_the_drawing_the_same()
    {
        ExternalTools.Require("pdftoppm");
        // The theme's own face given back: the same drawing as without routing again.
        var spec = ChartSamples.Bar();
        var same = Pdf(spec, (family, bold) => ChartFonts.Typeface(family, bold));
        Assert.Equal(PdfTools.Text(Pdf(spec, null)), PdfTools.Text(same));
        Assert.Equal(PdfTools.Png(Pdf(spec, null), 1, 72), PdfTools.Png(same, 1, 72));
    }
}
