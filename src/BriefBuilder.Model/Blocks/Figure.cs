namespace BriefBuilder.Model;

/// <summary>
/// A figure: a picture file beside the brief, shown with its caption (图1 …), which is also what a
/// reader who cannot see it is told (the PDF's /Alt, the DOCX's description).
/// </summary>
public sealed record Figure(int Line, string Caption, ImageFile Image) : Block(Line)
{
    public const string KindName = "figure";
    public override string Kind => KindName;
    public override string Text => Caption;
    public override T Accept<T>(IBlockVisitor<T> visitor) => visitor.Figure(this);

    internal override void Dump(DumpWriter text, int depth)
    {
        text.Line(depth, $"Figure (line {Line})");
        text.Line(depth + 1, $"caption {ModelDump.Quote(Caption)}");
        text.Line(depth + 1, $"image {ModelDump.Quote(Image.Path)} {Image.Extension} {Image.Width}x{Image.Height} components {Image.Components}{(Image.Dpi is { } dpi ? $" {dpi:0.##} dpi" : "")}");
    }
}
