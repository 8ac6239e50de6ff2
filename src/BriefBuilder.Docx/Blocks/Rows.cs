using BriefBuilder.Model;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefBuilder.Docx;

/// <summary>
/// A row as one paragraph: left part, a tab, [middle part, a tab,] right part, with a centre tab
/// stop in the middle of the text block and a right one on its right edge, or the style's inset
/// in from it (Word measures tab stops from the left margin, not from the indent).
/// </summary>
internal static class Rows
{
    public static Paragraph Build(LayoutRow row, HouseStyle style, double? spaceBefore)
    {
        var width = Units.Twips(style.Page.TextWidth);
        var paragraphStyle = style.Paragraph(row.Style);
        var inset = Units.Twips(style.Inset(paragraphStyle));
        var tabs = new Tabs();
        if (row.Middle.Count > 0) tabs.Append(new TabStop { Val = TabStopValues.Center, Position = width / 2 });
        tabs.Append(new TabStop { Val = TabStopValues.Right, Position = width - inset });
        var paragraph = new Paragraph(new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = StyleSheet.Id(row.Style, style) }, Tabs = tabs });
        paragraph.Append(row.Left.SelectMany(r => TextParagraphs.Runs(r, paragraphStyle, style)));
        if (row.Middle.Count > 0)
        {
            paragraph.Append(new Run(new TabChar()));
            paragraph.Append(row.Middle.SelectMany(r => TextParagraphs.Runs(r, paragraphStyle, style)));
        }
        paragraph.Append(new Run(new TabChar()));
        paragraph.Append(row.Right.SelectMany(r => TextParagraphs.Runs(r, paragraphStyle, style)));
        return TextParagraphs.SpaceBefore(paragraph, spaceBefore);
    }
}
