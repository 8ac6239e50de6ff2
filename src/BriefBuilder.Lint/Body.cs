using BriefBuilder.Model;

namespace BriefBuilder.Lint;

/// <summary>The body as the structure checks walk it: quotes opened up, spans joined.</summary>
internal static class Body
{
    public static IEnumerable<Block> Flatten(IEnumerable<Block> blocks) => Block.Leaves(blocks);

    public static string Text(IEnumerable<Span> spans) => string.Concat(spans.Select(s => s.Text));
}
