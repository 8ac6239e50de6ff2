using BriefBuilder.Model;
using BriefBuilder.Pdf.Fonts;

namespace BriefBuilder.Pdf.Layout;

/// <summary>
/// The measuring phase: breaks each layout block into lines of known height, each able to
/// draw itself at the position the paginator picks.
/// </summary>
public sealed class BlockMeasurer(HouseStyle style, ITextShaper shaper)
{
    /// <summary>Where the baseline sits in the ideographic em box (the box spans 0.88 above and 0.12 below it).</summary>
    internal const double EmBoxAscent = 0.88;

    private readonly AtomBuilder _atoms = new(style, shaper);
    private double Width => style.Page.TextWidth;

    public MeasuredBlock Measure(LayoutBlock block)
    {
        try
        {
            return block switch
            {
                LayoutParagraph p => Paragraph(p),
                LayoutRow r => Row(r),
                LayoutRule r => Rule(style.Rule(r.Style)),
                _ => throw new ArgumentOutOfRangeException(nameof(block), block.GetType().Name, "no layout for this block"),
            };
        }
        catch (LayoutException e)
        {
            throw block.Source.Error(e.Message);
        }
    }

    private MeasuredBlock Paragraph(LayoutParagraph p)
    {
        var ps = style.Paragraph(p.Style);
        return new MeasuredBlock(Lines(p).Select(l => Line(ps, l)).ToList(), ps.SpaceBefore, ps.SpaceAfter, ps.KeepWithNext, ps.Top);
    }

    /// <summary>
    /// A paragraph's lines as set: each stretch between the editor's line breaks is broken (and
    /// balanced, when centred) on its own.
    /// </summary>
    public IEnumerable<SetLine> Lines(LayoutParagraph p)
    {
        var ps = style.Paragraph(p.Style);
        var indent = ps.FirstLineIndentChars * (ps.OnGrid ? style.CharPitch : ps.Size);
        return p.Lines().SelectMany((runs, i) =>
            LineBreaker.Break(Atoms(ps, runs, p.Source), Width, i == 0 ? indent : 0, ps.Align));
    }

    /// <summary>The atoms of runs in a paragraph style, adjacent marks compressed where the house style says so.</summary>
    private List<Atom> Atoms(ParagraphStyle ps, IEnumerable<LayoutRun> runs, SourceRef source)
    {
        var atoms = _atoms.Build(ps, runs, source);
        return style.CompressAdjacentMarks ? Punctuation.CompressAdjacent(atoms) : atoms;
    }

    private MeasuredBlock Row(LayoutRow r)
    {
        var ps = style.Paragraph(r.Style);
        // The middle part is centred on the text block, as a centre tab stop sets it in Word.
        var parts = new[] { (r.Left, Alignment.Left), (r.Middle, Alignment.Center), (r.Right, Alignment.Right) }
            .Select(p => OneLine(LineBreaker.Break(Atoms(ps, p.Item1, r.Source), Width, 0, p.Item2), r))
            .Where(p => p.Atoms.Count > 0).ToArray();
        for (var i = 1; i < parts.Length; i++)
            if (parts[i - 1].Atoms[^1].X + parts[i - 1].Atoms[^1].Width > parts[i].Atoms[0].X)
                throw r.Source.Error($"the parts of the '{r.Style}' row overlap: shorten them");
        return new MeasuredBlock([Line(ps, parts)], ps.SpaceBefore, ps.SpaceAfter, ps.KeepWithNext, ps.Top);
    }

    private static SetLine OneLine(List<SetLine> lines, LayoutRow r) => lines.Count switch
    {
        0 => new SetLine([]),
        1 => lines[0],
        _ => throw r.Source.Error($"a part of the '{r.Style}' row is longer than a line"),
    };

    private MeasuredBlock Rule(RuleStyle rule)
    {
        var colour = style.Colour(rule.Colour);
        IEnumerable<PlacedItem> Draw(double x, double top)
        {
            var y = top;
            for (var i = 0; i < rule.Strokes.Count; i++)
            {
                if (i > 0) y += rule.Strokes[i].GapBefore;
                yield return new PlacedRule(x, y, Width, rule.Strokes[i].Thickness, colour);
                y += rule.Strokes[i].Thickness;
            }
        }
        return new MeasuredBlock([new MeasuredLine(rule.Height, OnGrid: false, Draw, "")], rule.SpaceBefore, rule.SpaceAfter, KeepWithNext: true);
    }

    /// <summary>A line of one or more parts on one baseline (a row has two, drawn as separate runs).</summary>
    private MeasuredLine Line(ParagraphStyle ps, params SetLine[] parts)
    {
        var atoms = parts.SelectMany(p => p.Atoms).ToList();
        var size = atoms.Count == 0 ? ps.Size : atoms.Max(a => a.Atom.Look.Size);
        var height = Math.Max(ps.LineHeight, size);
        IEnumerable<PlacedItem> Draw(double x, double top) =>
            parts.SelectMany(part => GlyphRuns.Place(part, x, top + (height - size) / 2 + EmBoxAscent * size, style.BoldStroke));
        return new MeasuredLine(height, ps.OnGrid, Draw, string.Concat(parts.Select(p => p.Text)));
    }
}
