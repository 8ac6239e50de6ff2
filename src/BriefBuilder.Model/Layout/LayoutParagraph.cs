namespace BriefBuilder.Model;

/// <summary>A paragraph in a named paragraph style.</summary>
public sealed record LayoutParagraph(string Style, IReadOnlyList<LayoutRun> Runs, SourceRef Source) : LayoutBlock(Source)
{
    public override string Text => string.Concat(Runs.Select(r => r.Text));

    /// <summary>The runs between the editor's line breaks: one list for a paragraph without any.</summary>
    public IEnumerable<IReadOnlyList<LayoutRun>> Lines()
    {
        var line = new List<LayoutRun>();
        foreach (var run in Runs)
        {
            if (!run.IsLineBreak) { line.Add(run); continue; }
            yield return line;
            line = [];
        }
        yield return line;
    }

    public override BlockSpacing Spacing(HouseStyle style) => BlockSpacing.Of(style.Paragraph(Style));

    /// <summary>Its lines break in any width.</summary>
    public override bool Landscape(HouseStyle style) => false;

    public override double NominalHeight(HouseStyle style)
    {
        var ps = style.Paragraph(Style);
        var type = Runs.Where(r => !r.IsLineBreak).Select(r => r.Size(ps, style)).DefaultIfEmpty(ps.Size).Max();
        return Lines().Count() * Placement.LineHeight(ps, type);
    }

    public override IEnumerable<(ParagraphStyle, LayoutRun)> StyledRuns(HouseStyle style)
    {
        var ps = style.Paragraph(Style);
        return Runs.Where(r => !r.IsLineBreak).Select(r => (ps, r));
    }

    public override T Accept<T>(ILayoutVisitor<T> visitor) => visitor.Paragraph(this);

    internal override void Dump(DumpWriter text, int depth)
    {
        text.Line(depth, $"p {Style}{At}");
        LayoutRun.Dump(text, depth + 1, "", Runs);
    }
}
