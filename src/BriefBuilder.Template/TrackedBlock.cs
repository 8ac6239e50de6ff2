using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace BriefBuilder.Template;

/// <summary>
/// A body block as the template sees it, remembering the last template line that read one of its
/// members: where to point when none of its text reaches the output (see <see cref="BodyCoverage"/>).
/// </summary>
internal sealed class TrackedBlock(Model.Block block, string kind, IReadOnlyList<TrackedBlock> children) : ScriptObject
{
    public Model.Block Block { get; } = block;
    public string Kind { get; } = kind;

    /// <summary>The blocks of a quote; none for the others.</summary>
    public IReadOnlyList<TrackedBlock> Children { get; } = children;

    /// <summary>1-based line of the template; 0 while the template has not looked at the block.</summary>
    public int LastSeenLine { get; private set; }

    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        LastSeenLine = span.Start.Line + 1;
        return base.TryGetValue(context, span, member, out value);
    }
}
