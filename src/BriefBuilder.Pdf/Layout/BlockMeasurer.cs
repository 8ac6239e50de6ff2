using BriefBuilder.Model;
using BriefBuilder.Pdf.Fonts;

namespace BriefBuilder.Pdf.Layout;

/// <summary>
/// The measuring phase: breaks each layout block into lines of known height, each able to draw
/// itself at the position the paginator picks. Each kind is measured by its own file under
/// <c>Blocks/</c>, registered here in one line.
/// </summary>
public sealed class BlockMeasurer(HouseStyle style, ITextShaper shaper) : ILayoutVisitor<MeasuredBlock>
{
    /// <summary>Where the baseline sits in the ideographic em box (the box spans 0.88 above and 0.12 below it).</summary>
    internal const double EmBoxAscent = 0.88;

    internal HouseStyle Style => style;
    private readonly AtomBuilder atomBuilder = new(style, shaper);

    /// <summary>The page its blocks are set on: the sheet, or the sheet turned for a landscape page (<see cref="PageGeometry.Turned"/>).</summary>
    public PageGeometry Frame { get; init; } = style.Page;

    internal double Width => Frame.TextWidth;

    /// <summary>The measure of a line in <paramref name="ps"/>: the text block (or <paramref name="within"/>, a table cell) less the style's inset at each side.</summary>
    internal double WidthOf(ParagraphStyle ps, double? within = null) => (within ?? Width) - 2 * style.Inset(ps);

    public MeasuredBlock Measure(LayoutBlock block)
    {
        try
        {
            return block.Accept(this);
        }
        catch (LayoutException e)
        {
            throw block.Source.Error(e.Message);
        }
    }

    public MeasuredBlock Paragraph(LayoutParagraph paragraph) => Blocks.Paragraphs.Measure(paragraph, this);
    public MeasuredBlock Row(LayoutRow row) => Blocks.Rows.Measure(row, this);
    public MeasuredBlock Rule(LayoutRule rule) => Blocks.Rules.Measure(rule, this);
    public MeasuredBlock Table(LayoutTable table) => Blocks.Tables.Measure(table, this);
    public MeasuredBlock Figure(LayoutFigure figure) => Blocks.Figures.Measure(figure, this);

    /// <summary>
    /// A paragraph's lines as set: each stretch between the editor's line breaks is broken (and
    /// balanced, when centred) on its own.
    /// </summary>
    public IEnumerable<SetLine> Lines(LayoutParagraph p) => Lines(p, Width, style.Paragraph(p.Style).Align);

    /// <summary>A paragraph's lines in <paramref name="width"/> (a table cell's), aligned as <paramref name="align"/> says.</summary>
    internal IEnumerable<SetLine> Lines(LayoutParagraph p, double width, Alignment align)
    {
        // Set from the style's left indent (Line draws them there, after the inset): the first
        // line's indent is counted from it, and is negative for a hanging indent; the style's
        // inset (the 版记's one character, 7.4.2) narrows the width at each side.
        var ps = style.Paragraph(p.Style);
        var left = style.LeftIndent(ps);
        var indent = style.FirstLineIndent(ps) - left;
        return p.Lines().SelectMany((runs, i) =>
            LineBreaker.Break(Atoms(ps, runs, p.Source), WidthOf(ps, width) - left, i == 0 ? indent : 0, align));
    }

    /// <summary>The atoms of runs in a paragraph style, adjacent marks compressed where the house style says so.</summary>
    internal List<Atom> Atoms(ParagraphStyle ps, IEnumerable<LayoutRun> runs, SourceRef source)
    {
        var atoms = atomBuilder.Build(ps, runs, source);
        return style.CompressAdjacentMarks ? Punctuation.CompressAdjacent(atoms) : atoms;
    }

    /// <summary>A line of one or more parts on one baseline (a row has two, drawn as separate runs).</summary>
    internal MeasuredLine Line(ParagraphStyle ps, params SetLine[] parts)
    {
        var atoms = parts.SelectMany(p => p.Atoms).ToList();
        var size = atoms.Count == 0 ? ps.Size : atoms.Max(a => a.Atom.Look.Size);
        var height = Placement.LineHeight(ps, size);
        var left = style.Inset(ps) + style.LeftIndent(ps);
        IEnumerable<PlacedItem> Draw(double x, double top) =>
            parts.SelectMany(part => GlyphRuns.Place(part, x + left, top + (height - size) / 2 + EmBoxAscent * size, style.BoldStroke, style.ItalicShear));
        return new MeasuredLine(height, ps.OnGrid, Draw, string.Concat(parts.Select(p => p.Text)));
    }
}
