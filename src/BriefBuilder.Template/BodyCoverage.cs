using BriefBuilder.Model;

namespace BriefBuilder.Template;

/// <summary>
/// The template's contract: every body block of the brief reaches the block XML. Checked by text,
/// in reading order: each heading's and paragraph's text must appear in the laid-out blocks after
/// the one before it. A template with no branch for a kind of block (or a branch that writes
/// nothing) then fails with the block and the template line, instead of printing without it.
/// </summary>
internal static class BodyCoverage
{
    public static void Check(IEnumerable<TrackedBlock> body, LayoutDocument layout, string briefFile, string templateFile)
    {
        var printed = string.Join('\n', layout.Flow.Concat(layout.Closing).Select(TextOf));
        var at = 0;
        foreach (var (block, seenBy) in Leaves(body, null))
        {
            var text = block.Block switch
            {
                Heading h => string.Concat(h.Spans.Select(s => s.Text)),
                Paragraph p => string.Concat(p.Spans.Select(s => s.Text)),
                _ => "",
            };
            if (text.Length == 0) continue;
            var found = printed.IndexOf(text, at, StringComparison.Ordinal);
            if (found >= 0)
            {
                at = found + text.Length;
                continue;
            }
            var line = block.LastSeenLine > 0 ? block.LastSeenLine : seenBy?.LastSeenLine ?? 0;
            var kind = seenBy is null ? block.Kind : $"{block.Kind} in a {seenBy.Kind}";
            throw new SourceError(templateFile, line,
                $"the {kind} at {FilePaths.Display(briefFile)}:{block.Block.Line} (“{Excerpt(text)}”) is not in the template's output: no branch writes it"
                + (line > 0 ? "; this is the last line that looked at it" : "; the template never looked at it"));
        }
    }

    /// <summary>Headings and paragraphs in reading order, each with the quote that holds it, if any.</summary>
    static IEnumerable<(TrackedBlock Block, TrackedBlock? Quote)> Leaves(IEnumerable<TrackedBlock> blocks, TrackedBlock? quote)
    {
        foreach (var block in blocks)
        {
            if (block.Block is Quote)
                foreach (var leaf in Leaves(block.Children, block)) yield return leaf;
            else
                yield return (block, quote);
        }
    }

    static string TextOf(LayoutBlock block) => block switch
    {
        LayoutParagraph p => p.Text,
        LayoutRow r => string.Concat(r.Left.Concat(r.Right).Select(run => run.Text)),
        _ => "",
    };

    static string Excerpt(string text) => text.Length <= 20 ? text : text[..20] + "…";
}
