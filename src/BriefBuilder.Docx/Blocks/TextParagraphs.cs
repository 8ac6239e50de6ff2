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
        paragraph.Append(p.Runs.SelectMany(r => Runs(r, style.Paragraph(p.Style), style)));
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

    /// <summary>
    /// A run of a paragraph in <paramref name="paragraph"/>: one Word run, or more where its text
    /// leaves GB 2312 and its font role names a GBK face for that (颺 in 仿宋_GB2312 text is set in
    /// FangSong, as an editor fixes it by hand in Word), so no reader falls back to a face of its own.
    /// </summary>
    public static IEnumerable<Run> Runs(LayoutRun run, ParagraphStyle paragraph, HouseStyle style)
    {
        if (run.IsLineBreak) { yield return new Run(new Break()); yield break; }
        var runStyle = run.Style is null ? null : style.Run(run.Style);
        var gbk = style.Font(runStyle?.Font ?? paragraph.Font).Gbk;
        foreach (var (text, outside) in Stretches(run.Text, gbk is not null))
            yield return Run(run, text, outside ? gbk : null);
    }

    /// <summary>The text cut where it enters or leaves the hanzi of GB 2312.</summary>
    private static IEnumerable<(string Text, bool OutsideGb2312)> Stretches(string text, bool cut)
    {
        if (!cut) { yield return (text, false); yield break; }
        var start = 0;
        bool? outside = null;
        for (var i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
        {
            var c = text.Substring(i, char.IsSurrogatePair(text, i) ? 2 : 1);
            var here = Gb2312.LacksHanzi(c);
            if (outside is { } was && was != here) { yield return (text[start..i], was); start = i; }
            outside = here;
        }
        yield return (text[start..], outside ?? false);
    }

    private static Run Run(LayoutRun run, string text, string? eastAsiaFont)
    {
        var rPr = run.Style is null && !run.Bold && !run.Italic && eastAsiaFont is null ? null : new RunProperties
        {
            RunStyle = run.Style is null ? null : new RunStyle { Val = run.Style },
            RunFonts = eastAsiaFont is null ? null : new RunFonts { Hint = FontTypeHintValues.EastAsia, EastAsia = eastAsiaFont },
            Bold = run.Bold ? new Bold() : null,
            BoldComplexScript = run.Bold ? new BoldComplexScript() : null,
            Italic = run.Italic ? new Italic() : null,
            ItalicComplexScript = run.Italic ? new ItalicComplexScript() : null,
        };
        var result = new Run();
        if (rPr is not null) result.Append(rPr);
        result.Append(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return result;
    }
}
