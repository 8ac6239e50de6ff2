using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace BriefBuilder.Template;

/// <summary>
/// A body block as the template sees it (<c>b.kind</c>, <c>b.line</c> and the members of its kind),
/// remembering whether a call wrote it (<see cref="Used"/>) and the last template line that read one
/// of its members: where to point when no call writes it (see <see cref="BodyCoverage"/>).
/// </summary>
internal sealed class TrackedBlock : ScriptObject
{
    /// <param name="writesItself">Whether a call writes the block itself though it holds blocks (a table, its caption).</param>
    public TrackedBlock(Model.Block block, IReadOnlyList<TrackedBlock> children, bool writesItself = false)
    {
        Block = block;
        Children = children;
        Writable = writesItself || children.Count == 0;
        this["kind"] = block.Kind;
        this["line"] = block.Line;
    }

    public Model.Block Block { get; }

    /// <summary>The tracked blocks it holds (a quote's); none for a block of text.</summary>
    public IReadOnlyList<TrackedBlock> Children { get; }

    /// <summary>Whether a call of the template must write it: a block of text, or a block written whole (a table).</summary>
    public bool Writable { get; }

    /// <summary>Whether a call of the template wrote it, as a block's content.</summary>
    public bool Used { get; set; }

    /// <summary>1-based line of the template; 0 while the template has not looked at the block.</summary>
    public int LastSeenLine { get; private set; }

    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        LastSeenLine = span.Start.Line + 1;
        return base.TryGetValue(context, span, member, out value);
    }
}

/// <summary>The spans of a block of text (<c>b.spans</c>): written as content, they write their block.</summary>
internal sealed class BlockSpans(TrackedBlock owner, IEnumerable<RunValue> spans) : ScriptArray(spans)
{
    public TrackedBlock Owner => owner;
}
