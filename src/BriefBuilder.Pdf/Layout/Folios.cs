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
        var set = LineBreaker.Break(atoms.Build(n.Paragraph, [new LayoutRun(n.Text(page))], new SourceRef("style.yaml (page_number)", 0)), style.Page.TextWidth, 0, Alignment.Left).Single();
        var width = set.Atoms.Sum(a => a.Width);
        var x = page % 2 == 1 ? style.Page.Left + style.Page.TextWidth - n.Indent - width : style.Page.Left + n.Indent;
        var baseline = style.FolioTop + BlockMeasurer.EmBoxAscent * n.Size;
        return GlyphRuns.Place(set, x, baseline, style.BoldStroke, style.ItalicShear);
    }
}
