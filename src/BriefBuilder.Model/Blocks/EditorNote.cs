namespace BriefBuilder.Model;

/// <summary>
/// The editor's note (编者按): paragraphs the editor puts before the body, set after the title.
/// The words 编者按： are the template's, not part of <see cref="Paragraphs"/>.
/// </summary>
public sealed record EditorNote(int Line, IReadOnlyList<Paragraph> Paragraphs) : Block(Line)
{
    public const string KindName = "editor_note";
    public override string Kind => KindName;
    public override IReadOnlyList<Block> Children => Paragraphs;
    public override string Text => string.Join("\n", Paragraphs.Select(p => p.Text));
    public override T Accept<T>(IBlockVisitor<T> visitor) => visitor.EditorNote(this);

    internal override void Dump(DumpWriter text, int depth)
    {
        text.Line(depth, $"EditorNote (line {Line})");
        foreach (var paragraph in Paragraphs) paragraph.Dump(text, depth + 1);
    }
}
