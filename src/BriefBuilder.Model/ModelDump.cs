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
        var text = new Writer();
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
        foreach (var block in brief.Body) Block(text, 2, block);
        return text.ToString();
    }

    static void Block(Writer text, int depth, Block block)
    {
        switch (block)
        {
            case Heading h:
                text.Line(depth, $"Heading {h.Level} (line {h.Line})");
                Spans(text, depth + 1, h.Spans);
                break;
            case Paragraph p:
                text.Line(depth, $"Paragraph (line {p.Line})");
                Spans(text, depth + 1, p.Spans);
                break;
            case Quote q:
                text.Line(depth, $"Quote (line {q.Line})");
                foreach (var inner in q.Blocks) Block(text, depth + 1, inner);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(block), block.GetType().Name, "no dump form for this block");
        }
    }

    static void Spans(Writer text, int depth, IEnumerable<Span> spans)
    {
        foreach (var s in spans)
            text.Line(depth, $"{(s.Bold ? "Bold " : "")}{(s.Italic ? "Italic " : "")}{Quote(s.Text)}");
    }

    /// <summary>What the template made: document properties, then the flow and the closing block, each block with its style and source.</summary>
    public static string Layout(LayoutDocument document)
    {
        var text = new Writer();
        var info = document.Info;
        text.Line(0, $"LayoutDocument title {Quote(info.Title)} author {Quote(info.Author)} subject {Quote(info.Subject)} date {info.Date:yyyy-MM-dd}");
        text.Line(1, $"Flow");
        foreach (var block in document.Flow) LayoutBlock(text, 2, block);
        text.Line(1, $"Closing");
        foreach (var block in document.Closing) LayoutBlock(text, 2, block);
        return text.ToString();
    }

    static void LayoutBlock(Writer text, int depth, LayoutBlock block)
    {
        var source = block.Source.Line > 0 ? $" ({FilePaths.Display(block.Source.File)}:{block.Source.Line})" : "";
        switch (block)
        {
            case LayoutParagraph p:
                text.Line(depth, $"p {p.Style}{source}");
                Runs(text, depth + 1, "", p.Runs);
                break;
            case LayoutRow r:
                text.Line(depth, $"row {r.Style}{source}");
                Runs(text, depth + 1, "left ", r.Left);
                Runs(text, depth + 1, "right ", r.Right);
                break;
            case LayoutRule r:
                text.Line(depth, $"rule {r.Style}{source}");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(block), block.GetType().Name, "no dump form for this block");
        }
    }

    static void Runs(Writer text, int depth, string side, IEnumerable<LayoutRun> runs)
    {
        foreach (var r in runs)
            text.Line(depth, $"{side}{(r.Style is null ? "" : $"[{r.Style}] ")}{(r.Bold ? "Bold " : "")}{(r.Italic ? "Italic " : "")}{Quote(r.Text)}");
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

    sealed class Writer
    {
        readonly StringBuilder text = new();
        public void Line(int depth, FormattableString line) => text.Append(' ', depth * 2).Append(line.ToString(CultureInfo.InvariantCulture)).Append('\n');
        public override string ToString() => text.ToString();
    }
}
