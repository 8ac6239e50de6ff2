namespace BriefBuilder.Model;

/// <summary>A paragraph of the body: text with emphasis.</summary>
public sealed record Paragraph(int Line, IReadOnlyList<Span> Spans) : Block(Line)
{
    public const string KindName = "paragraph";
    public override string Kind => KindName;
    public override string Text => Span.Join(Spans);
    public override T Accept<T>(IBlockVisitor<T> visitor) => visitor.Paragraph(this);

    internal override void Dump(DumpWriter text, int depth)
    {
        text.Line(depth, $"Paragraph (line {Line})");
        Span.Dump(text, depth + 1, Spans);
    }
}
