using BriefBuilder.Model;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefBuilder.Docx;

/// <summary>
/// Rules across the text block. A rule in the flow is an empty paragraph whose borders are the
/// strokes: one stroke is a bottom border; two strokes are a top and a bottom border with the
/// paragraph's exact line height as the gap between them. Word's compound border types
/// (thickThinSmallGap …) fix the thin line and the gap themselves, so they could not carry the
/// house style's stroke widths and gap.
/// </summary>
internal static class HorizontalRules
{
    public static Paragraph Paragraph(LayoutRule layout, HouseStyle style, double? spaceBefore)
    {
        var rule = style.Rule(layout.Style);
        var colour = style.Colour(rule.Colour).Rgb;
        var borders = new ParagraphBorders();
        int line;
        switch (rule.Strokes)
        {
            case [var only]:
                borders.BottomBorder = Border<BottomBorder>(only, colour);
                line = Formatting.EmptyLineTwips;
                break;
            case [var upper, var lower]:
                borders.TopBorder = Border<TopBorder>(upper, colour);
                borders.BottomBorder = Border<BottomBorder>(lower, colour);
                line = Units.Twips(lower.GapBefore);
                break;
            default:
                throw new NotSupportedException($"rule '{rule.Name}' has {rule.Strokes.Count} strokes; the DOCX writer draws one or two");
        }
        return TextParagraphs.SpaceBefore(new Paragraph(new ParagraphProperties
        {
            ParagraphBorders = borders,
            SnapToGrid = new SnapToGrid { Val = false },
            SpacingBetweenLines = Formatting.ExactSpacing(line, rule.SpaceBefore, rule.SpaceAfter),
            Indentation = Formatting.NoIndent(),
        }), spaceBefore);
    }

    /// <summary>The single stroke of a rule, as a table cell border in the closing block.</summary>
    public static T CellBorder<T>(RuleStyle rule, HouseStyle style) where T : BorderType, new() => rule.Strokes switch
    {
        [var only] => Border<T>(only, style.Colour(rule.Colour).Rgb),
        _ => throw new NotSupportedException($"rule '{rule.Name}' in the closing block must have exactly one stroke"),
    };

    private static T Border<T>(RuleStroke stroke, string colour) where T : BorderType, new() => new()
    {
        Val = BorderValues.Single,
        Size = Units.EighthPoints(stroke.Thickness),
        Space = 0,
        Color = colour,
    };
}
