using BriefBuilder.Model;
using BriefBuilder.Source;

namespace BriefBuilder.Lint;

/// <summary>
/// space-cjk: a space between two Chinese characters, or between one and a full-width mark,
/// prints as a gap in the line. The title and subtitle are left alone: a space there is the
/// house's way of parting a two-phrase title (践行“四敢”精神 全力打造产业创新集群).
/// </summary>
public sealed class SpacingRule : Rule
{
    public override IEnumerable<Finding> Check(LintInput input)
    {
        foreach (var line in input.Text.Where(l => !l.FrontMatter))
        {
            for (var i = line.Start + 1; i < line.End; i++)
            {
                if (!IsSpace(line[i])) continue;
                var end = i;
                while (end < line.End && IsSpace(line[end])) end++;
                // Only marks right beside the space count: dropping a space next to ** could undo the emphasis.
                if (end < line.End && CharClass.IsWide(line[i - 1]) && CharClass.IsWide(line[end]))
                    yield return Error(input, line.Number, "space-cjk", $"a space between '{line[i - 1]}' and '{line[end]}'",
                        "Chinese text takes no spaces; brief lint --fix removes it", new Edit(line.Number, i, end - i, ""));
                i = end;
            }
        }
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\u3000';
}
