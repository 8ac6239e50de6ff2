using System.Text.RegularExpressions;
using BriefBuilder.Model;

namespace BriefBuilder.Lint.Blocks;

/// <summary>
/// Where the text of each kind of block stands in the file, for the character checks: its units
/// (a paragraph, a heading: what quotes and brackets must pair within), each a list of line
/// ranges with the markup before the text left out. Each kind is registered here in one line.
/// </summary>
internal sealed partial class TextUnits(string[] lines) : IBlockVisitor<IEnumerable<IReadOnlyList<TextRange>>>
{
    // Quote marks (>) and heading marks (#) in front of a body line; what follows is text.
    [GeneratedRegex(@"^(?:[ ]{0,3}>[ ]?)*(?:#{1,6}[ \t]+)?", RegexOptions.CultureInvariant)]
    private static partial Regex Markup();

    public IEnumerable<IReadOnlyList<TextRange>> Paragraph(Paragraph paragraph) => [Lines(paragraph)];
    public IEnumerable<IReadOnlyList<TextRange>> Heading(Heading heading) => [Lines(heading)];
    public IEnumerable<IReadOnlyList<TextRange>> Quote(Quote quote) => quote.Blocks.SelectMany(b => b.Accept(this));
    public IEnumerable<IReadOnlyList<TextRange>> EditorNote(EditorNote note) => note.Paragraphs.Select(Lines); // its ::: fences are markup
    public IEnumerable<IReadOnlyList<TextRange>> Table(Table table) => TableCells.Units(table, lines, Lines);
    public IEnumerable<IReadOnlyList<TextRange>> Figure(Figure figure) => [Caption(figure)];
    public IEnumerable<IReadOnlyList<TextRange>> Attachment(Attachment attachment) => [[Title(attachment)], .. attachment.Blocks.SelectMany(b => b.Accept(this))];

    /// <summary>
    /// A figure's caption: from after ![ on its first line to ]( on its last, since a long caption
    /// may run over lines; the file name is no text.
    /// </summary>
    private List<TextRange> Caption(Figure figure)
    {
        var ranges = Lines(figure);
        var open = lines[figure.Line - 1].IndexOf("![", StringComparison.Ordinal);
        var close = lines[figure.LastLine - 1].LastIndexOf("](", StringComparison.Ordinal);
        if (open < 0 || close < 0 || (ranges.Count == 1 && close <= open)) return [];
        ranges[0] = ranges[0] with { Start = open + 2 };
        ranges[^1] = ranges[^1] with { End = close };
        return ranges;
    }

    /// <summary>An attachment's title: its fence line after '::: 附件'.</summary>
    private TextRange Title(Attachment attachment)
    {
        var line = lines[attachment.Line - 1];
        var start = line.IndexOf(attachment.Title, StringComparison.Ordinal);
        return start >= 0 ? new TextRange(attachment.Line, start, start + attachment.Title.Length) : new TextRange(attachment.Line, line.Length, line.Length);
    }

    /// <summary>Every line of a block of text, from after its markup to the end of the line.</summary>
    private List<TextRange> Lines(Block block) =>
        Enumerable.Range(block.Line, block.LastLine - block.Line + 1)
            .Select(n => new TextRange(n, Markup().Match(lines[n - 1]).Length, lines[n - 1].Length))
            .Where(r => !lines[r.Line - 1].AsSpan(r.Start).IsWhiteSpace())
            .ToList();
}

/// <summary>The text of line <see cref="Line"/> from column <see cref="Start"/> up to <see cref="End"/>.</summary>
internal readonly record struct TextRange(int Line, int Start, int End);
