namespace BriefBuilder.Model;

/// <summary>A horizontal rule the width of the text block, in a rule style of <c>style.yaml</c>.</summary>
public sealed record LayoutRule(string Style, SourceRef Source) : LayoutBlock(Source)
{
    public override string Text => "";

    /// <summary>Off the grid: a rule sits exactly where its spaces put it. It keeps with what follows.</summary>
    public override BlockSpacing Spacing(HouseStyle style)
    {
        var rule = style.Rule(Style);
        return new BlockSpacing(rule.SpaceBefore, rule.SpaceAfter, OnGrid: false, Top: null, KeepWithNext: true);
    }

    public override double NominalHeight(HouseStyle style) => style.Rule(Style).Height;

    /// <summary>It spans the text block, whatever its width.</summary>
    public override bool Landscape(HouseStyle style) => false;

    public override IEnumerable<(ParagraphStyle, LayoutRun)> StyledRuns(HouseStyle style) => [];

    public override T Accept<T>(ILayoutVisitor<T> visitor) => visitor.Rule(this);

    internal override void Dump(DumpWriter text, int depth) => text.Line(depth, $"rule {Style}{At}");
}
