namespace BriefBuilder.Model;

/// <summary>
/// One line with a part flush left, a part flush right (date and publisher, editor and phone)
/// and, optionally, a part centred in the room between them.
/// </summary>
public sealed record LayoutRow(string Style, IReadOnlyList<LayoutRun> Left, IReadOnlyList<LayoutRun> Middle, IReadOnlyList<LayoutRun> Right, SourceRef Source) : LayoutBlock(Source)
{
    /// <summary>The row's runs in reading order: left, middle, right.</summary>
    public IEnumerable<LayoutRun> Runs => Left.Concat(Middle).Concat(Right);

    public override string Text => string.Concat(Runs.Select(r => r.Text));

    public override BlockSpacing Spacing(HouseStyle style) => BlockSpacing.Of(style.Paragraph(Style));

    /// <summary>It spans the text block, whatever its width.</summary>
    public override bool Landscape(HouseStyle style) => false;

    public override double NominalHeight(HouseStyle style)
    {
        var ps = style.Paragraph(Style);
        return Placement.LineHeight(ps, Runs.Select(r => r.Size(ps, style)).DefaultIfEmpty(ps.Size).Max());
    }

    public override IEnumerable<(ParagraphStyle, LayoutRun)> StyledRuns(HouseStyle style)
    {
        var ps = style.Paragraph(Style);
        return Runs.Select(r => (ps, r));
    }

    public override T Accept<T>(ILayoutVisitor<T> visitor) => visitor.Row(this);

    internal override void Dump(DumpWriter text, int depth)
    {
        text.Line(depth, $"row {Style}{At}");
        LayoutRun.Dump(text, depth + 1, "left ", Left);
        LayoutRun.Dump(text, depth + 1, "middle ", Middle);
        LayoutRun.Dump(text, depth + 1, "right ", Right);
    }
}
