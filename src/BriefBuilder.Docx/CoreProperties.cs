using System.Globalization;
using System.Xml.Linq;
using BriefBuilder.Model;
using DocumentFormat.OpenXml.Packaging;

namespace BriefBuilder.Docx;

/// <summary>
/// Title, author, subject, language and dates in docProps/core.xml. Written as our own part
/// rather than through PackageProperties, which System.IO.Packaging stores under a random
/// file name.
/// </summary>
internal static class CoreProperties
{
    private static readonly XNamespace Cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace DcTerms = "http://purl.org/dc/terms/";
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public static void Write(WordprocessingDocument word, DocumentInfo info, string id)
    {
        var part = word.AddCoreFilePropertiesPart();
        word.ChangeIdOfPart(part, id);
        var date = DocxWriter.Timestamp(info).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var xml = new XDocument(new XElement(Cp + "coreProperties",
            new XAttribute(XNamespace.Xmlns + "cp", Cp),
            new XAttribute(XNamespace.Xmlns + "dc", Dc),
            new XAttribute(XNamespace.Xmlns + "dcterms", DcTerms),
            new XAttribute(XNamespace.Xmlns + "xsi", Xsi),
            new XElement(Dc + "title", info.Title),
            new XElement(Dc + "subject", info.Subject),
            new XElement(Dc + "creator", info.Author),
            new XElement(Dc + "language", "zh-CN"),
            new XElement(DcTerms + "created", new XAttribute(Xsi + "type", "dcterms:W3CDTF"), date),
            new XElement(DcTerms + "modified", new XAttribute(Xsi + "type", "dcterms:W3CDTF"), date)));
        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        xml.Save(stream, SaveOptions.DisableFormatting);
    }
}
