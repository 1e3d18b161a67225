using KazReports.Analysis;
using KazReports.Data.Model;
using KazReports.Diagnostics;
using KazReports.Documents;
using KazReports.Templates;
using KazReports.Templates.Declarations;
using KazReports.Templates.Markup;
using Scriban.Runtime;

namespace KazReports.Build;

/// <summary>
/// The one composition of the pipeline: data → analysis → variables → markup → document model,
/// for the documents declared in templates/documents.yaml. The CLI (through <see cref="BuildRunner"/>),
/// the tests and the benchmarks all compose through it. Thread-safe: documents compose in parallel.
/// </summary>
public sealed class DocumentComposer
{
    private DocumentComposer(DataSet data, TemplateSet templates, Theme theme)
    {
        Data = data;
        Templates = templates;
        Theme = theme;
        var index = new ResultIndex(data);
        Year = data.Letters?.Year ?? data.Years.LastOrDefault();
        Shnor = ShnorIdentification.Identify(data, index, Year);
        Model = new ModelBuilder(data, index);
        BaseModel = Model.Base();
        _origins = new DataTextOrigin(data.Root, data.DisplayRoot);
        // A runaway loop is stopped; a large region is not (the ВПР report of 300 schools takes ~60 000 steps).
        Limits = new TemplateLimits(LoopLimit: Math.Max(10_000, data.Results.Count * 16 + data.Schools.Count * 200));
    }

    public DataSet Data { get; }

    private readonly DataTextOrigin _origins;
    public TemplateSet Templates { get; }
    public Theme Theme { get; }

    /// <summary>The year of the documents: the letters' year, or the last year with results.</summary>
    public int Year { get; }

    public ShnorReport Shnor { get; }
    public ModelBuilder Model { get; }

    /// <summary>The variables every template sees (shared read-only by every document).</summary>
    public ScriptObject BaseModel { get; }

    public TemplateLimits Limits { get; }

    /// <summary>The declarations the engine can build (bad ones are reported by <see cref="Open"/>).</summary>
    public IReadOnlyList<DocumentDeclaration> Declarations { get; private set; } = [];

    /// <summary>
    /// Reads the templates folder (theme.yaml, documents.yaml) and analyses the data; null when the
    /// theme or the declarations have errors (reported to <paramref name="bag"/>).
    /// </summary>
    public static DocumentComposer? Open(DataSet data, string templatesDir, DiagnosticBag bag, string? templatesDisplay = null)
    {
        var templates = TemplateSet.Open(templatesDir, templatesDisplay);
        var theme = ThemeLoader.Load(Path.Combine(templatesDir, "theme.yaml"), templates.DisplayPath("theme.yaml"), bag);
        Validation.ThemeValidator.Check(Path.Combine(templatesDir, "theme.yaml"), templates.DisplayPath("theme.yaml"), bag);
        var declared = DeclarationReader.Load(Path.Combine(templatesDir, DeclarationReader.FileName), templates.DisplayPath(DeclarationReader.FileName), bag);
        if (bag.HasErrors) return null;
        var composer = new DocumentComposer(data, templates, theme);
        composer.Declarations = DocumentPlan.Check(declared, templates, composer.BaseModel, bag);
        return bag.HasErrors ? null : composer;
    }

    /// <summary>The groups <c>--only</c> may name, in the declarations' order.</summary>
    public IReadOnlyList<string> Groups => Declarations.Select(d => d.Group).Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>Every document the declarations and the data call for (problems with names are reported).</summary>
    public IReadOnlyList<DocumentJob> Plan(DiagnosticBag bag) => DocumentPlan.Create(Declarations, Model, Shnor, Year, BaseModel, bag);

    /// <summary>Renders one job's template and reads its markup into a document; null on errors.</summary>
    public Document? Compose(DocumentJob job, DiagnosticBag bag, out string? markup)
    {
        var local = new DiagnosticBag();
        // The shared model is a layer below the document's variables, not copied into each document.
        var rendered = Templates.Render(job.Template, [BaseModel, job.Variables()], Limits, local);
        markup = rendered?.Text;
        Document? document = null;
        if (rendered is not null)
        {
            // Text of the data that broke the markup is traced back to its file, line and field: the
            // parser asks for the place of the line it reports just before it reports it.
            var asked = -1;
            var watched = rendered with { SpanOfLine = i => rendered.SpanOfLine(asked = i) };
            var lines = new Lazy<string[]>(() => rendered.Text.Split('\n'));
            var markupBag = new DiagnosticBag(d => _origins.Trace(d, rendered, lines, asked));
            document = MarkupParser.Parse(watched, Theme, job.Info, markupBag);
            local.AddRange(markupBag.Items);
        }
        bag.AddRange(local.Items);
        return local.HasErrors ? null : document;
    }

    /// <inheritdoc cref="Compose(DocumentJob, DiagnosticBag, out string?)"/>
    public Document? Compose(DocumentJob job, DiagnosticBag bag) => Compose(job, bag, out _);
}
