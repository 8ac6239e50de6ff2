using System.Text.RegularExpressions;
using BriefBuilder.Model;
using BriefBuilder.Source;

namespace BriefBuilder.Lint;

/// <summary>
/// enum-sequence: the points of an argument, 一是……二是…… or 第一，第二，, within a paragraph
/// or across the paragraphs of a section, count without gaps or repeats. A 一 starts a run; a
/// heading ends it. A counter counts only at the start of a paragraph or sentence or clause,
/// so 统一是 and 全国第二， are not points.
/// </summary>
public sealed partial class EnumerationRule : Rule
{
    [GeneratedRegex(@"(?<=^|[。；，：！？、\s])(?:(?<shi>[一二三四五六七八九十]{1,3})是|第(?<di>[一二三四五六七八九十]{1,3})(?=[，、：,:]))")]
    private static partial Regex Counter();

    public override IEnumerable<Finding> Check(LintInput input)
    {
        var last = new Dictionary<string, int>();
        foreach (var block in Body.Flatten(input.Brief.Body))
        {
            if (block is Heading) { last.Clear(); continue; }
            // Not `is not Paragraph paragraph` nor `is not { } value`: Stryker cannot compile its mutants of such a method.
            var paragraph = block as Paragraph;
            if (paragraph is null) continue;
            foreach (Match m in Counter().Matches(Body.Text(paragraph.Spans)))
            {
                var kind = m.Groups["shi"].Success ? "shi" : "di";
                var parsed = ChineseNumeral.Parse(m.Groups[kind].Value);
                if (parsed is null) continue;
                var value = parsed.Value;
                last.TryGetValue(kind, out var previous);
                if (value != 1 && value != previous + 1)
                {
                    var line = LineOf(input, paragraph.Line, m.Value);
                    var what = previous == 0 ? $"{m.Value} with no {Name(kind, 1)} before it in this section" : $"{m.Value} follows {Name(kind, previous)}";
                    yield return Error(input, line, "enum-sequence", what, $"expected {Name(kind, previous + 1)}: the points count 一、二、三 without gaps or repeats");
                }
                last[kind] = value;
            }
        }
    }

    private static string Name(string kind, int value) => kind == "shi" ? $"{ChineseNumeral.Write(value)}是" : $"第{ChineseNumeral.Write(value)}";

    /// <summary>The line of the paragraph starting at <paramref name="first"/> that holds <paramref name="token"/>.</summary>
    private static int LineOf(LintInput input, int first, string token)
    {
        var unit = input.Text.First(l => l.Number >= first).Unit;
        return input.Text.Where(l => l.Unit == unit).FirstOrDefault(l => l.Text.Contains(token, StringComparison.Ordinal))?.Number ?? first;
    }
}
