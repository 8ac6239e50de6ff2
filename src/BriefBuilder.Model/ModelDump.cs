using System.Globalization;
using System.Text;

namespace BriefBuilder.Model;

/// <summary>
/// The document model and the layout model as plain text, one item a line, indented by nesting,
/// every string quoted with its escapes visible: what <c>brief build --dump brief|blocks</c>
/// prints (as pandoc's <c>-t native</c> does). The same model always gives the same text.
/// </summary>
public static class ModelDump
{
    /// <summary>A parsed brief: front matter with each key's source line, then the body blocks with theirs.</summary>
    public static string Brief(Brief brief)
    {
        var text = new DumpWriter();
        var f = brief.Front;
        text.Line(0, $"Brief {Quote(brief.File)}");
        text.Line(1, $"Front");
        string At(string key) => f.KeyLines.TryGetValue(key, out var line) ? $" (line {line})" : " (default)";
        text.Line(2, $"issue {f.Issue}{At("issue")}");
        text.Line(2, $"total {f.Total}{At("total")}");
        text.Line(2, $"date {f.Date:yyyy-MM-dd}{At("date")}");
        text.Line(2, $"recipients [{string.Join(", ", f.Recipients.Select(Quote))}]{At("recipients")}");
        text.Line(2, $"title {Quote(f.Title)}{At("title")}");
        text.Line(2, $"subtitle {Optional(f.Subtitle)}{At("subtitle")}");
        text.Line(2, $"editor {Optional(f.Editor)}{At("editor")}");
        text.Line(2, $"phone {Optional(f.Phone)}{At("phone")}");
        text.Line(2, $"copies {(f.Copies is { } c ? c.ToString(CultureInfo.InvariantCulture) : "null")}{At("copies")}");
        text.Line(1, $"Body");
        foreach (var block in brief.Body) block.Dump(text, 2);
        return text.ToString();
    }

    /// <summary>What the template made: document properties, then the flow and the closing block, each block with its style and source.</summary>
    public static string Layout(LayoutDocument document)
    {
        var text = new DumpWriter();
        var info = document.Info;
        text.Line(0, $"LayoutDocument title {Quote(info.Title)} author {Quote(info.Author)} subject {Quote(info.Subject)} date {info.Date:yyyy-MM-dd}");
        text.Line(1, $"Flow");
        foreach (var block in document.Flow) block.Dump(text, 2);
        text.Line(1, $"Closing");
        foreach (var block in document.Closing) block.Dump(text, 2);
        return text.ToString();
    }

    static string Optional(string? s) => s is null ? "null" : Quote(s);

    /// <summary>
    /// Double-quoted; backslash and quote escaped, and every character that does not show as
    /// itself (<see cref="CharClass.Treatment"/>: controls, zero-width and pasted invisibles, the
    /// odd spaces such as a no-break space) written as \uXXXX, so a tab, U+00AD or U+FFFE shows.
    /// </summary>
    public static string Quote(string s)
    {
        var q = new StringBuilder("\"");
        foreach (var rune in s.EnumerateRunes())
        {
            if (rune.Value is '"' or '\\') q.Append('\\').Append((char)rune.Value);
            else if (rune.Value != ' ' && (CharClass.Treatment(rune.Value) != CharTreatment.Prints || CharClass.IsSpace(rune.Value) || rune.Value is '\n' or '\r'))
                q.Append(rune.IsBmp ? "\\u" : "\\U").Append(rune.Value.ToString(rune.IsBmp ? "X4" : "X8", CultureInfo.InvariantCulture));
            else q.Append(rune.ToString());
        }
        return q.Append('"').ToString();
    }
}

/// <summary>Lines indented by nesting, two spaces a level, formatted without regard to the machine's culture.</summary>
internal sealed class DumpWriter
{
    readonly StringBuilder text = new();
    public void Line(int depth, FormattableString line) => text.Append(' ', depth * 2).Append(line.ToString(CultureInfo.InvariantCulture)).Append('\n');
    public override string ToString() => text.ToString();
}
