using BriefBuilder.Model;
using Markdig.Syntax;

namespace BriefBuilder.Source.Blocks;

/// <summary>
/// A Markdown heading. A numbered heading takes the level of its number (一、 1, （一） 2, 1. 3,
/// （1） 4), so the Markdown marks cannot set it in the wrong font; lint reports the disagreement.
/// An unnumbered heading counts its level from the brief's shallowest, so a brief written from ##
/// builds as from #.
/// </summary>
internal static class HeadingReader
{
    public static Heading Read(HeadingBlock h, MarkdownBody body)
    {
        var spans = body.Spans(h.Inline);
        var level = HeadingNumber.Of(Span.Join(spans))?.Level ?? h.Level - body.Shallowest + 1;
        if (level > 4)
            throw body.Error(h, $"heading level {h.Level} is {level - 4} deeper than the house format's four levels, counted from this brief's shallowest heading ({new string('#', body.Shallowest)}); "
                + "number it (一、 （一） 1. （1）) or raise it");
        return new Heading(body.Line(h), level, spans) { LastLine = body.LastLine(h) };
    }
}
