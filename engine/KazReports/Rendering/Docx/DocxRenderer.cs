using DocumentFormat.OpenXml;
using KazReports.Documents;
using Document = KazReports.Documents.Document;

namespace KazReports.Rendering.Docx;

/// <summary>
/// Renders a <see cref="Document"/> as a Word document (WordprocessingML) with real styles, lists,
/// tables, sections with page numbers and the requisites of official documents. The same document
/// and theme always give the same bytes.
/// </summary>
/// <remarks>
/// The body is built as light paragraph and table objects (<see cref="BodyElement"/>), then every
/// part is written with an XmlWriter straight into one zip (<see cref="PackageWriter"/>); only the
/// static styles and settings are made with the Open XML SDK, once, and kept as bytes.
/// </remarks>
public sealed class DocxRenderer : IDocumentRenderer
{
    public string Format => "docx";

    public void Render(Document document, Theme theme, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(theme);
        ArgumentNullException.ThrowIfNull(output);

        var package = new PackageWriter();
        var context = new DocxContext(theme, package);

        // The parts in the order the SDK wrote them: the document first, its body is built below.
        List<BodyElement> body = [];
        package.Relate(string.Empty, "rIdDocument", PackageTypes.Relationship("officeDocument"), DocxContext.MainPart);
        package.AddXmlPart(DocxContext.MainPart, PackageTypes.Main, writer => WriteDocument(new WordXmlWriter(writer), body));
        AddStatic(package, "rIdStyles", "styles", "word/styles.xml", PackageTypes.Styles, RenderCaches.DocxStyles.Get(theme, 0, static (t, _) => Serialize(StylesPart.Build(t))));
        AddStatic(package, "rIdSettings", "settings", "word/settings.xml", PackageTypes.Settings, SettingsXml(theme.Typography));

        body = Body(document, context);
        if (!context.Numbering.IsEmpty)
        {
            context.AddPart("rIdNumbering", "numbering", "word/numbering.xml", PackageTypes.Numbering, writer => context.Numbering.Write(new WordXmlWriter(writer)));
        }

        package.Relate(string.Empty, "rIdCore", PackageTypes.CoreRelationship, "docProps/core.xml");
        package.AddXmlPart("docProps/core.xml", PackageTypes.Core, writer => PackageParts.WriteCore(writer, document.Info), standalone: true);
        package.Save(output);
    }

    /// <summary>settings.xml, serialized once per hyphenation switch and limit of hyphens in a row.</summary>
    private static byte[] SettingsXml(Documents.Typography typography) =>
        RenderCaches.DocxSettings.Get((typography.Hyphenation, typography.Hyphenation ? typography.ConsecutiveHyphens : 0), 0, static (key, _) =>
            Serialize(key.Hyphenate ? PackageParts.Settings(Documents.Typography.Default with { ConsecutiveHyphens = key.ConsecutiveHyphens }) : PackageParts.Settings()));

    private static byte[] Serialize(OpenXmlPartRootElement root)
    {
        using var buffer = new MemoryStream();
        root.Save(buffer);
        return buffer.ToArray();
    }

    private static void AddStatic(PackageWriter package, string id, string type, string name, string contentType, byte[] xml)
    {
        package.Relate(DocxContext.MainPart, id, PackageTypes.Relationship(type), name);
        package.AddPart(name, contentType, xml);
    }

    private static void WriteDocument(WordXmlWriter w, List<BodyElement> body)
    {
        w.Start("document");
        w.Start("body");
        foreach (var element in body)
        {
            element.Write(w);
        }

        w.End();
        w.End();
    }

    /// <summary>The body: the sections' blocks; every section ends with its sectPr, the last one at the end of the body.</summary>
    private static List<BodyElement> Body(Document document, DocxContext context)
    {
        var body = new List<BodyElement>();
        var blocks = new BlockRenderer(context);
        var sections = new SectionRenderer(context);
        for (var i = 0; i < document.Sections.Count; i++)
        {
            var section = document.Sections[i];
            context.Page = section.Page;
            var elements = blocks.WriteAll(section.Blocks, BlockFrame.Body(context.ContentWidthTwips));
            var properties = sections.Build(section, i);
            if (i == document.Sections.Count - 1)
            {
                if (elements.Count == 0 || elements[^1] is not WordParagraph)
                {
                    elements.Add(new WordParagraph());
                }

                body.AddRange(elements);
                body.Add(new FinalSection(properties));
            }
            else
            {
                body.AddRange(elements);
                EndSection(body, elements, properties);
            }
        }

        if (document.Sections.Count == 0)
        {
            body.Add(new WordParagraph());
        }

        return body;
    }

    /// <summary>An earlier section ends with the sectPr inside its last paragraph (a new empty one after a table or a frame).</summary>
    private static void EndSection(List<BodyElement> body, List<BodyElement> elements, SectionFormat properties)
    {
        if (elements.Count > 0 && elements[^1] is WordParagraph last && last.Format.Section is null && last.Format.Frame is null)
        {
            last.Format.Section = properties;
            return;
        }

        body.Add(new WordParagraph(new ParagraphFormat { Section = properties }));
    }

    /// <summary>The last section's sectPr, a child of w:body after the last paragraph.</summary>
    private sealed class FinalSection(SectionFormat properties) : BodyElement
    {
        public override void Write(WordXmlWriter writer) => properties.Write(writer);
    }
}
