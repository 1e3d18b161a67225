using BenchmarkDotNet.Attributes;
using KazReports.Analysis;
using KazReports.Build;
using KazReports.Data.Loading;
using KazReports.Diagnostics;
using KazReports.Documents;
using KazReports.Rendering;
using KazReports.Validation;

namespace KazReports.Benchmarks;

/// <summary>Load, analyse, compose and render, measured separately on the shipped data.</summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private string _data = "";
    private DocumentComposer _composer = null!;
    private DocumentJob _letter = null!;
    private Document _document = null!;
    private Theme _theme = Theme.Default;
    private IReadOnlyList<IDocumentRenderer> _renderers = [];

    [GlobalSetup]
    public void Setup()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "KazReports.sln"))) root = root.Parent;
        _data = Path.Combine(root!.FullName, "data");
        var (data, _) = CheckedData.Load(_data);
        var bag = new DiagnosticBag();
        _composer = DocumentComposer.Open(data!, Path.Combine(root.FullName, "templates"), bag, "templates")
            ?? throw new InvalidOperationException(string.Join('\n', bag.Items));
        _theme = _composer.Theme;
        _letter = _composer.Plan(bag).First(j => j.Group == "letters");
        _document = _composer.Compose(_letter, bag)!;
        _renderers = Cli.BuildCommand.Renderers();
    }

    [Benchmark(Description = "load + validate")]
    public object Load() => CheckedData.Load(_data).Data!;

    [Benchmark(Description = "analyse (district rows, ШНОР)")]
    public object Analyse()
    {
        var (data, _) = CheckedData.Load(_data);
        var index = new ResultIndex(data!);
        return ShnorIdentification.Identify(data!, index, 2023);
    }

    [Benchmark(Description = "letter: template + markup")]
    public object Compose() => _composer.Compose(_letter, new DiagnosticBag())!;

    [Benchmark(Description = "letter: DOCX")]
    public long Docx() => Render("docx");

    [Benchmark(Description = "letter: PDF")]
    public long Pdf() => Render("pdf");

    [Benchmark(Description = "chart: ScottPlot onto a vector canvas")]
    public int Chart()
    {
        var spec = _document.Sections.SelectMany(s => s.Blocks).OfType<ChartBlock>().First().Spec;
        var size = KazReports.Rendering.Charts.ChartPainter.SizeInPoints(spec);
        using var recorder = new SkiaSharp.SKPictureRecorder();
        var canvas = recorder.BeginRecording(new SkiaSharp.SKRect(0, 0, size.Width, size.Height));
        KazReports.Rendering.Charts.ChartPainter.Paint(spec, _theme, canvas, new SkiaSharp.SKRect(0, 0, size.Width, size.Height));
        using var picture = recorder.EndRecording();
        return picture.ApproximateOperationCount;
    }

    private long Render(string format)
    {
        using var stream = new MemoryStream();
        _renderers.First(r => r.Format == format).Render(_document, _theme, stream);
        return stream.Length;
    }
}
