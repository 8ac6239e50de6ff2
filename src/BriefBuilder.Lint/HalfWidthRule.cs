using BriefBuilder.Model;
using BriefBuilder.Source;

namespace BriefBuilder.Lint;

/// <summary>
/// punct-halfwidth: a half-width , . : ; ? ! ( ) or straight quote in Chinese text, where GB/T
/// 15834-2011 wants the full-width mark. A mark counts as in Chinese text when a Chinese
/// character or full-width mark stands beside it (a pair of brackets or quotes: beside it or
/// inside it). Straight quotes are fixed only when they pair up on their line, since which one
/// opens is otherwise a guess.
/// </summary>
public sealed class HalfWidthRule : Rule
{
    private const string Code = "punct-halfwidth";
    private const string Half = ",;:?!";
    private const string Full = "，；：？！";

    public override IEnumerable<Finding> Check(LintInput input)
    {
        foreach (var line in input.Text)
        {
            for (var i = line.Start; i < line.End; i++)
            {
                var c = line[i];
                var k = Half.IndexOf(c);
                if (k >= 0 && NearWide(line, i))
                    yield return Fix(input, line, i, Full[k]);
                else if (c == '.' && IsFullStop(line, i))
                    yield return Fix(input, line, i, '。');
            }
            foreach (var finding in Brackets(input, line)) yield return finding;
            foreach (var finding in Quotes(input, line, '"', '“', '”')) yield return finding;
            foreach (var finding in Quotes(input, line, '\'', '‘', '’')) yield return finding;
        }
    }

    /// <summary>
    /// Whether a Chinese character or full-width mark stands beside the mark at <paramref name="i"/>,
    /// looking through the marks of a run like ",?!" that all turn full-width together.
    /// </summary>
    private static bool NearWide(TextLine line, int i)
    {
        var (left, right) = (i, i);
        while (Half.Contains(line.Before(left)) && line.Before(left) != '\0') left = line.Text.LastIndexOf(line.Before(left), left - 1);
        while (Half.Contains(line.After(right)) && line.After(right) != '\0') right = line.Text.IndexOf(line.After(right), right + 1);
        return Wide(line.Before(left)) || Wide(line.After(right));
    }

    /// <summary>
    /// A point after a Chinese character that ends the sentence: Chinese, a space or the end after
    /// it, so not a decimal point, nor part of ... (the ellipsis rule's).
    /// </summary>
    private static bool IsFullStop(TextLine line, int i)
    {
        // A local, not `is var next`: Stryker cannot compile a mutant of an expression declaring a variable.
        var next = line.After(i);
        return Wide(line.Before(i)) && (Wide(next) || next is '\0' or ' ');
    }

    private static IEnumerable<Finding> Brackets(LintInput input, TextLine line)
    {
        var open = new Stack<int>();
        var found = new List<Finding>();
        for (var i = line.Start; i < line.End; i++)
        {
            if (line[i] == '(') open.Push(i);
            else if (line[i] == ')' && open.Count > 0)
            {
                var o = open.Pop();
                if (Chinese(line, o, i))
                {
                    found.Add(Fix(input, line, o, '（'));
                    found.Add(Fix(input, line, i, '）'));
                }
            }
        }
        return found;
    }

    private static IEnumerable<Finding> Quotes(LintInput input, TextLine line, char straight, char opening, char closing)
    {
        var at = new List<int>();
        for (var i = line.Start; i < line.End; i++)
            if (line[i] == straight) at.Add(i);
        if (at.Count % 2 == 1)
        {
            // Which of an odd number of quotes opens is a guess: report those in Chinese text, fix none.
            foreach (var i in at.Where(i => Wide(line.Before(i)) || Wide(line.After(i))))
                yield return Error(input, line.Number, Code, $"half-width quote {straight} in Chinese text, and its line holds an odd number of them",
                    $"write {opening}…{closing} by hand: which quote opens cannot be told");
            yield break;
        }
        for (var p = 0; p < at.Count; p += 2)
        {
            var (o, c) = (at[p], at[p + 1]);
            // An apostrophe pair ('s … 't) in Latin text is not a quotation.
            if (straight == '\'' && line.Text[(o + 1)..c].Any(char.IsAsciiLetter)) continue;
            if (!Chinese(line, o, c)) continue;
            yield return Fix(input, line, o, opening);
            yield return Fix(input, line, c, closing);
        }
    }

    /// <summary>A pair from <paramref name="o"/> to <paramref name="c"/> is in Chinese text when Chinese stands beside or inside it.</summary>
    private static bool Chinese(TextLine line, int o, int c) =>
        Wide(line.Before(o)) || Wide(line.After(c)) || line.Text.AsSpan(o + 1, c - o - 1).ContainsAnyInRange('\u2E80', '\uFFEF');

    /// <summary>
    /// Whether a neighbour makes the text Chinese: a wide character, but not a full-width digit,
    /// which digit-fullwidth makes half width. So in １.发布 or １,０００元 the mark is a digit's,
    /// and stays: fixed as Chinese it would give 1。发布 and 1，000元.
    /// </summary>
    private static bool Wide(char c) => CharClass.IsWide(c) && c is not (>= '０' and <= '９');

    private static Finding Fix(LintInput input, TextLine line, int i, char full) =>
        Fixable(input, line, Code, $"half-width '{line[i]}' in Chinese text",
            $"write '{full}': Chinese text takes full-width marks (GB/T 15834-2011); brief lint --fix does it", i, 1, full.ToString());
}
