using BriefBuilder.Model;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefBuilder.Docx;

/// <summary>
/// A row as one paragraph: left part, a tab, [middle part, a tab,] right part, with a centre tab
/// stop in the middle of the text block and a right one on its right edge.
/// </summary>
internal static class Rows
{
    public static Paragraph Build(LayoutRow row, HouseStyle style, double? spaceBefore)
    {
        var width = Units.Twips(style.Page.TextWidth);
        var tabs = new Tabs();
        if (row.Middle.Count > 0) tabs.Append(new TabStop { Val = TabStopValues.Center, Position = width / 2 });
        tabs.Append(new TabStop { Val = TabStopValues.Right, Position = width });
        var paragraph = new Paragraph(new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = StyleSheet.Id(row.Style, style) }, Tabs = tabs });
        paragraph.Append(row.Left.Select(r => TextParagraphs.Run(r, style)));
        if (row.Middle.Count > 0)
        {
            paragraph.Append(new Run(new TabChar()));
            paragraph.Append(row.Middle.Select(r => TextParagraphs.Run(r, style)));
        }
        paragraph.Append(new Run(new TabChar()));
        paragraph.Append(row.Right.Select(r => TextParagraphs.Run(r, style)));
        return TextParagraphs.SpaceBefore(paragraph, spaceBefore);
    }
}
