namespace BriefBuilder.Model;

/// <summary>
/// A picture centred on the text block, in a figure style of <c>style.yaml</c>. <see cref="Alt"/> is
/// what a reader who cannot see it is told: the caption. Its size on the page is worked out here,
/// once (<see cref="Size"/>), and both writers draw it at that size.
/// </summary>
public sealed record LayoutFigure(string Style, ImageFile Image, string Alt, SourceRef Source) : LayoutBlock(Source)
{
    public override string Text => Alt;

    /// <summary>
    /// Width and height on the page, in points: the picture at the resolution it states (else the
    /// style's), made smaller where that is wider than the text block or taller than the style's
    /// greatest height, never larger (an enlarged screenshot only shows its pixels).
    /// </summary>
    public (double Width, double Height) Size(HouseStyle style)
    {
        var figure = style.Figure(Style);
        var dpi = Image.Dpi ?? figure.Resolution;
        var (width, height) = (Image.Width * 72.0 / dpi, Image.Height * 72.0 / dpi);
        var scale = Math.Min(1, Math.Min(style.Page.TextWidth / width, figure.MaxHeight / height));
        return (width * scale, height * scale);
    }

    /// <summary>
    /// The room it takes in the flow: whole lines of the grid, so that the caption and the text
    /// below stay on the grid; at least the style's space above and below the picture, the rest
    /// shared equally above and below. <see cref="PictureTop"/> is where the picture starts in it.
    /// </summary>
    public (double Height, double PictureTop) Box(HouseStyle style)
    {
        var figure = style.Figure(Style);
        var least = figure.SpaceBefore + Size(style).Height + figure.SpaceAfter;
        var height = style.Grid.NextLine(least);
        return (height, figure.SpaceBefore + (height - least) / 2);
    }

    /// <summary>On the grid, its box a whole number of lines; it keeps with what follows (its caption).</summary>
    public override BlockSpacing Spacing(HouseStyle style) => new(0, 0, OnGrid: true, Top: null, KeepWithNext: true);

    public override double NominalHeight(HouseStyle style) => Box(style).Height;

    /// <summary>A picture is made smaller to fit the text block, never turned.</summary>
    public override bool Landscape(HouseStyle style) => false;

    public override IEnumerable<(ParagraphStyle, LayoutRun)> StyledRuns(HouseStyle style) => [];

    public override T Accept<T>(ILayoutVisitor<T> visitor) => visitor.Figure(this);

    internal override void Dump(DumpWriter text, int depth) =>
        text.Line(depth, $"figure {Style} {ModelDump.Quote(Image.Path)} {Image.Width}x{Image.Height} alt {ModelDump.Quote(Alt)}{At}");
}
