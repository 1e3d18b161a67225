using System.IO.Compression;
using System.Text;
using System.Xml;

namespace KazReports.Rendering.Docx;

/// <summary>
/// An Open Packaging Conventions package (a DOCX, or the XLSX inside a chart) written straight into
/// one zip, without System.IO.Packaging and without a second pass: the parts in the order they were
/// added, then the relationship parts (the package's first, then by source part name), then
/// [Content_Types].xml, every entry with the fixed timestamp of <see cref="DeterministicZip"/>.
/// The same parts added in the same order give the same bytes. Relationship ids come from the caller.
/// </summary>
internal sealed class PackageWriter
{
    private const string RelationshipsNs = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string ContentTypesNs = "http://schemas.openxmlformats.org/package/2006/content-types";
    private const string RelationshipsContentType = "application/vnd.openxmlformats-package.relationships+xml";

    /// <summary>Parts as System.IO.Packaging wrote them: UTF-8 without a byte order mark.</summary>
    private static readonly XmlWriterSettings PartSettings = new() { Encoding = new UTF8Encoding(false) };

    /// <summary>Relationships and content types as System.IO.Packaging wrote them: UTF-8 with a byte order mark.</summary>
    private static readonly XmlWriterSettings PackageSettings = new() { Encoding = new UTF8Encoding(true) };

    private readonly List<Part> parts = [];
    private readonly Dictionary<string, List<Relationship>> relationships = new(StringComparer.Ordinal);
    private readonly List<string> sources = [];

    /// <summary>Adds a part (name without the leading slash) whose bytes are written when the package is saved.</summary>
    public void AddPart(string name, string contentType, Action<Stream> write) => parts.Add(new Part(name, contentType, write));

    /// <summary>Adds a part of fixed bytes.</summary>
    public void AddPart(string name, string contentType, byte[] data) => AddPart(name, contentType, stream => stream.Write(data));

    /// <summary>Adds an XML part: the declaration (standalone="yes" if asked), then what <paramref name="write"/> writes.</summary>
    public void AddXmlPart(string name, string contentType, Action<XmlWriter> write, bool standalone = false) =>
        AddPart(name, contentType, stream =>
        {
            using var writer = XmlWriter.Create(stream, PartSettings);
            if (standalone)
            {
                writer.WriteStartDocument(standalone: true);
            }
            else
            {
                writer.WriteStartDocument();
            }

            write(writer);
        });

    /// <summary>A relationship from <paramref name="source"/> (a part name, or "" for the package) to the part <paramref name="target"/>.</summary>
    public void Relate(string source, string id, string type, string target)
    {
        if (!relationships.TryGetValue(source, out var list))
        {
            list = [];
            relationships[source] = list;
            sources.Add(source);
        }

        list.Add(new Relationship(id, type, target));
    }

    /// <summary>A spare buffer per thread, so packages are not built in a new, growing buffer each time.</summary>
    [ThreadStatic]
    private static MemoryStream? spare;

    /// <summary>Writes the package to <paramref name="output"/> (through a buffer, so the bytes do not depend on the stream).</summary>
    public void Save(Stream output)
    {
        var buffer = RentBuffer();
        try
        {
            Save(buffer, DeterministicZip.Timestamp());
            buffer.WriteTo(output);
        }
        finally
        {
            ReturnBuffer(buffer);
        }
    }

    /// <summary>The package as bytes (an embedded workbook).</summary>
    public byte[] ToArray()
    {
        var buffer = RentBuffer();
        try
        {
            Save(buffer, DeterministicZip.Timestamp());
            return buffer.ToArray();
        }
        finally
        {
            ReturnBuffer(buffer);
        }
    }

    /// <summary>The thread's spare buffer, emptied, or a new one (a workbook is built while its document's buffer is in use).</summary>
    private static MemoryStream RentBuffer()
    {
        var buffer = spare;
        spare = null;
        if (buffer is null)
        {
            return new MemoryStream(32 * 1024);
        }

        buffer.SetLength(0);
        return buffer;
    }

    private static void ReturnBuffer(MemoryStream buffer)
    {
        if (buffer.Capacity <= 1024 * 1024)
        {
            spare = buffer;
        }
    }

