using BriefBuilder.Model;
using Scriban.Runtime;

namespace BriefBuilder.Template.Blocks;

/// <summary>A block quote: <c>b.blocks</c>, the blocks it holds, each written as a body block is.</summary>
internal static class Quotes
{
    public static TrackedBlock Of(Quote quote)
    {
        var blocks = ScriptBlocks.Of(quote.Blocks);
        return new TrackedBlock(quote, blocks) { ["blocks"] = new ScriptArray(blocks) };
    }
}
