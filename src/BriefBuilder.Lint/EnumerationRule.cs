using System.Text.RegularExpressions;
using BriefBuilder.Model;
using BriefBuilder.Source;

namespace BriefBuilder.Lint;

/// <summary>
/// enum-sequence: the points of an argument, 一是……二是…… or 第一，第二，, within a paragraph
/// or across the paragraphs of a section, count without gaps or repeats. A 一 starts a run; a
/// heading ends it. A counter counts only at the start of a paragraph or sentence or clause,
/// so 统一是 and 全国第二， are not points; a stray * or _ before it (which markdown-mark names)
/// does not hide it, or the next point would be blamed for the gap.
/// </summary>
public sealed partial class EnumerationRule : Rule
{
    [GeneratedRegex(@"(?<=^|[。；，：！？、\s*_])(?:(?<shi>[一二三四五六七八九十]{1,3})是|第(?<di>[一二三四五六七八九十]{1,3})(?=[，、：,:]))")]
    private static partial Regex Counter();

    public override IEnumerable<Finding> Check(LintInput input)
    {
        // Each section's counters in order, so that a wrong one is judged by the one after it (Sequence).
        var sections = new List<List<(string Kind, int Value, int Paragraph, string Token, int Occurrence)>> { new() };
        foreach (var block in Body.Flatten(input.Brief.Body))
        {
            if (block is Heading) { sections.Add([]); continue; }
            // No pattern variables here (`is not Paragraph p`): Stryker cannot compile a mutant of such a method.
            var paragraph = block as Paragraph;
            if (paragraph is null) continue;
            var text = Body.Text(paragraph.Spans);
            foreach (Match m in Counter().Matches(text))
            {
                var kind = m.Groups["shi"].Success ? "shi" : "di";
                var occurrence = Regex.Count(text[..m.Index], Regex.Escape(m.Value));
                var value = ChineseNumeral.Parse(m.Groups[kind].Value);
                if (value is not null) sections[^1].Add((kind, value.Value, paragraph.Line, m.Value, occurrence));
            }
        }
        foreach (var counters in sections)
        {
            var last = new Dictionary<string, int>();
            for (var i = 0; i < counters.Count; i++)
            {
                var (kind, value, paragraph, token, occurrence) = counters[i];
                // Not TryGetValue's `out var`: Stryker cannot compile a mutant that removes the statement declaring it.
                var previous = last.GetValueOrDefault(kind);
                var expected = previous + 1;
                if (value != 1 && value != expected)
                {
                    var what = previous == 0 ? $"{token} with no {Name(kind, 1)} before it in this section" : $"{token} follows {Name(kind, previous)}";
                    yield return Error(input, LineOf(input, paragraph, token, occurrence), "enum-sequence", what, $"expected {Name(kind, expected)}: the points count 一、二、三 without gaps or repeats");
                }
                int? next = counters.Skip(i + 1).Where(c => c.Kind == kind).Select(c => (int?)c.Value).FirstOrDefault();
                last[kind] = value == 1 ? 1 : Sequence.Continue(value, expected, next);
            }
        }
    }

    private static string Name(string kind, int value) => kind == "shi" ? $"{ChineseNumeral.Write(value)}是" : $"第{ChineseNumeral.Write(value)}";

    /// <summary>
    /// The line of the paragraph starting at <paramref name="first"/> that holds the
    /// <paramref name="occurrence"/>-th (0-based) <paramref name="token"/> of its text.
    /// </summary>
    private static int LineOf(LintInput input, int first, string token, int occurrence)
    {
        var unit = input.Text.First(l => l.Number >= first).Unit;
        foreach (var line in input.Text.Where(l => l.Unit == unit))
        {
            for (var at = line.Text.IndexOf(token, StringComparison.Ordinal); at >= 0; at = line.Text.IndexOf(token, at + 1, StringComparison.Ordinal))
                if (occurrence-- == 0) return line.Number;
        }
        return first;
    }
}
