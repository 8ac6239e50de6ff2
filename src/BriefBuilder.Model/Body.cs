namespace BriefBuilder.Model;

/// <summary>A block of a brief's body. <see cref="Line"/> is its first line in the source file.</summary>
public abstract record Block(int Line);

/// <summary>Heading of level 1 (一、) to 4 (（1）); the numbering is part of the text the editor wrote.</summary>
public sealed record Heading(int Line, int Level, IReadOnlyList<Span> Spans) : Block(Line);

public sealed record Paragraph(int Line, IReadOnlyList<Span> Spans) : Block(Line);

/// <summary>A block quote: quoted material set apart from the argument.</summary>
public sealed record Quote(int Line, IReadOnlyList<Block> Blocks) : Block(Line);

/// <summary>A piece of text with one emphasis. Adjacent spans always differ in emphasis.</summary>
public sealed record Span(string Text, bool Bold = false, bool Italic = false);
