using BriefBuilder.Model;
using BriefBuilder.Source;

namespace BriefBuilder.Lint;

/// <summary>
/// heading-sequence: heading numbers run 一、二、三、 with no gap or repeat, and （一） 1. （1）
/// start again under each heading of a higher level, and in each attachment. heading-level: a numbered heading's #
/// marks (counted from the brief's shallowest) disagree with its number; a warning, since the
/// build sets it at the level of its number anyway. A line like #四、几点启示, a heading missing
/// the space after its #, counts as the heading it was meant to be: markdown-mark names it, and
/// the sequence is not then blamed on the next heading.
/// </summary>
public sealed class HeadingRules : Rule
{
    /// <param name="Section">0 in the body, n in the nth attachment.</param>
    private sealed record Numbered(int Line, int Marks, HeadingNumber Number, int Section);

    public override IEnumerable<Finding> Check(LintInput input)
    {
        var headings = Body.Flatten(input.Brief.Body).OfType<Heading>()
            .Select(h => (h.Line, Text: Body.Text(h.Spans)))
            .Concat(input.StrayMarks.Where(m => m.Kind == MarkKind.Heading).Select(m => (m.Line, Text: m.Heading ?? "")))
            .OrderBy(h => h.Line).ToList();
        if (headings.Count == 0) yield break;
        var shallowest = headings.Min(h => input.Marks(h.Line));
        // Each attachment is a document of its own: its headings number afresh from 一、.
        var attachments = input.Brief.Body.OfType<Attachment>().Select(a => a.Line).ToList();
        var numbered = headings.Where(h => HeadingNumber.Of(h.Text) is not null)
            .Select(h => new Numbered(h.Line, input.Marks(h.Line), HeadingNumber.Of(h.Text)!, attachments.Count(a => a <= h.Line))).ToList();
        var last = new int[5]; // last number seen at each level 1–4 under the current parent; 0: none yet
        for (var i = 0; i < numbered.Count; i++)
        {
            var (line, marks, number, section) = numbered[i];
            if (i > 0 && numbered[i - 1].Section != section) Array.Clear(last);
            var marked = marks - shallowest + 1;
            if (marked != number.Level)
                yield return Warning(input, line, "heading-level",
                    $"{HeadingNumber.Write(number.Level, number.Value)} is a level-{number.Level} number under {new string('#', marks)}, a level-{marked} mark",
                    $"write {new string('#', shallowest + number.Level - 1)} before it; the build sets it at level {number.Level} either way");
            var expected = last[number.Level] + 1;
            if (number.Value != expected)
            {
                var what = last[number.Level] == 0
                    ? $"the first heading of its level here is {Write(number)}"
                    : $"{Write(number)} follows {HeadingNumber.Write(number.Level, last[number.Level])}";
                yield return Error(input, line, "heading-sequence", what,
                    $"expected {HeadingNumber.Write(number.Level, expected)}: numbers run without gaps or repeats and start again under each higher heading");
            }
            last[number.Level] = Sequence.Continue(number.Value, expected, NextSibling(numbered, i));
            Array.Clear(last, number.Level + 1, 4 - number.Level);
        }
    }

    /// <summary>The number of the next heading of the same level under the same parent (and in the same attachment), or null.</summary>
    private static int? NextSibling(List<Numbered> numbered, int i)
    {
        var level = numbered[i].Number.Level;
        foreach (var next in numbered.Skip(i + 1))
        {
            if (next.Number.Level < level || next.Section != numbered[i].Section) return null;
            if (next.Number.Level == level) return next.Number.Value;
        }
        return null;
    }

    private static string Write(HeadingNumber n) => HeadingNumber.Write(n.Level, n.Value);
}
