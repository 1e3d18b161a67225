using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using KazReports.Documents;
using Document = KazReports.Documents.Document;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace KazReports.Rendering.Docx;

/// <summary>
/// Renders a <see cref="Document"/> as a Word document (WordprocessingML) with real styles, lists,
/// tables, sections with page numbers and the requisites of official documents. The same document
/// and theme always give the same bytes.
/// </summary>
public sealed class DocxRenderer : IDocumentRenderer
{
    private const string MainContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    public string Format => "docx";

    public void Render(Document document, Theme theme, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(theme);
        ArgumentNullException.ThrowIfNull(output);

        using var package = new MemoryStream();
        using (var word = WordprocessingDocument.Create(package, WordprocessingDocumentType.Document, autoSave: true))
        {
            // Stored, not deflated: DeterministicZip compresses every part once when it rewrites the package.
            word.CompressionOption = System.IO.Packaging.CompressionOption.NotCompressed;
            // Explicit relationship ids: the SDK would otherwise generate random ones.
            var main = word.AddNewPart<MainDocumentPart>(MainContentType, "rIdDocument");
            Feed(main.AddNewPart<StyleDefinitionsPart>("rIdStyles"), StylesXml.GetValue(theme, static t => Serialize(StylesPart.Build(t))));
            Feed(main.AddNewPart<DocumentSettingsPart>("rIdSettings"), SettingsXml.Value);

            var context = new DocxContext(theme, main);
            main.Document = new W.Document(Body(document, context));
            if (!context.Numbering.IsEmpty)
            {
                main.AddNewPart<NumberingDefinitionsPart>("rIdNumbering").Numbering = context.Numbering.Build();
            }

            PackageParts.WriteCore(word.AddNewPart<CoreFilePropertiesPart>("rIdCore"), document.Info);
        }

        DeterministicZip.Rewrite(package, output);
    }

    /// <summary>styles.xml per theme, serialized once: the same bytes the part would save for the same tree.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Theme, byte[]> StylesXml = new();

    private static readonly Lazy<byte[]> SettingsXml = new(() => Serialize(PackageParts.Settings()));

    private static byte[] Serialize(OpenXmlPartRootElement root)
    {
        using var buffer = new MemoryStream();
        root.Save(buffer);
        return buffer.ToArray();
    }

    private static void Feed(OpenXmlPart part, byte[] xml)
    {
        using var stream = new MemoryStream(xml, writable: false);
        part.FeedData(stream);
    }

    private static Body Body(Document document, DocxContext context)
    {
        var body = new Body();
        var blocks = new BlockWriter(context);
        var sections = new SectionWriter(context);
        for (var i = 0; i < document.Sections.Count; i++)
        {
            var section = document.Sections[i];
            context.Page = section.Page;
            var elements = blocks.WriteAll(section.Blocks, BlockFrame.Body(context.ContentWidthTwips));
            var properties = sections.Build(section, i);
            if (i == document.Sections.Count - 1)
            {
                if (elements.Count == 0 || elements[^1] is not W.Paragraph)
                {
                    elements.Add(new W.Paragraph());
                }

                body.Append(elements);
                body.Append(properties);
            }
            else
            {
                body.Append(elements);
                EndSection(body, elements, properties);
            }
        }

        if (document.Sections.Count == 0)
        {
            body.Append(new W.Paragraph());
        }

        return body;
    }

    /// <summary>An earlier section ends with the sectPr inside its last paragraph (a new empty one after a table or a frame).</summary>
    private static void EndSection(Body body, List<OpenXmlElement> elements, SectionProperties properties)
    {
        if (elements.Count > 0 && elements[^1] is W.Paragraph last
            && last.ParagraphProperties?.SectionProperties is null && last.ParagraphProperties?.FrameProperties is null)
        {
            var paragraphProperties = last.ParagraphProperties ?? last.PrependChild(new ParagraphProperties());
            paragraphProperties.SectionProperties = properties;
            return;
        }

        body.Append(new W.Paragraph(new ParagraphProperties { SectionProperties = properties }));
    }
}
