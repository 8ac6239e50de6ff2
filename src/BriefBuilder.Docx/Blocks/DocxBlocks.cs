using BriefBuilder.Model;
using DocumentFormat.OpenXml;

namespace BriefBuilder.Docx;

/// <summary>
/// Turns layout blocks into WordprocessingML, each kind by the file of its own beside this one,
/// registered here in one line.
/// </summary>
/// <param name="media">The package's pictures, which a figure adds to.</param>
/// <param name="spaceBefore">Space above the block in points where it is not its style's (see <see cref="HeadSpacing"/>).</param>
internal sealed class DocxBlocks(HouseStyle style, DocxMedia media, double? spaceBefore) : ILayoutVisitor<OpenXmlElement>
{
    public static OpenXmlElement Build(LayoutBlock block, HouseStyle style, DocxMedia media, double? spaceBefore = null) =>
        block.Accept(new DocxBlocks(style, media, spaceBefore));

    public OpenXmlElement Paragraph(LayoutParagraph paragraph) => TextParagraphs.Build(paragraph, style, spaceBefore);
    public OpenXmlElement Row(LayoutRow row) => Rows.Build(row, style, spaceBefore);
    public OpenXmlElement Rule(LayoutRule rule) => HorizontalRules.Paragraph(rule, style, spaceBefore);
    public OpenXmlElement Table(LayoutTable table) => Tables.Build(table, style);
    public OpenXmlElement Figure(LayoutFigure figure) => Figures.Build(figure, style, media, spaceBefore);
}
