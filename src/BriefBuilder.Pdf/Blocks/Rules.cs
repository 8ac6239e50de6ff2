using BriefBuilder.Model;
using BriefBuilder.Pdf.Layout;

namespace BriefBuilder.Pdf.Blocks;

/// <summary>A rule: its strokes as filled bars across the text block, decoration in the tagged PDF.</summary>
internal static class Rules
{
    public static MeasuredBlock Measure(LayoutRule r, BlockMeasurer m)
    {
        var rule = m.Style.Rule(r.Style);
        var colour = m.Style.Colour(rule.Colour);
        IEnumerable<PlacedItem> Draw(double x, double top)
        {
            var y = top;
            for (var i = 0; i < rule.Strokes.Count; i++)
            {
                if (i > 0) y += rule.Strokes[i].GapBefore;
                yield return new PlacedRule(x, y, m.Width, rule.Strokes[i].Thickness, colour);
                y += rule.Strokes[i].Thickness;
            }
        }
        return new MeasuredBlock([new MeasuredLine(rule.Height, OnGrid: false, Draw, "")], r.Spacing(m.Style), StructureTags.Artifact, "");
    }
}
