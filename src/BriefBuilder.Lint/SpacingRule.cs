using BriefBuilder.Model;

namespace BriefBuilder.Lint;

/// <summary>
/// space-cjk: a space between two Chinese characters, or between one and a full-width mark,
/// prints as a gap in the line. The title and subtitle are left alone: a space there is the
/// house's way of parting a two-phrase title (践行“四敢”精神 全力打造产业创新集群).
/// space-odd: any other white space than the plain space (<see cref="CharClass.IsSpace"/>: the
/// ideographic space U+3000 that Word pastes as a paragraph's indent, a no-break space from a web
/// page): at the start or end of the text it is removed, since the house indents paragraphs
/// itself; elsewhere it becomes a plain space.
/// </summary>
public sealed class SpacingRule : Rule
{
    public override IEnumerable<Finding> Check(LintInput input)
    {
        foreach (var line in input.Text)
        {
            for (var i = line.Start; i < line.End; i++)
            {
                if (!CharClass.IsSpace(line[i])) continue;
                var end = i;
                while (end < line.End && CharClass.IsSpace(line[end])) end++;
                var odd = line.Text[i..end].FirstOrDefault(c => c is not (' ' or '\t'));
                var edge = i == line.Start || end == line.End;
                // Only marks right beside the space count: dropping a space next to ** could undo the emphasis.
                if (!line.FrontMatter && !edge && CharClass.IsWide(line[i - 1]) && CharClass.IsWide(line[end]))
                    yield return Fixable(input, line, "space-cjk", $"{(odd == 0 ? "a space" : $"a {CharClass.Describe(odd)}")} between '{line[i - 1]}' and '{line[end]}'",
                        "Chinese text takes no spaces; brief lint --fix removes it", i, end - i, "");
                else if (odd != 0 && edge)
                    yield return Fixable(input, line, "space-odd", $"a {CharClass.Describe(odd)} at the {(i == line.Start ? "start" : "end")} of the text",
                        "the house indents paragraphs itself; pasted from Word, 「　　」 would print as a wider indent; brief lint --fix removes it", i, end - i, "");
                else if (odd != 0)
                    yield return Fixable(input, line, "space-odd", $"a {CharClass.Describe(odd)}, which prints as a gap of its own width",
                        "write a plain space; brief lint --fix does it", i, end - i, " ");
                i = end;
            }
        }
    }
}
