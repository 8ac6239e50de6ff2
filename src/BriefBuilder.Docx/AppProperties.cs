using DocumentFormat.OpenXml.ExtendedProperties;
using DocumentFormat.OpenXml.Packaging;

namespace BriefBuilder.Docx;

/// <summary>
/// docProps/app.xml, which Word and WPS write into every file and some document managers expect.
/// Counts of pages, words and lines are left out: only a layout knows them, and Word recounts on saving.
/// </summary>
internal static class AppProperties
{
    public static void Write(WordprocessingDocument word, string id)
    {
        var part = word.AddExtendedFilePropertiesPart();
        word.ChangeIdOfPart(part, id);
        part.Properties = new Properties(
            new Application("BriefBuilder"),
            new DocumentSecurity("0"),
            new ScaleCrop("false"),
            new LinksUpToDate("false"),
            new SharedDocument("false"),
            new HyperlinksChanged("false"));
    }
}
