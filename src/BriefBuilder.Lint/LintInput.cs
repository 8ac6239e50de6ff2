using BriefBuilder.Lint.Blocks;
using BriefBuilder.Model;
using BriefBuilder.Source;

namespace BriefBuilder.Lint;

/// <summary>
/// A brief as lint sees it: the Source stage's model (headings with their levels, paragraphs
/// with their lines) for the structure checks, and the text lines with the markup set aside
/// for the character checks, so every finding names its line and a fix edits only that line.
/// </summary>
/// <param name="StrayMarks">The body's Markdown marks that would print as text (<see cref="Source.StrayMarks"/>).</param>
public sealed record LintInput(string File, string[] Lines, IReadOnlyList<TextLine> Text, Brief Brief, IReadOnlyList<StrayMark> StrayMarks)
{
    /// <summary>The front-matter keys whose values are printed as text and so are checked too.</summary>
    public static readonly string[] TextKeys = ["title", "subtitle"];

    public static LintInput Parse(string text, string file)
    {
        var brief = BriefReader.Parse(text, file);
        var lines = text.Split('\n');
        var result = new List<TextLine>();
        var unit = 0;
        // The values YAML reads, not the lines: a list's brackets and commas, quotes and escapes are YAML's, not the title's.
        foreach (var key in FrontMatterReader.TextValues(text, file, TextKeys).GroupBy(v => v.Key))
        {
            foreach (var value in key)
                // Column.Value, not `is { } column`: Stryker cannot compile a mutant of a method with such a pattern variable.
                result.Add(value.Column is not null
                    ? new TextLine(value.Line, lines[value.Line - 1], value.Column.Value, value.Column.Value + value.Text.Length, unit, FrontMatter: true)
                    : new TextLine(value.Line, value.Text, 0, value.Text.Length, unit, FrontMatter: true, Editable: false));
            unit++;
        }
        // The body's text, kind by kind: markup (> and #, a marked block's fences) and what prints nothing (comments) are left out.
        var units = new TextUnits(lines);
        foreach (var block in brief.Body)
            foreach (var ranges in block.Accept(units))
            {
                result.AddRange(ranges.Select(r => new TextLine(r.Line, lines[r.Line - 1], r.Start, r.End, unit, FrontMatter: false)));
                unit++;
            }
        return new LintInput(file, lines, result, brief, StrayMarksOf(lines, file));
    }

    /// <summary>
    /// The stray marks of a brief's lines; also of a brief the Source stage refuses, since a link
    /// or inline code is one reason it does. None when the front matter is not closed, or the
    /// body nests too deeply to be read: the reader's own error says so.
    /// </summary>
    public static IReadOnlyList<StrayMark> StrayMarksOf(string[] lines, string file)
    {
        var end = FrontMatterEnd(lines);
        if (end < 0) return [];
        try
        {
            return Source.StrayMarks.In(string.Join('\n', lines[(end + 1)..]), file, end + 2);
        }
        catch (SourceError)
        {
            return [];
        }
    }

    /// <summary>The 0-based index of the closing '---', or -1 when there is none (the reader refuses that brief).</summary>
    private static int FrontMatterEnd(string[] lines) => lines.Length > 1 && lines[0].TrimEnd() == "---" ? Array.FindIndex(lines, 1, l => l.TrimEnd() == "---") : -1;

    /// <summary>The number of # marks on line <paramref name="number"/>, 0 when it is not a heading line.</summary>
    public int Marks(int number)
    {
        var line = Lines[number - 1].TrimStart(' ', '>');
        var marks = 0;
        while (marks < line.Length && line[marks] == '#') marks++;
        return marks;
    }
}
