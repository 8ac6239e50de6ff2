using BriefBuilder.Model;
using BriefBuilder.Pdf.Layout;

namespace BriefBuilder.Pdf.Blocks;

/// <summary>A row: its parts set on one line, the left flush left, the right flush right, the middle centred.</summary>
internal static class Rows
{
    public static MeasuredBlock Measure(LayoutRow r, BlockMeasurer m)
    {
        var ps = m.Style.Paragraph(r.Style);
        // The middle part is centred on the text block, as a centre tab stop sets it in Word; the
        // parts keep the style's inset clear at each side.
        var parts = new[] { (r.Left, Alignment.Left), (r.Middle, Alignment.Center), (r.Right, Alignment.Right) }
            .Select(p => OneLine(LineBreaker.Break(m.Atoms(ps, p.Item1, r.Source), m.WidthOf(ps), 0, p.Item2), r))
            .Where(p => p.Atoms.Count > 0).ToArray();
        for (var i = 1; i < parts.Length; i++)
            if (parts[i - 1].Atoms[^1].X + parts[i - 1].Atoms[^1].Width > parts[i].Atoms[0].X)
                throw r.Source.Error($"the parts of the '{r.Style}' row overlap: shorten them");
        return new MeasuredBlock([m.Line(ps, parts)], r.Spacing(m.Style), ps.Tag, r.Text);
    }

    private static SetLine OneLine(List<SetLine> lines, LayoutRow r) => lines.Count switch
    {
        0 => new SetLine([]),
        1 => lines[0],
        _ => throw r.Source.Error($"a part of the '{r.Style}' row is longer than a line"),
    };
}
