namespace BriefBuilder.Model;

/// <summary>
/// A block of a brief's body, one record per kind (the files beside this one). <see cref="Line"/>
/// is its first line in the source file, <see cref="LastLine"/> its last. Every stage that handles
/// blocks does so through <see cref="IBlockVisitor{T}"/>, so a new kind does not compile until
/// each stage has said what it does with it.
/// </summary>
public abstract record Block(int Line)
{
    /// <summary>The last line of the block in the source file (the first, unless the block runs on).</summary>
    public int LastLine { get => lastLine ?? Line; init => lastLine = value; }
    readonly int? lastLine;

    /// <summary>The kind's name, as a template compares <c>b.kind</c> with it: one of <see cref="BlockKinds.Names"/>.</summary>
    public abstract string Kind { get; }

    /// <summary>The blocks it holds (a quote's paragraphs); none for a block of text.</summary>
    public virtual IReadOnlyList<Block> Children => [];

    /// <summary>Its text, emphasis aside: what a message quotes of it.</summary>
    public abstract string Text { get; }

    public abstract T Accept<T>(IBlockVisitor<T> visitor);

    /// <summary>Its lines in <see cref="ModelDump.Brief"/>, at <paramref name="depth"/>.</summary>
    internal abstract void Dump(DumpWriter text, int depth);

    /// <summary>The blocks of text of <paramref name="blocks"/> in reading order, containers opened up.</summary>
    public static IEnumerable<Block> Leaves(IEnumerable<Block> blocks) =>
        blocks.SelectMany(b => b.Children.Count > 0 ? Leaves(b.Children) : [b]);
}

/// <summary>
/// What a stage does with each kind of block: one method per kind, so that a kind a stage does
/// not handle is a compile error, never a silent default. A stage implements it once and
/// registers each kind in one line that calls that kind's own file.
/// </summary>
public interface IBlockVisitor<out T>
{
    T Paragraph(Paragraph paragraph);
    T Heading(Heading heading);
    T Quote(Quote quote);
    T EditorNote(EditorNote note);
    T Table(Table table);
    T Figure(Figure figure);
    T Attachment(Attachment attachment);
}

public static class BlockKinds
{
    /// <summary>Every kind's <see cref="Block.Kind"/>: the texts a template may compare <c>b.kind</c> with.</summary>
    public static readonly IReadOnlyList<string> Names = [Model.Heading.KindName, Model.Paragraph.KindName, Model.Quote.KindName, Model.EditorNote.KindName, Model.Table.KindName, Model.Figure.KindName, Model.Attachment.KindName];
}

/// <summary>A piece of text with one emphasis. Adjacent spans always differ in emphasis.</summary>
public sealed record Span(string Text, bool Bold = false, bool Italic = false)
{
    public static string Join(IEnumerable<Span> spans) => string.Concat(spans.Select(s => s.Text));

    internal static void Dump(DumpWriter text, int depth, IEnumerable<Span> spans)
    {
        foreach (var s in spans)
            text.Line(depth, $"{(s.Bold ? "Bold " : "")}{(s.Italic ? "Italic " : "")}{ModelDump.Quote(s.Text)}");
    }
}
