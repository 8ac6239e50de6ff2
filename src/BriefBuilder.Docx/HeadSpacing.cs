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
    /// <summary>The space before each block that needs one other than its style's, in points (whole twips).</summary>
    /// <remarks>
    /// By reference: two blocks alike (the same text in the same style) are still two places.
    /// Word counts in whole twips, so every space and line above a place is rounded (the
    /// dateline's 7.475 pt to 150 twips, the red rule's 4 mm to 227): a written space takes back
    /// what those roundings added, or the head ends a twip below the grid line the body starts on,
    /// and LibreOffice moves page 1's last line to page 2 (2023/001 did).
    /// </remarks>
    public static Dictionary<LayoutBlock, double> Gaps(IReadOnlyList<LayoutBlock> flow, HouseStyle style)
    {
        var gaps = new Dictionary<LayoutBlock, double>(ReferenceEqualityComparer.Instance);
        var drift = 0.0; // twips Word's paragraphs above run below the model's places, from rounding
        foreach (var (block, _, gap) in Placement.Stack(flow, style))
        {
            var spacing = block.Spacing(style);
            if (spacing.PageBreakBefore) drift = 0;
            double written;
            if (Math.Abs(gap - spacing.Before) > 0.05)
            {
                // Never below nothing: a block after an off-grid one (a table) may stand a hair above the
                // grid line it snaps to, and w:before is unsigned: LibreOffice read −4 twips as 65532
                // (45 inches) and pushed a table's caption off its page.
                written = Math.Max(0, Math.Round(gap * 20 - drift, MidpointRounding.AwayFromZero));
                gaps[block] = written / 20;
            }
            else written = Units.Twips(spacing.Before);
            drift += written - gap * 20 + Rounding(block.NominalHeight(style)) + Rounding(spacing.After);
        }
        return gaps;

        // Twips Word's whole-twip value of a length adds to it.
        static double Rounding(double points) => Units.Twips(points) - points * 20;
    }
}
