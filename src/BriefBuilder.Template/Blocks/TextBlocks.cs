using BriefBuilder.Model;

namespace BriefBuilder.Template.Blocks;

/// <summary>A block of text: <c>b.spans</c>, its text in pieces of one emphasis (<c>text</c>, <c>bold</c>, <c>italic</c>).</summary>
internal static class TextBlocks
{
    public static TrackedBlock Of(Block block, IEnumerable<Span> spans)
    {
        var tracked = new TrackedBlock(block, []);
        tracked["spans"] = new BlockSpans(tracked, spans.Select(RunValue.Of));
        return tracked;
    }
}
