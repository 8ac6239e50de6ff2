using Markdig.Syntax;

namespace BriefBuilder.Source.Blocks;

/// <summary>A Markdown block quote (<c>&gt;</c>): the blocks it holds, read as the body's are.</summary>
internal static class QuoteReader
{
    public static Model.Quote Read(QuoteBlock q, MarkdownBody body) =>
        new(body.Line(q), body.Blocks(q)) { LastLine = body.LastLine(q) };
}
