using BriefBuilder.Source;

namespace BriefBuilder.Lint;

/// <summary>
/// markdown-mark: a Markdown mark that would reach the page as text, or make what a brief cannot
/// print: *, ** or _ that pair with nothing, # with no space after it, a backtick, [text](url).
/// In the body the build's own Markdown reading decides (<see cref="StrayMarks"/>); the title and
/// subtitle are plain text, where any star, underscore or backtick prints. A star meant as one is
/// written \*. Only the missing space of a numbered heading is fixed: elsewhere whether the mark
/// is to go or to be kept escaped is the editor's call.
/// </summary>
public sealed class MarkdownMarkRule : Rule
{
    private const string Code = "markdown-mark";

    public override IEnumerable<Finding> Check(LintInput input) =>
        Body(input.File, input.Lines, input.StrayMarks).Concat(FrontMatter(input));

    /// <summary>The findings for the body's stray marks; also used for a brief the Source stage refuses.</summary>
    public static IEnumerable<Finding> Body(string file, string[] lines, IReadOnlyList<StrayMark> marks) =>
        marks.Select(mark => mark.Kind switch
        {
            MarkKind.Emphasis => Emphasis(file, mark),
            MarkKind.Heading => Heading(file, lines, mark),
            MarkKind.Backtick when mark.Mark.Trim('`').Length > 0 => Error(file, mark.Line, Code, $"{mark.Mark} is inline code, which a brief cannot print",
                "delete the backticks: a brief has no code, and a quotation takes “”"),
            MarkKind.Backtick => Error(file, mark.Line, Code, $"'{mark.Mark}' would print as a backtick",
                "delete it (a quotation takes “”), or write \\` for a backtick in the text"),
            _ => Error(file, mark.Line, Code, "a link written [text](url): a brief prints no links, and these marks would be refused or printed",
                "keep the text without its brackets and drop the (address); where the reader needs the address, write it out in the sentence"),
        });

    private static Finding Emphasis(string file, StrayMark mark)
    {
        var (name, example) = mark.Mark[0] == '*'
            ? (mark.Mark.Length == 1 ? "a star" : "stars", mark.Mark.Length == 1 ? "*…*" : "**一是……。**")
            : (mark.Mark.Length == 1 ? "an underscore" : "underscores", mark.Mark.Length == 1 ? "_…_" : "__…__");
        var escaped = string.Concat(mark.Mark.Select(c => $"\\{c}"));
        return Error(file, mark.Line, Code, $"'{mark.Mark}' pairs with nothing and would print as {name}",
            $"close it where the emphasis ends ({example}), delete it, or write {escaped} for {name} in the text");
    }

    private static Finding Heading(string file, string[] lines, StrayMark mark)
    {
        var written = mark.Mark + mark.Heading;
        var meant = $"{mark.Mark} {mark.Heading}";
        if (HeadingNumber.Of(mark.Heading ?? "") is null)
            return Error(file, mark.Line, Code, $"'{written}' is no heading: without a space after '{mark.Mark}' it would print as a paragraph starting with '#'",
                $"write '{meant}' for a heading, or \\# for a # in the text");
        // The edit rewrites the heading from its marks on, so that --fix shows what it became.
        var line = lines[mark.Line - 1];
        var column = line.IndexOf(mark.Mark, StringComparison.Ordinal);
        var rest = line[(column + mark.Mark.Length)..];
        return Error(file, mark.Line, Code, $"'{written}' is no heading: without a space after '{mark.Mark}' it would print as a paragraph starting with '#'",
            $"write '{meant}'; brief lint --fix adds the space", new Edit(mark.Line, column, mark.Mark.Length + rest.Length, $"{mark.Mark} {rest}"));
    }

    /// <summary>The title and subtitle are printed as they are: no mark there is Markdown.</summary>
    private static IEnumerable<Finding> FrontMatter(LintInput input)
    {
        foreach (var line in input.Text.Where(l => l.FrontMatter))
        {
            var marks = line.Text[line.Start..line.End].Where(c => c is '*' or '_' or '`').Distinct().ToList();
            if (marks.Count > 0)
                yield return Error(input.File, line.Number, Code, $"'{string.Join("', '", marks)}' would print as it is: the title and subtitle are plain text, not Markdown",
                    "delete it: the title is set bold by the template, and no mark of the front matter makes emphasis");
        }
    }
}
