using System.Text;
using BriefBuilder.Model;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using MdBlock = Markdig.Syntax.Block;

namespace BriefBuilder.Source.Blocks;

/// <summary>
/// A brief's Markdown body as the block readers share it: the file and where the body starts in
/// it (Markdig counts lines from 0 at the body), the brief's shallowest heading, and the inline
/// text every kind of block holds, read into spans of one emphasis each.
/// </summary>
internal sealed class MarkdownBody(string markdown, string file, int firstLine, int shallowest)
{
    public string File => file;

    /// <summary>The brief's top Markdown heading level, which counts as level 1.</summary>
    public int Shallowest => shallowest;

    /// <summary>The model's blocks for the blocks of <paramref name="container"/>, in order.</summary>
    public List<Model.Block> Blocks(ContainerBlock container)
    {
        var outer = read;
        var result = read = [];
        foreach (var block in container)
        {
            // Set for each block as its reader starts: a reader asks before it reads what the block holds.
            AtStart = container is MarkdownDocument && result.Count == 0;
            if (BodyReader.Block(block, this) is { } model) result.Add(model);
        }
        read = outer;
        return result;
    }

    /// <summary>The blocks read so far in the container being read.</summary>
    List<Model.Block> read = [];

    /// <summary>
    /// The block read just before the one being read, in the same container, taken out of the body
    /// when it is what <paramref name="belongs"/> says belongs to that block (a table's caption line); else null.
    /// </summary>
    public Model.Block? TakePrevious(Func<Model.Block, bool> belongs)
    {
        if (read.Count == 0 || !belongs(read[^1])) return null;
        var previous = read[^1];
        read.RemoveAt(read.Count - 1);
        return previous;
    }

    /// <summary>The tables read so far: the number of the one being read, once its reader counts it.</summary>
    public int Tables { get; set; }

    /// <summary>The text of the line of the file a Markdown block starts on.</summary>
    public string SourceLine(MdBlock block)
    {
        var lines = markdown.Split('\n');
        return block.Line < lines.Length ? lines[block.Line] : "";
    }

    /// <summary>Whether the block being read opens the body: nothing printed stands before it.</summary>
    public bool AtStart { get; private set; }

    /// <summary>
    /// The line of the file a Markdown block starts on. Markdig gives a setext heading (its text
    /// over a line of === or ---) the line of that underline; its text starts where its span does.
    /// </summary>
    public int Line(MdBlock block) =>
        block is HeadingBlock { IsSetext: true } ? LineAt(block.Span.Start) : block.Line + firstLine;

    /// <summary>The line of the file a Markdown block ends on (its last character's).</summary>
    public int LastLine(MdBlock block) => LineAt(Math.Clamp(block.Span.End, 0, markdown.Length));

    /// <summary>The line of the file the body's character at <paramref name="offset"/> stands on.</summary>
    private int LineAt(int offset) => firstLine + markdown.AsSpan(0, offset).Count('\n');

    public SourceError Error(MdBlock block, string message) => new(file, Line(block), message);

    /// <summary>The text of a block's inlines as spans; anything but text and emphasis is refused at its line.</summary>
    public IReadOnlyList<Span> Spans(ContainerInline? inline)
    {
        var spans = new SpanBuilder();
        if (inline is not null) Collect(inline, bold: false, italic: false, spans);
        return spans.Build();
    }

    private void Collect(ContainerInline container, bool bold, bool italic, SpanBuilder spans)
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
                    Collect(strong, true, italic, spans);
                    break;
                case EmphasisInline em:
                    Collect(em, bold, true, spans);
                    break;
                case LineBreakInline { IsHard: true }:
                    // The house format fills a paragraph's lines itself; a forced break has no place
                    // in it, and merging it in silence would hide that the writer meant one.
                    throw new SourceError(file, firstLine + inline.Line,
                        "a hard line break (two spaces or a backslash at the end of the line) cannot be set in a brief; "
                        + "remove it to join the lines, or leave a blank line to start a new paragraph");
                case LineBreakInline:
                    spans.Break();
                    break;
                default:
                    throw new SourceError(file, firstLine + inline.Line, $"{Describe(inline)} cannot be printed in a brief; write it as plain text");
            }
        }
    }

    private static string Describe(Inline inline) => inline switch
    {
        Markdig.Extensions.Footnotes.FootnoteLink => "a footnote",
        LinkInline { IsImage: true } => "a picture inside a paragraph (a figure stands alone: a paragraph of its own, ![图1 标题](file.png))",
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

        /// <summary>Add leaves text pending (a flush is always followed by text), so that is where the last character is.</summary>
        private char? LastChar() => _text.Length > 0 ? _text[^1] : null;

        private void Flush()
        {
            if (_text.Length == 0) return;
            _spans.Add(new Span(_text.ToString(), _bold, _italic));
            _text.Clear();
        }

        public IReadOnlyList<Span> Build() { Flush(); return _spans; }
    }
}
