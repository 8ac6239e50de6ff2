using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BriefBuilder.Source;

/// <summary>A Markdown mark in a brief's body that would print as itself, or make what a brief cannot print.</summary>
/// <param name="Line">The line of the file it stands on.</param>
/// <param name="Mark">The mark as written: *, **, _, `, #, [text](url).</param>
/// <param name="Heading">For a # with no space after it: the text after the marks, which the editor meant as a heading.</param>
public sealed record StrayMark(int Line, MarkKind Kind, string Mark, string? Heading = null);

public enum MarkKind
{
    /// <summary>* ** _ __ that pair with nothing: they print as stars and underscores.</summary>
    Emphasis,
    /// <summary># at a line's start with no space after it: a paragraph starting with #, not a heading.</summary>
    Heading,
    /// <summary>A backtick left alone prints; a pair makes inline code, which a brief cannot print.</summary>
    Backtick,
    /// <summary>[text](url): a link a brief cannot print, or brackets and an address that print as text.</summary>
    Link,
}

/// <summary>
/// Finds the Markdown marks of a brief's body that would reach the page as text, read with the
/// build's own pipeline (<see cref="MarkdownSyntax"/>), so lint names exactly the stars the build
/// would print. A mark escaped with a backslash (\*) is meant, and prints; it is never named.
/// </summary>
public static class StrayMarks
{
    /// <param name="body">The Markdown below the front matter.</param>
    /// <param name="firstLine">The line of the file the body starts on.</param>
    public static IReadOnlyList<StrayMark> In(string body, string file, int firstLine)
    {
        var found = new List<StrayMark>();
        var lines = body.Split('\n');
        foreach (var block in MarkdownSyntax.Parse(body, file, firstLine).Descendants<LeafBlock>())
        {
            if (block is ParagraphBlock { Inline: { } paragraph }) HeadingMarks(paragraph, lines, firstLine, found);
            if (block.Inline is not null) InlineMarks(block.Inline, firstLine, found);
        }
        return found;
    }

    /// <summary>
    /// A line of the paragraph that starts with # (after any quote marks): a heading missing its
    /// space. Markdig keeps no lines of a paragraph once it is read, so a line's start is where
    /// the paragraph's text starts, or follows a line break.
    /// </summary>
    static void HeadingMarks(ContainerInline paragraph, string[] lines, int firstLine, List<StrayMark> found)
    {
        var lineStart = true;
        foreach (var inline in paragraph)
        {
            if (lineStart && inline is LiteralInline { IsFirstCharacterEscaped: false } literal && literal.Content.CurrentChar == '#')
            {
                var text = lines[literal.Line].TrimStart(' ', '>');
                var marks = text.Length - text.TrimStart('#').Length;
                found.Add(new StrayMark(firstLine + literal.Line, MarkKind.Heading, text[..marks], text[marks..].Trim()));
            }
            lineStart = inline is LineBreakInline;
        }
    }

    static void InlineMarks(ContainerInline container, int firstLine, List<StrayMark> found)
    {
        foreach (var inline in container.Descendants<Inline>())
        {
            var line = firstLine + inline.Line;
            switch (inline)
            {
                case LiteralInline literal:
                    var text = literal.Content.ToString();
                    // An escaped mark (\*) is one character of its own literal, flagged as escaped.
                    if (literal.IsFirstCharacterEscaped) break;
                    foreach (var run in Runs(text, "*_`"))
                        found.Add(new StrayMark(line, run[0] == '`' ? MarkKind.Backtick : MarkKind.Emphasis, run));
                    if (text.Contains("](", StringComparison.Ordinal))
                        found.Add(new StrayMark(line, MarkKind.Link, "[text](url)"));
                    break;
                case CodeInline code:
                    // As many backticks as were written: ``a`b`` is one span of code, not `a`b`.
                    var ticks = new string(code.Delimiter, code.DelimiterCount);
                    found.Add(new StrayMark(line, MarkKind.Backtick, ticks + code.Content + ticks));
                    break;
                case LinkInline { IsImage: false }:
                    found.Add(new StrayMark(line, MarkKind.Link, "[text](url)"));
                    break;
            }
        }
    }

    /// <summary>Each run of one of <paramref name="marks"/> in <paramref name="text"/> (** is one run).</summary>
    static IEnumerable<string> Runs(string text, string marks)
    {
        for (var i = 0; i < text.Length;)
        {
            if (!marks.Contains(text[i])) { i++; continue; }
            var end = i + 1;
            while (end < text.Length && text[end] == text[i]) end++;
            yield return text[i..end];
            i = end;
        }
    }
}
