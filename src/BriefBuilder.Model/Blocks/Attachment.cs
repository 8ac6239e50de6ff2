namespace BriefBuilder.Model;

/// <summary>
/// An attachment (附件) of the brief: a piece with a title of its own, set after the body on pages
/// of its own (GB/T 9704-2012 7.3.7) and named in the body's attachment note (7.3.4). It is
/// attachment <see cref="Number"/> of <see cref="Of"/>; the words 附件 and its number are the
/// template's, not part of <see cref="Title"/>.
/// </summary>
public sealed record Attachment(int Line, int Number, int Of, string Title, IReadOnlyList<Block> Blocks) : Block(Line)
{
    public const string KindName = "attachment";
    public override string Kind => KindName;
    public override IReadOnlyList<Block> Children => Blocks;
    public override string Text => Title;
    public override T Accept<T>(IBlockVisitor<T> visitor) => visitor.Attachment(this);

    internal override void Dump(DumpWriter text, int depth)
    {
        text.Line(depth, $"Attachment {Number} of {Of} (line {Line})");
        text.Line(depth + 1, $"title {ModelDump.Quote(Title)}");
        foreach (var block in Blocks) block.Dump(text, depth + 1);
    }
}
