using BriefBuilder.Model;
using BriefBuilder.Source;

namespace BriefBuilder.Lint;

/// <summary>
/// heading-sequence: heading numbers run 一、二、三、 with no gap or repeat, and （一） 1. （1）
/// start again under each heading of a higher level. heading-level: a numbered heading's #
/// marks (counted from the brief's shallowest) disagree with its number; a warning, since the
/// build sets it at the level of its number anyway.
/// </summary>
public sealed class HeadingRules : Rule
{
    public override IEnumerable<Finding> Check(LintInput input)
    {
        var headings = Body.Flatten(input.Brief.Body).OfType<Heading>().ToList();
        if (headings.Count == 0) yield break;
        var shallowest = headings.Min(h => input.Marks(h.Line));
        var last = new int[5]; // last number seen at each level 1–4 under the current parent; 0: none yet
        foreach (var heading in headings)
        {
            // Not `is not { } number`: Stryker cannot compile its mutants of such a method.
            var number = HeadingNumber.Of(Body.Text(heading.Spans));
            if (number is null) continue;
            var marks = input.Marks(heading.Line);
            var marked = marks - shallowest + 1;
            if (marked != number.Level)
                yield return Warning(input, heading.Line, "heading-level",
                    $"{HeadingNumber.Write(number.Level, number.Value)} is a level-{number.Level} number under {new string('#', marks)}, a level-{marked} mark",
                    $"write {new string('#', shallowest + number.Level - 1)} before it; the build sets it at level {number.Level} either way");
            var expected = last[number.Level] + 1;
            if (number.Value != expected)
            {
                var what = last[number.Level] == 0
                    ? $"the first heading of its level here is {Write(number)}"
                    : $"{Write(number)} follows {HeadingNumber.Write(number.Level, last[number.Level])}";
                yield return Error(input, heading.Line, "heading-sequence", what,
                    $"expected {HeadingNumber.Write(number.Level, expected)}: numbers run without gaps or repeats and start again under each higher heading");
            }
            last[number.Level] = number.Value;
            Array.Clear(last, number.Level + 1, 4 - number.Level);
        }
    }

    private static string Write(HeadingNumber n) => HeadingNumber.Write(n.Level, n.Value);
}
