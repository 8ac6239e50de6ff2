using BriefBuilder.Model;

namespace BriefBuilder.Docx;

/// <summary>
/// The first page's head (版头) in Word. The PDF's paginator places a block at a fixed top
/// (the masthead's 35 mm) and starts grid lines on the page's grid lines; Word has neither: it
/// stacks paragraphs, each after its space before. So each block takes the place the model gives
/// it (<see cref="Placement.Stack"/>, the rule the paginator follows too), and its space before is
/// written where that place needs another than its style's. Once the flow is back on the grid with
/// whole-line spaces the two agree and nothing is written.
/// </summary>
internal static class HeadSpacing
{
    /// <summary>The space before each block that needs one other than its style's, in points.</summary>
    /// <remarks>By reference: two blocks alike (the same text in the same style) are still two places.</remarks>
    public static Dictionary<LayoutBlock, double> Gaps(IReadOnlyList<LayoutBlock> flow, HouseStyle style) =>
        Placement.Stack(flow, style)
            .Where(p => Math.Abs(p.Gap - p.Block.Spacing(style).Before) > 0.05)
            // Never below nothing: a block after an off-grid one (a table) may stand a hair above the
            // grid line it snaps to, and w:before is unsigned: LibreOffice read −4 twips as 65532
            // (45 inches) and pushed a table's caption off its page.
            .ToDictionary(p => p.Block, p => Math.Max(0, p.Gap), (IEqualityComparer<LayoutBlock>)ReferenceEqualityComparer.Instance);
}
