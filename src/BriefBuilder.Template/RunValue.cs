using BriefBuilder.Model;
using Scriban.Runtime;

namespace BriefBuilder.Template;

/// <summary>
/// A run as the template handles it: a span of a body block (<c>text</c>, <c>bold</c>, <c>italic</c>)
/// or what <c>run TEXT STYLE</c> made (<c>text</c>, <c>style</c>). Written as content, it is that run.
/// </summary>
internal sealed class RunValue : ScriptObject
{
    RunValue(LayoutRun run)
    {
        Run = run;
        this["text"] = run.Text;
        this["style"] = run.Style;
        this["bold"] = run.Bold;
        this["italic"] = run.Italic;
    }

    public LayoutRun Run { get; }

    public static RunValue Of(Span span) => new(new LayoutRun(span.Text, Bold: span.Bold, Italic: span.Italic));

    public static RunValue Of(LayoutRun run) => new(run);
}
