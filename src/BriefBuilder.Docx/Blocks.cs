using BriefBuilder.Model;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using RunStyle = DocumentFormat.OpenXml.Wordprocessing.RunStyle;

namespace BriefBuilder.Docx;

/// <summary>Turns layout blocks into WordprocessingML paragraphs.</summary>
internal static class Blocks
{
    public static Paragraph Build(LayoutBlock block, HouseStyle style) => block switch
    {
        LayoutParagraph p => Text(p, style),
        LayoutRow r => Row(r, style),
        LayoutRule r => HorizontalRules.Paragraph(r, style),
        _ => throw new NotSupportedException($"layout block {block.GetType().Name} has no DOCX form"),
    };

    private static Paragraph Text(LayoutParagraph p, HouseStyle style)
    {
        // A style missing from style.yaml fails here, not silently in Word.
        var paragraph = new Paragraph(new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = StyleSheet.Id(p.Style, style) } });
        paragraph.Append(p.Runs.Select(r => Run(r, style)));
        return paragraph;
    }

    /// <summary>Left part, a tab, right part: the tab stop sits on the right edge of the text block.</summary>
    private static Paragraph Row(LayoutRow row, HouseStyle style)
    {
        var paragraph = new Paragraph(new ParagraphProperties
        {
            ParagraphStyleId = new ParagraphStyleId { Val = StyleSheet.Id(row.Style, style) },
            Tabs = new Tabs(new TabStop { Val = TabStopValues.Right, Position = Units.Twips(style.Page.TextWidth) }),
        });
        paragraph.Append(row.Left.Select(r => Run(r, style)));
        paragraph.Append(new Run(new TabChar()));
        paragraph.Append(row.Right.Select(r => Run(r, style)));
        return paragraph;
    }

    private static Run Run(LayoutRun run, HouseStyle style)
    {
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
