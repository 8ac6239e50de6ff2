using BriefBuilder.Model;
using BriefBuilder.Pdf.Layout;

namespace BriefBuilder.Pdf.Blocks;

/// <summary>A paragraph: each stretch between the editor's line breaks is broken (and balanced, when centred) on its own.</summary>
internal static class Paragraphs
{
    public static MeasuredBlock Measure(LayoutParagraph p, BlockMeasurer m)
    {
        var ps = m.Style.Paragraph(p.Style);
        var indent = m.Style.FirstLineIndent(ps);
        var lines = p.Lines().SelectMany((runs, i) =>
            LineBreaker.Break(m.Atoms.Build(ps, runs, p.Source), m.Width, i == 0 ? indent : 0, ps.Align));
        return new MeasuredBlock(lines.Select(l => m.Line(ps, l)).ToList(), p.Spacing(m.Style), ps.Tag, p.Text);
    }
}
