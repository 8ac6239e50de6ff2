using BriefBuilder.Model;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using RunStyle = DocumentFormat.OpenXml.Wordprocessing.RunStyle;

namespace BriefBuilder.Docx;

/// <summary>A paragraph of text in its house style, and the runs every kind of text block is made of.</summary>
internal static class TextParagraphs
{
    public static Paragraph Build(LayoutParagraph p, HouseStyle style, double? spaceBefore)
    {
        // A style missing from style.yaml fails here, not silently in Word.
        var paragraph = new Paragraph(new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = StyleSheet.Id(p.Style, style) } });
        paragraph.Append(p.Runs.Select(r => Run(r, style)));
        return SpaceBefore(paragraph, spaceBefore);
    }

    /// <summary>Writes a space before other than the style's, where the first page's head needs one.</summary>
    public static Paragraph SpaceBefore(Paragraph paragraph, double? spaceBefore)
    {
        if (spaceBefore is not { } before) return paragraph;
        var pPr = paragraph.ParagraphProperties!;
        pPr.SpacingBetweenLines ??= new SpacingBetweenLines();
        pPr.SpacingBetweenLines.Before = Units.Text(Units.Twips(before));
        return paragraph;
    }

    public static Run Run(LayoutRun run, HouseStyle style)
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
