using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BriefBuilder.Template;

/// <summary>
/// The calls a template lays a brief out with. Each appends a typed block to the layout, so
/// nothing is printed and parsed back: a template needs no escaping, and an error names the line
/// of the call.
/// <code>
/// document TITLE AUTHOR SUBJECT DATE    the document's properties (DATE written YYYY-MM-DD)
/// paragraph STYLE CONTENT [SOURCE]      a paragraph in a paragraph style
/// row STYLE LEFT MIDDLE RIGHT [SOURCE]  one line: a part flush left, one centred, one flush right
/// rule STYLE [SOURCE]                   a rule across the text block, in a rule style
/// table STYLE ROWS [SOURCE]             a table in a table style: a body table, or a list of rows (lists of CONTENT), the first the header
/// figure STYLE BLOCK                    a figure block's picture, centred, in a figure style
/// closing                               the blocks after it are the closing block
/// run TEXT STYLE                        a run of text in a character style, for CONTENT
/// lines LIST                            the items of LIST with a line break between them, for CONTENT
/// </code>
/// </summary>
internal static class LayoutFunctions
{
    public static ScriptObject For(LayoutBuilder layout) => new()
    {
        ["document"] = new Function(4, 4, (at, a) => layout.Document(at, Text(a[0], at, "a document's title"), Text(a[1], at, "its author"), Text(a[2], at, "its subject"), Text(a[3], at, "its date"))),
        ["paragraph"] = new Function(2, 3, (at, a) => layout.Paragraph(at, Text(a[0], at, "a paragraph's style"), Content.Of(a[1], at, "a paragraph's content"), Content.Source(Optional(a, 2), at))),
        ["row"] = new Function(4, 5, (at, a) => layout.Row(at, Text(a[0], at, "a row's style"),
            Content.Of(a[1], at, "a row's left part"), Content.Of(a[2], at, "a row's middle part"), Content.Of(a[3], at, "a row's right part"), Content.Source(Optional(a, 4), at))),
        ["rule"] = new Function(1, 2, (at, a) => layout.Rule(at, Text(a[0], at, "a rule's style"), Content.Source(Optional(a, 1), at))),
        ["table"] = new Function(2, 3, (at, a) => layout.Table(at, Text(a[0], at, "a table's style"), a[1], Content.Source(Optional(a, 2), at))),
        ["figure"] = new Function(2, 2, (at, a) => layout.Figure(at, Text(a[0], at, "a figure's style"), a[1])),
        ["closing"] = new Function(0, 0, (at, _) => layout.Closing(at)),
        ["run"] = new ValueFunction(2, 2, (at, a) => layout.Run(at, Text(a[0], at, "a run's text"), Text(a[1], at, "a run's style"))),
        ["lines"] = new ValueFunction(1, 1, (_, a) => Lines(a[0])),
    };

    /// <summary>The items with a line break between each two: a title's lines.</summary>
    static ScriptArray Lines(object? list)
    {
        var lines = new ScriptArray();
        // Text is one item, though a string is enumerable; no `is { } items`, which Stryker cannot compile a mutant of.
        var items = list is string ? null : list as System.Collections.IEnumerable;
        foreach (var item in items ?? new[] { list })
        {
            if (lines.Count > 0) lines.Add(RunValue.Of(Model.LayoutRun.LineBreak));
            lines.Add(item);
        }
        return lines;
    }

    static object? Optional(ScriptArray arguments, int index) => index < arguments.Count ? arguments[index] : null;

    static string Text(object? value, ScriptNode at, string what) =>
        value as string ?? throw LayoutBuilder.Error(at, $"{what} must be text, not {(value is null ? "nothing (null)" : value.GetType().Name)}");

    /// <summary>A call that appends to the layout and gives back nothing, so it prints nothing.</summary>
    sealed class Function(int required, int count, Action<ScriptNode, ScriptArray> act) : ValueFunction(required, count, (at, a) =>
    {
        act(at, a);
        return null;
    });

    /// <summary>A call of the template, taking its arguments as they are (Scriban's own functions are made by reflection).</summary>
    class ValueFunction(int required, int count, Func<ScriptNode, ScriptArray, object?> call) : IScriptCustomFunction
    {
        public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            call(callerContext!, arguments);

        public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            new(Invoke(context, callerContext, arguments, blockStatement));

        public int RequiredParameterCount => required;
        public int ParameterCount => count;
        public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;
        public Type ReturnType => typeof(object);
        public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), $"argument{index + 1}");
    }
}
