namespace BriefBuilder.Model;

/// <summary>A block quote: quoted material set apart from the argument.</summary>
public sealed record Quote(int Line, IReadOnlyList<Block> Blocks) : Block(Line)
{
    public const string KindName = "quote";
    public override string Kind => KindName;
    public override IReadOnlyList<Block> Children => Blocks;
    public override string Text => string.Join("\n", Blocks.Select(b => b.Text));
    public override T Accept<T>(IBlockVisitor<T> visitor) => visitor.Quote(this);

    internal override void Dump(DumpWriter text, int depth)
    {
        text.Line(depth, $"Quote (line {Line})");
        foreach (var block in Blocks) block.Dump(text, depth + 1);
    }
}
