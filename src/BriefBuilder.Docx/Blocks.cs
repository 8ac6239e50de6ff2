using BriefBuilder.Model;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using RunStyle = DocumentFormat.OpenXml.Wordprocessing.RunStyle;

namespace BriefBuilder.Docx;

/// <summary>Turns layout blocks into WordprocessingML paragraphs.</summary>
internal static class Blocks
{
    /// <param name="spaceBefore">Space above the block in points where it is not the style's (see <see cref="HeadSpacing"/>).</param>
    public static Paragraph Build(LayoutBlock block, HouseStyle style, double? spaceBefore = null)
    {
        var paragraph = block switch
        {
            LayoutParagraph p => Text(p, style),
            LayoutRow r => Row(r, style),
            LayoutRule r => HorizontalRules.Paragraph(r, style),
            _ => throw new NotSupportedException($"layout block {block.GetType().Name} has no DOCX form"),
        };
        if (spaceBefore is { } before)
        {
            var pPr = paragraph.ParagraphProperties!;
            pPr.SpacingBetweenLines ??= new SpacingBetweenLines();
            pPr.SpacingBetweenLines.Before = Units.Text(Units.Twips(before));
        }
        return paragraph;
    }

    private static Paragraph Text(LayoutParagraph p, HouseStyle style)
    {
        // A style missing from style.yaml fails here, not silently in Word.
        var paragraph = new Paragraph(new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = StyleSheet.Id(p.Style, style) } });
        paragraph.Append(p.Runs.Select(r => Run(r, style)));
        return paragraph;
    }

    /// <summary>
    /// Left part, a tab, [middle part, a tab,] right part: a centre tab stop in the middle of the
    /// text block and a right one on its right edge.
    /// </summary>
    private static Paragraph Row(LayoutRow row, HouseStyle style)
    {
        var width = Units.Twips(style.Page.TextWidth);
        var tabs = new Tabs();
        if (row.Middle.Count > 0) tabs.Append(new TabStop { Val = TabStopValues.Center, Position = width / 2 });
        tabs.Append(new TabStop { Val = TabStopValues.Right, Position = width });
        var paragraph = new Paragraph(new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = StyleSheet.Id(row.Style, style) }, Tabs = tabs });
        paragraph.Append(row.Left.Select(r => Run(r, style)));
        if (row.Middle.Count > 0)
        {
            paragraph.Append(new Run(new TabChar()));
            paragraph.Append(row.Middle.Select(r => Run(r, style)));
        }
        paragraph.Append(new Run(new TabChar()));
        paragraph.Append(row.Right.Select(r => Run(r, style)));
        return paragraph;
    }

    private static Run Run(LayoutRun run, HouseStyle style)
    {
        if (run.IsLineBreak) return new Run(new Break());
        if (run.Style is not null) style.Run(run.Style);
        var rPr = run.Style is null && !run.Bold && !run.Italic ? null : new RunProperties
        {
            RunStyle = run.Style is null ? null : new RunStyle { Val = run.Style },
            Bold = run.Bold ? new Bold() : null,
            BoldComplexScript = run.Bold ? new BoldComplexScript() : null,
            Italic = run.Italic ? new Italic() : null,
            ItalicComplexScript = run.Italic ? new ItalicComplexScript() : null,
        };
        var result = new Run();
        if (rPr is not null) result.Append(rPr);
        result.Append(new Text(run.Text) { Space = SpaceProcessingModeValues.Preserve });
        return result;
    }
}
