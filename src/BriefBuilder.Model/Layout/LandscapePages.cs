namespace BriefBuilder.Model;

/// <summary>
/// Which blocks of the flow are set on a landscape page (GB/T 9704-2012 §8): each block too wide for
/// the text block (<see cref="LayoutBlock.Landscape"/>: a table), with the blocks before it that keep
/// with it (its caption). Blocks next to each other share their landscape pages. Decided here once:
/// the PDF turns its pages and the DOCX starts a landscape section from the same answer.
/// </summary>
public static class LandscapePages
{
    /// <summary>For each block of <paramref name="flow"/>, whether it goes on a landscape page.</summary>
    public static bool[] Of(IReadOnlyList<LayoutBlock> flow, HouseStyle style)
    {
        var turned = new bool[flow.Count];
        for (var i = 0; i < flow.Count; i++)
        {
            if (!flow[i].Landscape(style)) continue;
            turned[i] = true;
            for (var j = i - 1; j >= 0 && flow[j].Spacing(style).KeepWithNext; j--) turned[j] = true;
        }
        return turned;
    }
}
