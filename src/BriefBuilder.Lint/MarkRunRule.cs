using BriefBuilder.Model;
using BriefBuilder.Source;

namespace BriefBuilder.Lint;

/// <summary>
/// Marks written as the wrong run of characters (GB/T 15834-2011 4.11, 4.9):
/// ellipsis — ... ...... 。。。 … ⋯ ··· instead of ……;
/// punct-doubled — 。。 ，， 、、 ；； ：： where one mark is meant;
/// dash — -- or ―― instead of the 破折号 ——; dash-single — a single — between Chinese
/// characters, a warning since a single — also joins the ends of a range (北京—上海).
/// </summary>
public sealed class MarkRunRule : Rule
{
    private const string Doubled = "。，、；：";

    public override IEnumerable<Finding> Check(LintInput input)
    {
        foreach (var line in input.Text)
        {
            for (var i = line.Start; i < line.End;)
            {
                var c = line[i];
                var end = i + 1;
                while (end < line.End && line[end] == c) end++;
                var run = end - i;
                var nearChinese = CharClass.IsWide(line.Before(i)) || CharClass.IsWide(line.After(end - 1));
                var finding = c switch
                {
                    '.' when run >= 3 && nearChinese => Ellipsis(input, line, i, run),
                    '。' when run >= 3 => Ellipsis(input, line, i, run),
                    '…' when run != 2 => Ellipsis(input, line, i, run),
                    '⋯' => Ellipsis(input, line, i, run),
                    '·' when run >= 3 => Ellipsis(input, line, i, run),
                    _ when run >= 2 && Doubled.Contains(c) => Fixable(input, line, "punct-doubled", $"'{c}' written {run} times",
                        $"write one '{c}'; brief lint --fix drops the rest", i, run, c.ToString()),
                    '-' or '―' when run >= 2 && nearChinese => Fixable(input, line, "dash", $"a dash written as '{line.Text[i..end]}'",
                        "the 破折号 is two em dashes '——' (GB/T 15834-2011 4.9); brief lint --fix writes it", i, run, "——"),
                    '—' when run == 1 && CharClass.IsWide(line.Before(i)) && CharClass.IsWide(line.After(i)) => Warning(input, line.Number, "dash-single",
                        "a single '—' between Chinese characters",
                        "a 破折号 is two em dashes '——'; a single '—' only joins the ends of a range, like 北京—上海"),
                    _ => null,
                };
                if (finding is not null) yield return finding;
                i = end;
            }
        }
    }

    private static Finding Ellipsis(LintInput input, TextLine line, int i, int run) =>
        Fixable(input, line, "ellipsis", $"an ellipsis written as '{line.Text.Substring(i, run)}'",
            "the ellipsis is two '…' marks: '……' (GB/T 15834-2011 4.11); brief lint --fix writes it", i, run, "……");
}
