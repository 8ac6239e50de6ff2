namespace BriefBuilder.Model;

/// <summary>Heading of level 1 (一、) to 4 (（1）); the numbering is part of the text the editor wrote.</summary>
public sealed record Heading(int Line, int Level, IReadOnlyList<Span> Spans) : Block(Line)
{
    public const string KindName = "heading";
    public override string Kind => KindName;
    public override string Text => Span.Join(Spans);
    public override T Accept<T>(IBlockVisitor<T> visitor) => visitor.Heading(this);

    internal override void Dump(DumpWriter text, int depth)
    {
        text.Line(depth, $"Heading {Level} (line {Line})");
        Span.Dump(text, depth + 1, Spans);
    }
}
