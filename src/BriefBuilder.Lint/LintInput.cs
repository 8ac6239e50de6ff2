using System.Text.RegularExpressions;
using BriefBuilder.Model;
using BriefBuilder.Source;

namespace BriefBuilder.Lint;

/// <summary>
/// A brief as lint sees it: the Source stage's model (headings with their levels, paragraphs
/// with their lines) for the structure checks, and the text lines with the markup set aside
/// for the character checks, so every finding names its line and a fix edits only that line.
/// </summary>
public sealed record LintInput(string File, string[] Lines, IReadOnlyList<TextLine> Text, Brief Brief)
{
    // Quote marks (>) and heading marks (#) in front of a body line; what follows is text.
    private static readonly Regex Markup = new(@"^(?:[ ]{0,3}>[ ]?)*(?<heading>#{1,6}[ \t]+)?", RegexOptions.CultureInvariant);

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
                result.Add(value.Column is { } column
                    ? new TextLine(value.Line, lines[value.Line - 1], column, column + value.Text.Length, unit, FrontMatter: true)
                    : new TextLine(value.Line, value.Text, 0, value.Text.Length, unit, FrontMatter: true, Editable: false));
            unit++;
        }
        var inComment = false;
        for (var i = FrontMatterEnd(lines) + 1; i < lines.Length; i++)
        {
            var line = lines[i];
            // An HTML comment is a note to the editor (import keeps figure captions so); it is not printed.
            if (inComment || line.TrimStart().StartsWith("<!--", StringComparison.Ordinal))
            {
                inComment = !line.Contains("-->", StringComparison.Ordinal);
                unit++;
                continue;
            }
            var markup = Markup.Match(line);
            var start = markup.Length;
            if (line.AsSpan(start).IsWhiteSpace()) { unit++; continue; }
            var heading = markup.Groups["heading"].Success;
            if (heading) unit++;
            result.Add(new TextLine(i + 1, line, start, line.Length, unit, FrontMatter: false));
            if (heading) unit++;
        }
        return new LintInput(file, lines, result, brief);
    }

    /// <summary>The 0-based index of the closing '---' (the reader has checked that there is one).</summary>
    private static int FrontMatterEnd(string[] lines) => Array.FindIndex(lines, 1, l => l.TrimEnd() == "---");

    /// <summary>The number of # marks on line <paramref name="number"/>, 0 when it is not a heading line.</summary>
    public int Marks(int number)
    {
        var line = Lines[number - 1].TrimStart(' ', '>');
        var marks = 0;
        while (marks < line.Length && line[marks] == '#') marks++;
        return marks;
    }
}
