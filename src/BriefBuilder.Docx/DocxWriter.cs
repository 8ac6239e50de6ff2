using BriefBuilder.Model;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefBuilder.Docx;

/// <summary>Writes a laid-out brief as a house-format Word document.</summary>
public static class DocxWriter
{
    /// <summary>
    /// Writes <paramref name="doc"/> to <paramref name="output"/>. The same document and style
    /// always give the same bytes: the package is built in memory, then re-zipped in a fixed
    /// order with the brief's date as every timestamp.
    /// </summary>
    public static void Write(LayoutDocument doc, HouseStyle style, Stream output)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(style);
        ArgumentNullException.ThrowIfNull(output);

        using var package = new MemoryStream();
        using (var word = WordprocessingDocument.Create(package, WordprocessingDocumentType.Document))
        {
            // Explicit relationship ids: the SDK would otherwise invent random ones.
            var main = word.AddMainDocumentPart();
            word.ChangeIdOfPart(main, "rIdDocument");
            main.AddNewPart<StyleDefinitionsPart>("rIdStyles").Styles = StyleSheet.Build(style);
            main.AddNewPart<DocumentSettingsPart>("rIdSettings").Settings = Settings.Build(style);
            main.AddNewPart<FontTablePart>("rIdFontTable").Fonts = FontTable.Build(style);
            main.AddNewPart<FooterPart>("rIdFooterOdd").Footer = Footers.Build(style, odd: true);
            main.AddNewPart<FooterPart>("rIdFooterEven").Footer = Footers.Build(style, odd: false);

            var body = new Body();
            var gaps = HeadSpacing.Gaps(doc.Flow, style);
            var media = new DocxMedia(main);
            body.Append(doc.Flow.Select(b => DocxBlocks.Build(b, style, media, gaps.TryGetValue(b, out var gap) ? gap : null)));
            body.Append(ClosingBlock.Build(doc.Closing, style, media));
            body.Append(PageSetup.Section(style, "rIdFooterOdd", "rIdFooterEven"));
            main.Document = new Document(body);

            CoreProperties.Write(word, doc.Info, "rIdCore");
            AppProperties.Write(word, "rIdApp");
        }
        DeterministicZip.Repack(package, output);
    }

    /// <summary>The brief's date at midnight UTC: stable, and meaningful in Word's properties.</summary>
    internal static DateTimeOffset Timestamp(DocumentInfo info) =>
        new(info.Date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
