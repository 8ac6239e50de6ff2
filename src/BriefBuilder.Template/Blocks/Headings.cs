using BriefBuilder.Model;

namespace BriefBuilder.Template.Blocks;

/// <summary>A heading: <c>b.level</c> (1 for 一、 to 4 for （1）) and <c>b.spans</c>.</summary>
internal static class Headings
{
    public static TrackedBlock Of(Heading heading)
    {
        var tracked = TextBlocks.Of(heading, heading.Spans);
        tracked["level"] = heading.Level;
        return tracked;
    }
}
