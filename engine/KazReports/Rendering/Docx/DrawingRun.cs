using System.Xml;

namespace KazReports.Rendering.Docx;

/// <summary>
/// A run holding an inline drawing (wp:inline) of a given extent in EMU: a picture (an image part)
/// or a native chart (a chart part), referred to by relationship id.
/// </summary>
internal sealed class DrawingRun(DrawingRun.Kind kind, string relationshipId, uint id, string name, string? description, long cx, long cy) : RunElement
{
    private const string PictureUri = "http://schemas.openxmlformats.org/drawingml/2006/picture";
    private const string ChartUri = "http://schemas.openxmlformats.org/drawingml/2006/chart";

    public enum Kind
    {
        Picture,
        Chart,
    }

    public override void Write(WordXmlWriter writer)
    {
        var x = writer.Xml;
        writer.Start("r");
        writer.Start("drawing");
        x.WriteStartElement("wp", "inline", Ns.Wp);
        x.WriteAttributeString("distT", "0");
        x.WriteAttributeString("distB", "0");
        x.WriteAttributeString("distL", "0");
        x.WriteAttributeString("distR", "0");
        Extent(x, "wp", "extent", Ns.Wp);
        x.WriteStartElement("wp", "effectExtent", Ns.Wp);
        x.WriteAttributeString("l", "0");
        x.WriteAttributeString("t", "0");
        x.WriteAttributeString("r", "0");
        x.WriteAttributeString("b", "0");
        x.WriteEndElement();
        x.WriteStartElement("wp", "docPr", Ns.Wp);
        x.WriteAttributeString("id", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        NameAndDescription(x);
        x.WriteEndElement();
        x.WriteStartElement("wp", "cNvGraphicFramePr", Ns.Wp);
        if (kind == Kind.Picture)
        {
            x.WriteStartElement("a", "graphicFrameLocks", Ns.A);
            x.WriteAttributeString("noChangeAspect", "1");
            x.WriteEndElement();
        }

        x.WriteEndElement();
        x.WriteStartElement("a", "graphic", Ns.A);
        x.WriteStartElement("a", "graphicData", Ns.A);
        x.WriteAttributeString("uri", kind == Kind.Picture ? PictureUri : ChartUri);
        if (kind == Kind.Picture)
        {
            Picture(x);
        }
        else
        {
            x.WriteStartElement("c", "chart", Ns.C);
            x.WriteAttributeString("r", "id", Ns.R, relationshipId);
            x.WriteEndElement();
        }

        x.WriteEndElement();
        x.WriteEndElement();
        x.WriteEndElement();
        writer.End();
        writer.End();
    }

    /// <summary>pic:pic: the image part stretched over the extent.</summary>
    private void Picture(XmlWriter x)
    {
        x.WriteStartElement("pic", "pic", Ns.Pic);
        x.WriteStartElement("pic", "nvPicPr", Ns.Pic);
        x.WriteStartElement("pic", "cNvPr", Ns.Pic);
        x.WriteAttributeString("id", "0");
        NameAndDescription(x);
        x.WriteEndElement();
        x.WriteStartElement("pic", "cNvPicPr", Ns.Pic);
        x.WriteEndElement();
        x.WriteEndElement();
        x.WriteStartElement("pic", "blipFill", Ns.Pic);
        x.WriteStartElement("a", "blip", Ns.A);
        x.WriteAttributeString("r", "embed", Ns.R, relationshipId);
        x.WriteEndElement();
        x.WriteStartElement("a", "stretch", Ns.A);
        x.WriteStartElement("a", "fillRect", Ns.A);
        x.WriteEndElement();
        x.WriteEndElement();
        x.WriteEndElement();
        x.WriteStartElement("pic", "spPr", Ns.Pic);
        x.WriteStartElement("a", "xfrm", Ns.A);
        x.WriteStartElement("a", "off", Ns.A);
        x.WriteAttributeString("x", "0");
        x.WriteAttributeString("y", "0");
        x.WriteEndElement();
        Extent(x, "a", "ext", Ns.A);
        x.WriteEndElement();
        x.WriteStartElement("a", "prstGeom", Ns.A);
        x.WriteAttributeString("prst", "rect");
        x.WriteStartElement("a", "avLst", Ns.A);
        x.WriteEndElement();
        x.WriteEndElement();
        x.WriteEndElement();
        x.WriteEndElement();
    }

    private void Extent(XmlWriter x, string prefix, string element, string ns)
    {
        x.WriteStartElement(prefix, element, ns);
        x.WriteAttributeString("cx", Units.Str(cx));
        x.WriteAttributeString("cy", Units.Str(cy));
        x.WriteEndElement();
    }

    private void NameAndDescription(XmlWriter x)
    {
        x.WriteAttributeString("name", name);
        if (description is not null)
        {
            x.WriteAttributeString("descr", description);
        }
    }
}
