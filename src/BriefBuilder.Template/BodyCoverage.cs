using BriefBuilder.Model;

namespace BriefBuilder.Template;

/// <summary>
/// The template's contract: every body block of the brief is written by a call of the template,
/// checked by identity (the block itself was passed as content, not text that looks like it). A
/// template with no branch for a kind of block (or a branch that writes nothing) then fails with
/// the block and the template line, instead of printing without it.
/// </summary>
internal static class BodyCoverage
{
    public static void Check(IEnumerable<TrackedBlock> body, string briefFile, string templateFile)
    {
        foreach (var (block, container) in Writable(body, null))
        {
            if (block.Used) continue;
            var line = block.LastSeenLine > 0 ? block.LastSeenLine : container?.LastSeenLine ?? 0;
            var kind = container is null ? block.Block.Kind : $"{block.Block.Kind} in a {container.Block.Kind}";
            throw new SourceError(templateFile, line,
                $"the {kind} at {FilePaths.Display(briefFile)}:{block.Block.Line} (“{Excerpt(block.Block.Text)}”) is not in the template's output: no branch writes it"
                + (line > 0 ? "; this is the last line that looked at it" : "; the template never looked at it"));
        }
    }

    /// <summary>The blocks a call must write in reading order, each with the block that holds it, if any.</summary>
    static IEnumerable<(TrackedBlock Block, TrackedBlock? Container)> Writable(IEnumerable<TrackedBlock> blocks, TrackedBlock? container)
    {
        foreach (var block in blocks)
        {
            if (block.Writable) yield return (block, container);
            foreach (var inner in Writable(block.Children, block)) yield return inner;
        }
    }

    static string Excerpt(string text) => text.Length <= 20 ? text : text[..20] + "…";
}
