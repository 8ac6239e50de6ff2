using BriefBuilder.Model;
using BriefBuilder.Pdf.Layout;

namespace BriefBuilder.Pdf.Blocks;

/// <summary>A paragraph: its lines as <see cref="BlockMeasurer.Lines"/> sets them, tagged by its style.</summary>
internal static class Paragraphs
{
    public static MeasuredBlock Measure(LayoutParagraph p, BlockMeasurer m)
    {
        var ps = m.Style.Paragraph(p.Style);
        return new MeasuredBlock(m.Lines(p).Select(l => m.Line(ps, l)).ToList(), p.Spacing(m.Style), ps.Tag, p.Text);
    }
}
