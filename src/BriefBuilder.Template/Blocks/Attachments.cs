using BriefBuilder.Model;
using Scriban.Runtime;

namespace BriefBuilder.Template.Blocks;

/// <summary>
/// An attachment (附件): <c>b.title</c>, <c>b.number</c> of <c>b.of</c>, and <c>b.blocks</c>, the
/// blocks it holds, each written as a body block is.
/// </summary>
internal static class Attachments
{
    public static TrackedBlock Of(Attachment attachment)
    {
        var blocks = ScriptBlocks.Of(attachment.Blocks);
        return new TrackedBlock(attachment, blocks)
        {
            ["title"] = attachment.Title,
            ["number"] = attachment.Number,
            ["of"] = attachment.Of,
            ["blocks"] = new ScriptArray(blocks),
        };
    }
}
