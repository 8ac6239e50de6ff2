namespace BriefBuilder.Model;

/// <summary>
/// How a block stands in the flow of the text block: the space above and below it, whether its
/// lines start on lines of the grid, the least distance of its top from the text block's top (a
/// place fixed by the page, as GB/T 9704 7.2.4 fixes the masthead's), whether it stays on a
/// page with what follows, and whether it starts a page.
/// </summary>
public readonly record struct BlockSpacing(double Before, double After, bool OnGrid, double? Top, bool KeepWithNext)
{
    /// <summary>Whether the block starts a new page, unless it stands at the head of one already.</summary>
    public bool PageBreakBefore { get; init; }

    public static BlockSpacing Of(ParagraphStyle ps) => new(ps.SpaceBefore, ps.SpaceAfter, ps.OnGrid, ps.Top, ps.KeepWithNext) { PageBreakBefore = ps.PageBreakBefore };
}

/// <summary>
/// Where blocks and lines go down the text block: the one rule both writers follow. The PDF's
/// paginator places every line by it; the DOCX, whose reader breaks the lines itself, stacks the
/// first page by it with each block at its nominal height (<see cref="Stack"/>) and writes the
/// spaces that put Word's paragraphs at the same places. Distances are from the top of the text block.
/// </summary>
public static class Placement
{
    const double Epsilon = 0.01;

    /// <summary>Whether <paramref name="y"/> is the head of a page, where a block's space before is dropped.</summary>
    public static bool AtTop(double y) => y < Epsilon;

    /// <summary>Where a block may start when what is above it ends at <paramref name="y"/>: after its space before, and no higher than its fixed top.</summary>
    public static double Enter(double y, BlockSpacing spacing)
    {
        var start = AtTop(y) ? y : y + spacing.Before;
        return spacing.Top is { } top ? Math.Max(start, top) : start;
    }

    /// <summary>The top of a line that may start at <paramref name="y"/>: the next line of the grid for a line on it.</summary>
    public static double LineTop(double y, bool onGrid, TextGrid grid) => onGrid ? grid.NextLine(y) : y;

    /// <summary>
    /// The height of a line of <paramref name="paragraph"/> whose largest type is <paramref name="type"/>:
    /// the style's line height, or the type's size where that is taller (a larger character style).
    /// </summary>
    public static double LineHeight(ParagraphStyle paragraph, double type) => Math.Max(paragraph.LineHeight, type);

    /// <summary>
    /// The top of each block of <paramref name="flow"/> stacked at its nominal height from the top
    /// of a page, with its space before as placed (its gap from the block above, after that one's
    /// space after): the places of the first page's head, which does not break before the body.
    /// </summary>
    public static IReadOnlyList<(LayoutBlock Block, double Top, double Gap)> Stack(IEnumerable<LayoutBlock> flow, HouseStyle style)
    {
        var placed = new List<(LayoutBlock, double, double)>();
        var y = 0.0;
        foreach (var block in flow)
        {
            var spacing = block.Spacing(style);
            if (spacing.PageBreakBefore) y = 0; // the head of its own page, where its gap is its place
            var top = LineTop(Enter(y, spacing), spacing.OnGrid, style.Grid);
            placed.Add((block, top, top - y));
            y = top + block.NominalHeight(style) + spacing.After;
        }
        return placed;
    }
}
