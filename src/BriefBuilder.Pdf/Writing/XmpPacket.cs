using System.Security;
using System.Text;

namespace BriefBuilder.Pdf.Writing;

/// <summary>
/// The document's XMP metadata: the Info dictionary's entries said again in the schemas PDF/A-2
/// (ISO 19005-2, 6.6) and PDF/X-4 (ISO 15930-7, 6.7) read, with the claims of conformance.
/// pdfxid is not among the schemas PDF/A predefines, so the packet describes it in a PDF/A
/// extension schema (ISO 19005-2, 6.6.2.3.1).
/// </summary>
static class XmpPacket
{
    public const string PdfxVersion = "PDF/X-4";
    /// <summary>PDF/A-2 level U: 2b plus a Unicode value for every glyph. Not A: see the README.</summary>
    public const string PdfaPart = "2", PdfaConformance = "U";

    public static byte[] Build(PdfInfo info, string producer, string documentId, string instanceId)
    {
        string date = PdfSyntax.XmpDate(info.Date);
        var x = new StringBuilder();
        x.Append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n");
        x.Append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");
        x.Append("<rdf:Description rdf:about=\"\"");
        x.Append(" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"");
        x.Append(" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\"");
        x.Append(" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\" xmlns:pdfxid=\"http://www.npes.org/pdfx/ns/id/\"");
        x.Append(" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\" xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\"");
        x.Append(" xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n");
        x.Append($"<dc:format>application/pdf</dc:format>\n");
        x.Append($"<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">{E(info.Title)}</rdf:li></rdf:Alt></dc:title>\n");
        x.Append($"<dc:creator><rdf:Seq><rdf:li>{E(info.Author)}</rdf:li></rdf:Seq></dc:creator>\n");
        x.Append($"<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">{E(info.Subject)}</rdf:li></rdf:Alt></dc:description>\n");
        if (info.Keywords is not null) x.Append($"<pdf:Keywords>{E(info.Keywords)}</pdf:Keywords>\n");
        x.Append($"<xmp:CreateDate>{date}</xmp:CreateDate>\n<xmp:ModifyDate>{date}</xmp:ModifyDate>\n<xmp:MetadataDate>{date}</xmp:MetadataDate>\n");
        x.Append($"<xmp:CreatorTool>{E(producer)}</xmp:CreatorTool>\n<pdf:Producer>{E(producer)}</pdf:Producer>\n<pdf:Trapped>False</pdf:Trapped>\n");
        x.Append($"<xmpMM:DocumentID>{documentId}</xmpMM:DocumentID>\n<xmpMM:InstanceID>{instanceId}</xmpMM:InstanceID>\n");
        x.Append("<xmpMM:VersionID>1</xmpMM:VersionID>\n<xmpMM:RenditionClass>default</xmpMM:RenditionClass>\n");
        x.Append($"<pdfaid:part>{PdfaPart}</pdfaid:part>\n<pdfaid:conformance>{PdfaConformance}</pdfaid:conformance>\n");
        x.Append($"<pdfxid:GTS_PDFXVersion>{PdfxVersion}</pdfxid:GTS_PDFXVersion>\n");
        x.Append("<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n");
        x.Append("<pdfaSchema:schema>PDF/X ID Schema</pdfaSchema:schema>\n");
        x.Append("<pdfaSchema:namespaceURI>http://www.npes.org/pdfx/ns/id/</pdfaSchema:namespaceURI>\n<pdfaSchema:prefix>pdfxid</pdfaSchema:prefix>\n");
        x.Append("<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n");
        x.Append("<pdfaProperty:name>GTS_PDFXVersion</pdfaProperty:name><pdfaProperty:valueType>Text</pdfaProperty:valueType>\n");
        x.Append("<pdfaProperty:category>internal</pdfaProperty:category><pdfaProperty:description>ID of PDF/X standard</pdfaProperty:description>\n");
        x.Append("</rdf:li></rdf:Seq></pdfaSchema:property>\n</rdf:li></rdf:Bag></pdfaExtension:schemas>\n");
        x.Append("</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"r\"?>");
        return Encoding.UTF8.GetBytes(x.ToString());
    }

    static string E(string text) => SecurityElement.Escape(text);
}
