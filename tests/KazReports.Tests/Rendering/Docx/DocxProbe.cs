using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using KazReports.Documents;
using KazReports.Rendering.Docx;
using Document = KazReports.Documents.Document;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace KazReports.Tests.Rendering.Docx;

/// <summary>A rendered package opened for assertions; disposes the package.</summary>
internal sealed class DocxProbe : IDisposable
{
    private readonly MemoryStream stream;

    private DocxProbe(byte[] bytes)
    {
        Bytes = bytes;
        stream = new MemoryStream(bytes, writable: false);
        Package = WordprocessingDocument.Open(stream, isEditable: false);
    }

    public byte[] Bytes { get; }

    public WordprocessingDocument Package { get; }

    public MainDocumentPart Main => Package.MainDocumentPart ?? throw new InvalidOperationException("no main part");

    public W.Body Body => Main.Document.Body ?? throw new InvalidOperationException("no body");

    public static byte[] Render(Document document, Theme? theme = null)
    {
        using var output = new MemoryStream();
        new DocxRenderer().Render(document, theme ?? Theme.Default, output);
        return output.ToArray();
    }

    public static DocxProbe Of(Document document, Theme? theme = null) => new(Render(document, theme));

    public static DocxProbe Of(params Block[] blocks) => Of(DocxSamples.Of(blocks));

    /// <summary>Validation errors, one per line with part, path and description; empty when valid.</summary>
    public string ValidationErrors()
    {
        var validator = new OpenXmlValidator(FileFormatVersions.Microsoft365);
        var errors = validator.Validate(Package).ToList();
        return string.Join(
            Environment.NewLine,
            errors.Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Id} {e.Description}"));
    }

    public void AssertValid()
    {
        var errors = ValidationErrors();
        Xunit.Assert.True(errors.Length == 0, "OpenXmlValidator errors:" + Environment.NewLine + errors);
    }

    public List<W.Table> Tables => Body.Descendants<W.Table>().ToList();

    public List<W.Paragraph> Paragraphs => Body.Descendants<W.Paragraph>().ToList();

    public W.Style Style(string id) =>
        Main.StyleDefinitionsPart?.Styles?.Elements<W.Style>().SingleOrDefault(s => s.StyleId == id)
        ?? throw new Xunit.Sdk.XunitException($"style {id} is missing");

    public W.Paragraph ParagraphWithText(string text) =>
        Paragraphs.FirstOrDefault(p => p.InnerText.Contains(text, StringComparison.Ordinal))
        ?? throw new Xunit.Sdk.XunitException($"no paragraph contains «{text}»");

    public void Dispose()
    {
        Package.Dispose();
        stream.Dispose();
    }
}
