using Scriban;
using Scriban.Functions;
using Scriban.Parsing;
using Scriban.Runtime;

namespace BriefBuilder.Template;

/// <summary>
/// Scriban's built-in objects (html, array, string, math, date, …), each made the first time a
/// template names it. Scriban's own default set builds all of them up front by reflection, which
/// in the native program cost about a tenth of a whole one-brief build; the house template uses
/// two. A template sees the same names either way.
/// </summary>
internal sealed class LazyBuiltins : ScriptObject
{
    static readonly Dictionary<string, Func<object>> Makers = new(StringComparer.Ordinal)
    {
        ["array"] = () => new ArrayFunctions(),
        ["blank"] = () => EmptyScriptObject.Default,
        ["date"] = () => new DateTimeFunctions(),
        ["empty"] = () => EmptyScriptObject.Default,
        ["html"] = () => new HtmlFunctions(),
        ["include"] = () => new IncludeFunction(),
        ["include_join"] = () => new IncludeJoinFunction(),
        ["math"] = () => new MathFunctions(),
        ["object"] = () => new ObjectFunctions(),
        ["regex"] = () => new RegexFunctions(),
        ["string"] = () => new StringFunctions(),
        ["timespan"] = () => new TimeSpanFunctions(),
    };

    public override bool Contains(string member) => base.Contains(member) || Makers.ContainsKey(member);

    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        if (base.TryGetValue(context, span, member, out value)) return true;
        if (!Makers.TryGetValue(member, out var make)) return false;
        value = make();
        SetValue(member, value, readOnly: true);
        return true;
    }
}
