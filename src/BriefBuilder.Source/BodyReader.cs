using System.Text;
using System.Text.RegularExpressions;
using BriefBuilder.Model;
using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using MdBlock = Markdig.Syntax.Block;
using MdParagraph = Markdig.Syntax.ParagraphBlock;

namespace BriefBuilder.Source;

/// <summary>
/// Reads a brief's Markdown body into the document model. What the house format has no place
/// for (lists, tables, images, links, code, raw HTML) stops the build with the line it is on,
/// rather than being dropped or printed as stray markup.
/// </summary>
public static partial class BodyReader
{
    [GeneratedRegex(@"^ {0,3}\[\^[^\]]+\]:")]
    private static partial Regex FootnoteDefinition();

    // Tables and footnotes are parsed only so that they can be refused by name instead of printing
    // as '|' text or being taken for links (a footnote's text would otherwise vanish as a link definition).
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseGridTables().UseFootnotes().Build();

    public static IReadOnlyList<Model.Block> Read(string markdown, string file, int firstLine)
    {
        var document = Parse(markdown, file, firstLine);
        var shallowest = document.Descendants<HeadingBlock>().Select(h => h.Level).DefaultIfEmpty(1).Min();
        var blocks = Blocks(document, file, firstLine, shallowest);
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
    /// Markdig stops at a nesting depth no brief comes near (thousands of > quotes or unclosed *
    /// marks); that is the brief's mistake, said at the line that nests deepest, in every command.
    /// </summary>
    private static MarkdownDocument Parse(string markdown, string file, int firstLine)
    {
        try
        {
            return Markdown.Parse(markdown, Pipeline);
        }
        catch (ArgumentException e) when (e.Message.Contains("depth limit", StringComparison.Ordinal))
        {
            var lines = markdown.Split('\n');
            var deepest = Enumerable.Range(0, lines.Length).MaxBy(i => lines[i].Count(c => c is '>' or '*' or '_' or '[' or '~'));
            throw new SourceError(file, firstLine + deepest,
                "this line nests Markdown too deeply (thousands of > quote marks, or * _ [ marks left open); a brief has at most a quote in a quote: remove the marks");
        }
    }

    /// <param name="shallowest">The brief's top Markdown heading level, which counts as level 1.</param>
    private static List<Model.Block> Blocks(ContainerBlock container, string file, int offset, int shallowest)
    {
        var result = new List<Model.Block>();
        foreach (var block in container)
        {
            var line = block.Line + offset;
            switch (block)
            {
                case HeadingBlock h:
                    result.Add(Heading(h, line, Spans(h.Inline, file, offset), file, shallowest));
                    break;
                case MdParagraph p:
                    result.Add(new Model.Paragraph(line, Spans(p.Inline, file, offset)));
                    break;
                case QuoteBlock q:
                    result.Add(new Quote(line, Blocks(q, file, offset, shallowest)));
                    break;
                case HtmlBlock { Type: HtmlBlockType.Comment }:
                    break; // <!-- … --> is a note to the editor, as brief import keeps figure captions; Markdown never prints it
                case FootnoteGroup:
                    break; // refused in Read, at the line of the definition (Markdig keeps no line for an unused one)
                case LinkReferenceDefinitionGroup:
                    break; // definitions print nothing; a link that uses one is refused where it stands
                default:
                    throw new SourceError(file, line, $"{Describe(block)} cannot be printed in a brief; write it as paragraphs of text");
            }
        }
        return result;
    }

    /// <summary>
    /// A numbered heading takes the level of its number (一、 1, （一） 2, 1. 3, （1） 4), so the
    /// Markdown marks cannot set it in the wrong font; lint reports the disagreement. An unnumbered
    /// heading counts its level from the brief's shallowest, so a brief written from ## builds as from #.
    /// </summary>
    private static Heading Heading(HeadingBlock h, int line, IReadOnlyList<Span> spans, string file, int shallowest)
    {
        var level = HeadingNumber.Of(string.Concat(spans.Select(s => s.Text)))?.Level ?? h.Level - shallowest + 1;
        if (level > 4)
            throw new SourceError(file, line, $"heading level {h.Level} is {level - 4} deeper than the house format's four levels, counted from this brief's shallowest heading ({new string('#', shallowest)}); "
                + "number it (一、 （一） 1. （1）) or raise it");
        return new Heading(line, level, spans);
    }

    private static string Describe(MdBlock block) => block switch
    {
        ListBlock { IsOrdered: true } => "a numbered list",
        ListBlock => "a bulleted list",
        Table => "a table",
        CodeBlock => "a code block",
        HtmlBlock => "raw HTML",
        ThematicBreakBlock => "a horizontal rule (---)",
        _ => $"a {block.GetType().Name}",
    };

    /// <param name="offset">Added to Markdig's 0-based lines to give lines of the file.</param>
    private static IReadOnlyList<Span> Spans(ContainerInline? inline, string file, int offset)
    {
        var spans = new SpanBuilder();
        if (inline is not null) Collect(inline, bold: false, italic: false, spans, file, offset);
        return spans.Build();
    }

    private static void Collect(ContainerInline container, bool bold, bool italic, SpanBuilder spans, string file, int offset)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    // A tab is white space inside a paragraph, as in HTML: a space, the same in both writers.
                    spans.Add(literal.Content.ToString().Replace('\t', ' '), bold, italic);
                    break;
                case HtmlEntityInline entity:
                    spans.Add(entity.Transcoded.ToString(), bold, italic);
                    break;
                case EmphasisInline { DelimiterCount: >= 2 } strong:
                    Collect(strong, true, italic, spans, file, offset);
                    break;
                case EmphasisInline em:
                    Collect(em, bold, true, spans, file, offset);
                    break;
                case LineBreakInline { IsHard: true }:
                    // The house format fills a paragraph's lines itself; a forced break has no place
                    // in it, and merging it in silence would hide that the writer meant one.
                    throw new SourceError(file, offset + inline.Line,
                        "a hard line break (two spaces or a backslash at the end of the line) cannot be set in a brief; "
                        + "remove it to join the lines, or leave a blank line to start a new paragraph");
                case LineBreakInline:
                    spans.Break();
                    break;
                default:
                    throw new SourceError(file, offset + inline.Line, $"{Describe(inline)} cannot be printed in a brief; write it as plain text");
            }
        }
    }

    private static string Describe(Inline inline) => inline switch
    {
        FootnoteLink => "a footnote",
        LinkInline { IsImage: true } => "an image",
        LinkInline or AutolinkInline => "a link",
        CodeInline => "inline code (`…`)",
        HtmlInline => "raw HTML",
        _ => $"a {inline.GetType().Name}",
    };

    /// <summary>Joins inline text into spans of one emphasis each.</summary>
    private sealed class SpanBuilder
    {
        private readonly List<Span> _spans = [];
        private readonly StringBuilder _text = new();
        private bool _bold, _italic, _pendingBreak;

        public void Add(string text, bool bold, bool italic)
        {
            if (text.Length == 0) return;
            if (_pendingBreak) { AppendBreak(text[0]); _pendingBreak = false; }
            if (_text.Length > 0 && (bold != _bold || italic != _italic)) Flush();
            _bold = bold; _italic = italic;
            _text.Append(text);
        }

        /// <summary>A line break in the source: nothing between Chinese characters, a space between Latin words.</summary>
        public void Break() => _pendingBreak = LastChar() is not null;

        private void AppendBreak(char next)
        {
            var last = LastChar()!.Value;
            if (!CharClass.IsWide(last) && !CharClass.IsWide(next)) _text.Append(' ');
        }

        private char? LastChar() =>
            _text.Length > 0 ? _text[^1] : _spans.Count > 0 ? _spans[^1].Text[^1] : null;

        private void Flush()
        {
            if (_text.Length == 0) return;
            _spans.Add(new Span(_text.ToString(), _bold, _italic));
            _text.Clear();
        }

        public IReadOnlyList<Span> Build() { Flush(); return _spans; }
    }
}
