using Markdig.Syntax;

namespace BriefBuilder.Source.Blocks;

/// <summary>A Markdown paragraph: a paragraph of the body.</summary>
internal static class ParagraphReader
{
    public static Model.Paragraph Read(ParagraphBlock p, MarkdownBody body) =>
        new(body.Line(p), body.Spans(p.Inline)) { LastLine = body.LastLine(p) };
}
