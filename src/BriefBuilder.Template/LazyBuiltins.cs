using Scriban;
using Scriban.Functions;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BriefBuilder.Template;

/// <summary>
/// Scriban's built-in objects (html, array, string, math, date, …), each made the first time a
/// template names it. Scriban's own default set builds all of them up front by reflection, which
/// in the native program cost about a tenth of a whole one-brief build; the house template uses
/// two. A template sees the same names either way. Each object is made once per process and
/// shared, read-only, by every render (as Scriban shares its default set).
/// </summary>
internal sealed class LazyBuiltins : ScriptObject
{
    static readonly Dictionary<string, Lazy<object>> Builtins = new(StringComparer.Ordinal)
    {
        ["array"] = Shared(() => new ArrayFunctions()),
        ["blank"] = Shared(() => EmptyScriptObject.Default),
        ["date"] = Shared(() => new DateTimeFunctions()),
        ["empty"] = Shared(() => EmptyScriptObject.Default),
        ["html"] = Shared(() => new HtmlFunctions()),
        ["include"] = Shared(() => new IncludeFunction()),
        ["include_join"] = Shared(() => new IncludeJoinFunction()),
        ["math"] = Shared(() => new MathFunctions()),
        ["object"] = Shared(() => new ObjectFunctions()),
        ["regex"] = Shared(() => new RegexFunctions()),
        ["string"] = Shared(() => new StringFunctions()),
        ["timespan"] = Shared(() => new TimeSpanFunctions()),
    };

    /// <summary>Made once, on first need, and read-only, since every render shares it.</summary>
    static Lazy<object> Shared(Func<object> make) => new(() =>
    {
        var builtin = make();
        if (builtin is ScriptObject functions) functions.IsReadOnly = true;
        return builtin;
    });

    /// <summary>
    /// Starts making, in the background, the objects <paramref name="page"/> names: the reflection
    /// then runs while the brief is read, off the path to its first render.
    /// </summary>
    public static void Prepare(ScriptPage page)
    {
        var named = new NamedGlobals();
        named.Visit(page);
        // No `out var builtin` in a condition: Stryker cannot compile a mutant of an expression declaring a variable.
        foreach (var name in named.Names.Where(Builtins.ContainsKey))
        {
            var builtin = Builtins[name];
            _ = Task.Run(() => builtin.Value);
        }
    }

    public override bool Contains(string member) => base.Contains(member) || Builtins.ContainsKey(member);

    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        if (base.TryGetValue(context, span, member, out value)) return true;
        var builtin = Builtins.GetValueOrDefault(member);
        if (builtin is null) return false;
        value = builtin.Value;
        SetValue(member, value, readOnly: true);
        return true;
    }

    sealed class NamedGlobals : ScriptVisitor
    {
        public HashSet<string> Names { get; } = new(StringComparer.Ordinal);

        public override void Visit(ScriptVariableGlobal node)
        {
            Names.Add(node.Name);
            base.Visit(node);
        }
    }
}
