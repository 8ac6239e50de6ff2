using BriefBuilder.Model;

namespace BriefBuilder.Docx;

/// <summary>
/// The first page's head (版头) in Word. The PDF's paginator places a block at a fixed top
/// (the masthead's 35 mm) and starts grid lines on the page's grid lines; Word has neither: it
/// stacks paragraphs, each after its space before. So the space before each block is worked out
/// here by placing the flow as the paginator does, every block at its nominal size (one line for
/// a paragraph, or one per line the editor chose), and written where it differs from the style's.
/// Once the flow is back on the grid with whole-line spaces the two agree and nothing is written.
/// </summary>
internal static class HeadSpacing
{
    /// <summary>The space before each block that needs one other than its style's, in points.</summary>
    public static Dictionary<LayoutBlock, double> Gaps(IReadOnlyList<LayoutBlock> flow, HouseStyle style)
    {
        var gaps = new Dictionary<LayoutBlock, double>();
        var y = 0.0; // bottom of what is placed, from the top of the text block
        foreach (var block in flow)
        {
            var (before, after, onGrid, top, height) = Measure(block, style);
            var start = y + (y > 0 ? before : 0);
            if (top is { } fixedTop) start = Math.Max(start, fixedTop);
            if (onGrid) start = style.Grid.NextLine(start);
            var gap = start - y;
            if (Math.Abs(gap - before) > 0.05) gaps[block] = gap;
            y = start + height + after;
        }
        return gaps;
    }

    private static (double Before, double After, bool OnGrid, double? Top, double Height) Measure(LayoutBlock block, HouseStyle style)
    {
        switch (block)
        {
            case LayoutRule r:
                var rule = style.Rule(r.Style);
                return (rule.SpaceBefore, rule.SpaceAfter, false, null, rule.Height);
            default:
                var ps = style.Paragraph(block is LayoutRow row ? row.Style : ((LayoutParagraph)block).Style);
                var lines = block is LayoutParagraph p ? p.Lines().Count() : 1;
                return (ps.SpaceBefore, ps.SpaceAfter, ps.OnGrid, ps.Top, lines * ps.LineHeight);
        }
    }
}
