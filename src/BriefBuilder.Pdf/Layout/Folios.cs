using BriefBuilder.Model;

namespace BriefBuilder.Pdf.Layout;

/// <summary>
/// Page numbers "— N —": below the text block, odd pages flush right and even pages flush
/// left, each indented from the edge; none on a page that holds only the closing block.
/// </summary>
public sealed class Folios(HouseStyle style, AtomBuilder atoms)
{
    public IEnumerable<PlacedItem> For(int page)
    {
        var n = style.PageNumber;
        var ps = new ParagraphStyle("page-number", n.Font, n.LatinFont, n.Size, "black", false, Alignment.Left, 0, 0, 0, n.Size, false, false);
        var set = LineBreaker.Break(atoms.Build(ps, [new LayoutRun(n.Text(page))], new SourceRef("style.yaml (page_number)", 0)), style.Page.TextWidth, 0, Alignment.Left).Single();
        var width = set.Atoms.Sum(a => a.Width);
        var indent = n.IndentChars * n.Size;
        var x = page % 2 == 1 ? style.Page.Left + style.Page.TextWidth - indent - width : style.Page.Left + indent;
        var baseline = style.Page.Top + style.Page.TextHeight + n.DistanceBelowText + BlockMeasurer.EmBoxAscent * n.Size;
        return GlyphRuns.Place(set, x, baseline);
    }
}
