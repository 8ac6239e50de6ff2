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
            var media = new DocxMedia(main);
            var turned = LandscapePages.Of(doc.Flow, style);
            if (turned.Contains(true))
            {
                main.AddNewPart<FooterPart>("rIdFooterTurnedOdd").Footer = Footers.Turned(style, odd: true, media.NextDrawingId());
                main.AddNewPart<FooterPart>("rIdFooterTurnedEven").Footer = Footers.Turned(style, odd: false, media.NextDrawingId());
            }

            var body = new Body();
            var gaps = HeadSpacing.Gaps(doc.Flow, style);
            for (var i = 0; i < doc.Flow.Count; i++)
            {
                if (i > 0 && turned[i] != turned[i - 1]) EndSection(body, style, turned[i - 1]);
                body.Append(DocxBlocks.Build(doc.Flow[i], style, media, gaps.TryGetValue(doc.Flow[i], out var gap) ? gap : null));
            }
            // The closing block is set on an upright page, after the last landscape one.
            if (turned.Length > 0 && turned[^1]) EndSection(body, style, turned: true);
            body.Append(ClosingBlock.Build(doc.Closing, style, media));
            body.Append(Section(style, turned: false));
            main.Document = new Document(body);

            CoreProperties.Write(word, doc.Info, "rIdCore");
            AppProperties.Write(word, "rIdApp");
        }
        DeterministicZip.Repack(package, output);
    }

    static SectionProperties Section(HouseStyle style, bool turned) => turned
        ? PageSetup.Section(style, "rIdFooterTurnedOdd", "rIdFooterTurnedEven", turned: true)
        : PageSetup.Section(style, "rIdFooterOdd", "rIdFooterEven");

    /// <summary>
    /// Ends the section of the blocks so far, before a change between upright and landscape pages
    /// (a section break to a new page): its properties go in its last paragraph, or, after a table,
    /// in an empty paragraph that takes no room.
    /// </summary>
    static void EndSection(Body body, HouseStyle style, bool turned)
    {
        if (body.LastChild is not Paragraph last)
        {
            last = new Paragraph(new ParagraphProperties
            {
                SnapToGrid = new SnapToGrid { Val = false },
                SpacingBetweenLines = Formatting.ExactSpacing(Units.Twips(1)),
            });
            body.Append(last);
        }
        (last.ParagraphProperties ??= new ParagraphProperties()).SectionProperties = Section(style, turned);
    }

    /// <summary>The brief's date at midnight UTC: stable, and meaningful in Word's properties.</summary>
    internal static DateTimeOffset Timestamp(DocumentInfo info) =>
        new(info.Date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
