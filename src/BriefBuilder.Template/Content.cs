using System.Collections;
using System.Globalization;
using BriefBuilder.Model;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BriefBuilder.Template;

/// <summary>
/// What a template passes to a call as a block's content: text, a run, a body block (its spans) or
/// its spans, a list of these; or, as a block's source, a line number. Body blocks passed are marked
/// written. Adjacent runs that look alike become one, so how the template cut its text never shows.
/// </summary>
internal sealed class Content
{
    readonly List<LayoutRun> runs = [];
    readonly List<TrackedBlock> blocks = [];

    public IReadOnlyList<LayoutRun> Runs => runs;

    /// <summary>The body blocks it writes, in order.</summary>
    public IReadOnlyList<TrackedBlock> Blocks => blocks;

    /// <summary>The line number it was, when it was one.</summary>
    public int? Line { get; private set; }

    public static Content Of(object? value, ScriptNode at, string what)
    {
        var content = new Content();
        content.Add(value, at, what);
        return content;
    }

    /// <summary>A block's source: a line of the brief, or a body block (whose line it is); null when none is given.</summary>
    public static Content? Source(object? value, ScriptNode at)
    {
        if (value is null) return null;
        if (value is int or long) return new Content { Line = Convert.ToInt32(value, CultureInfo.InvariantCulture) };
        // Not `is TrackedBlock block`: Stryker cannot compile a mutant of a condition declaring a variable.
        var block = value as TrackedBlock;
        if (block is not null) return new Content { blocks = { block } };
        throw LayoutBuilder.Error(at, $"a block's source is a line of the brief (a number such as brief.key_lines.title) or a body block, not {Describe(value)}");
    }

    void Add(object? value, ScriptNode at, string what)
    {
        switch (value)
        {
            case null:
                break;
            case string text:
                Append(new LayoutRun(text));
                break;
            case RunValue run:
                Append(run.Run);
                break;
            case BlockSpans spans:
                Write(spans.Owner, at, what);
                break;
            case TrackedBlock block:
                Write(block, at, what);
                break;
            case int or long:
                Append(new LayoutRun(Convert.ToString(value, CultureInfo.InvariantCulture)!));
                break;
            case IEnumerable list and not ScriptObject:
                foreach (var item in list) Add(item, at, what);
                break;
            default:
                throw LayoutBuilder.Error(at, $"{what} is text, a run, a body block or a list of them, not {Describe(value)}");
        }
    }

    void Write(TrackedBlock block, ScriptNode at, string what)
    {
        if (block.Block is Table)
            throw LayoutBuilder.Error(at, $"{what} cannot be a table: write it with table STYLE b, and its caption (b.caption) with paragraph");
        if (block.Block is Model.Figure)
            throw LayoutBuilder.Error(at, $"{what} cannot be the figure of the brief's line {block.Block.Line} (“{block.Block.Text}”), which is a picture: draw it with figure STYLE b, and its caption as text (b.caption)");
        // Not `is not BlockSpans spans`: Stryker cannot compile its mutants of such a method.
        var spans = block["spans"] as BlockSpans;
        if (spans is null)
            throw LayoutBuilder.Error(at, $"{what} cannot be the {block.Block.Kind} of the brief's line {block.Block.Line} (“{block.Block.Text}”), which holds blocks: write each of them (b.blocks)");
        block.Used = true;
        blocks.Add(block);
        foreach (var run in spans.OfType<RunValue>()) Append(run.Run);
    }

    void Append(LayoutRun run)
    {
        if (run.Text.Length == 0) return;
        var last = runs.Count > 0 ? runs[^1] : null;
        if (last is not null && !last.IsLineBreak && !run.IsLineBreak
            && last.Style == run.Style && last.Bold == run.Bold && last.Italic == run.Italic)
            runs[^1] = last with { Text = last.Text + run.Text };
        else runs.Add(run);
    }

    static string Describe(object value) => value switch
    {
        bool b => b ? "true" : "false",
        double or float or decimal => $"the number {Convert.ToString(value, CultureInfo.InvariantCulture)}",
        ScriptObject => "an object",
        _ => $"a {value.GetType().Name}",
    };
}
