using System.Text.RegularExpressions;
using BriefBuilder.Model;
using BriefBuilder.Source.Blocks;
using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using MdBlock = Markdig.Syntax.Block;

namespace BriefBuilder.Source;

/// <summary>
/// Reads a brief's Markdown body into the document model, each kind of block by the reader in
/// its own file under <c>Blocks/</c>. What the house format has no place for (lists,
/// links, code, raw HTML) stops the build with the line it is on, rather than being
/// dropped or printed as stray markup.
/// </summary>
public static partial class BodyReader
{
    [GeneratedRegex(@"^ {0,3}\[\^[^\]]+\]:")]
    private static partial Regex FootnoteDefinition();

    public static IReadOnlyList<Model.Block> Read(string markdown, string file, int firstLine)
    {
        var document = MarkdownSyntax.Parse(markdown, file, firstLine);
        var shallowest = document.Descendants<HeadingBlock>().Select(h => h.Level).DefaultIfEmpty(1).Min();
        var blocks = AttachmentReader.Number(new MarkdownBody(markdown, file, firstLine, shallowest).Blocks(document), file);
        if (document.OfType<FootnoteGroup>().Any())
        {
            var definition = Array.FindIndex(markdown.Split('\n'), l => FootnoteDefinition().IsMatch(l));
            throw new SourceError(file, firstLine + Math.Max(definition, 0), "a footnote cannot be printed in a brief; put what it says into the text");
        }
        if (blocks.Count == 0)
            throw new SourceError(file, firstLine, "the body is empty: write the brief's text below the closing '---' of the front matter");
        return blocks;
    }

    /// <summary>
    /// The model's block for one Markdown block: each kind registered in one line that calls its
    /// reader, null for what prints nothing, an error for what the house format has no place for.
    /// </summary>
    internal static Model.Block? Block(MdBlock block, MarkdownBody body) => block switch
    {
        HeadingBlock h => HeadingReader.Read(h, body),
        ParagraphBlock p when FigureReader.Is(p) => FigureReader.Read(p, body),
        ParagraphBlock p => ParagraphReader.Read(p, body),
        QuoteBlock q => QuoteReader.Read(q, body),
        CustomContainer c when AttachmentReader.Is(c) => AttachmentReader.Read(c, body),
        CustomContainer c => EditorNoteReader.Read(c, body),
        Markdig.Extensions.Tables.Table t => TableReader.Read(t, body),
        // <!-- … --> is a note to the editor, as brief import keeps figure captions; Markdown never prints it.
        HtmlBlock { Type: HtmlBlockType.Comment } => null,
        // Refused in Read, at the line of the definition (Markdig keeps no line for an unused one).
        FootnoteGroup => null,
        // Definitions print nothing; a link that uses one is refused where it stands.
        LinkReferenceDefinitionGroup => null,
        _ => throw body.Error(block, Refusal(block)),
    };

    private static string Refusal(MdBlock block) => block switch
    {
        // The house numbers its points in the text (1.发布…；); Markdown takes "1. " at a line's
        // start for a list, so the message says the two ways to keep the number as text.
        ListBlock { IsOrdered: true } list =>
            $"a numbered list cannot be printed in a brief; to start a paragraph with its number, write no space after "
            + $"the '{list.OrderedDelimiter}' ({list.OrderedStart}{list.OrderedDelimiter}……) or put a backslash before it "
            + $"({list.OrderedStart}\\{list.OrderedDelimiter} ……)",
        _ => $"{Describe(block)} cannot be printed in a brief; write it as paragraphs of text",
    };

    private static string Describe(MdBlock block) => block switch
    {
        ListBlock => "a bulleted list",
        CodeBlock => "a code block",
        HtmlBlock => "raw HTML",
        ThematicBreakBlock => "a horizontal rule (---)",
        _ => $"a {block.GetType().Name}",
    };
}