    private void Save(MemoryStream buffer, DateTimeOffset stamp)
    {
        using var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var part in parts)
        {
            Entry(zip, part.Name, stamp, part.Write);
        }

        var relationshipParts = new List<string>();
        foreach (var source in RelationshipSources())
        {
            var name = RelationshipPartName(source);
            relationshipParts.Add(name);
            Entry(zip, name, stamp, stream => WriteRelationships(stream, relationships[source]));
        }

        Entry(zip, "[Content_Types].xml", stamp, stream => WriteContentTypes(stream, relationshipParts));
    }

    /// <summary>The package's relationships first, then the parts' by part name (ordinal, ignoring case).</summary>
    private List<string> RelationshipSources()
    {
        var ordered = sources.Where(s => s.Length > 0).Order(StringComparer.OrdinalIgnoreCase).ToList();
        if (relationships.ContainsKey(string.Empty))
        {
            ordered.Insert(0, string.Empty);
        }

        return ordered;
    }

    /// <summary>word/document.xml → word/_rels/document.xml.rels; the package → _rels/.rels.</summary>
    private static string RelationshipPartName(string source)
    {
        var slash = source.LastIndexOf('/');
        return source[..(slash + 1)] + "_rels/" + source[(slash + 1)..] + ".rels";
    }

    private static void Entry(ZipArchive zip, string name, DateTimeOffset stamp, Action<Stream> write)
    {
        var entry = zip.CreateEntry(name, DeterministicZip.Level(name));
        entry.LastWriteTime = stamp;
        using var stream = entry.Open();
        write(new NoFlushStream(stream));
    }

    private static void WriteRelationships(Stream stream, List<Relationship> list)
    {
        using var writer = XmlWriter.Create(stream, PackageSettings);
        writer.WriteStartDocument();
        writer.WriteStartElement("Relationships", RelationshipsNs);
        foreach (var relationship in list)
        {
            writer.WriteStartElement("Relationship", RelationshipsNs);
            writer.WriteAttributeString("Type", relationship.Type);
            writer.WriteAttributeString("Target", "/" + relationship.Target);
            writer.WriteAttributeString("Id", relationship.Id);
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    /// <summary>
    /// A Default for each extension with the content type of its first part, an Override for every
    /// later part of that extension with another content type, in the order of the parts.
    /// </summary>
    private void WriteContentTypes(Stream stream, List<string> relationshipParts)
    {
        var defaults = new List<(string Extension, string ContentType)>();
        var overrides = new List<(string Name, string ContentType)>();
        foreach (var (name, contentType) in parts.Select(p => (p.Name, p.ContentType)).Concat(relationshipParts.Select(r => (r, RelationshipsContentType))))
        {
            var extension = Path.GetExtension(name).TrimStart('.').ToLowerInvariant();
            var known = defaults.FindIndex(d => d.Extension == extension);
            if (known < 0)
            {
                defaults.Add((extension, contentType));
            }
            else if (defaults[known].ContentType != contentType)
            {
                overrides.Add((name, contentType));
            }
        }

        using var writer = XmlWriter.Create(stream, PackageSettings);
        writer.WriteStartDocument();
        writer.WriteStartElement("Types", ContentTypesNs);
        foreach (var (extension, contentType) in defaults)
        {
            writer.WriteStartElement("Default", ContentTypesNs);
            writer.WriteAttributeString("Extension", extension);
            writer.WriteAttributeString("ContentType", contentType);
            writer.WriteEndElement();
        }

        foreach (var (name, contentType) in overrides)
        {
            writer.WriteStartElement("Override", ContentTypesNs);
            writer.WriteAttributeString("PartName", "/" + name);
            writer.WriteAttributeString("ContentType", contentType);
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    /// <summary>
    /// An entry's stream that ignores Flush: an XmlWriter flushes its output when closed, which
    /// would make deflate end a block early (a few bytes more, and not the bytes of one write).
    /// </summary>
    private sealed class NoFlushStream(Stream inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);

        public override void Write(ReadOnlySpan<byte> buffer) => inner.Write(buffer);

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }

    private sealed record Part(string Name, string ContentType, Action<Stream> Write);

    private sealed record Relationship(string Id, string Type, string Target);
}
