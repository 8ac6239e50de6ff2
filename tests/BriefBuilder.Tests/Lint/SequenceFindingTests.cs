using static BriefBuilder.Tests.Lint.LintFindingTests;

namespace BriefBuilder.Tests.Lint;

/// <summary>
/// Runs of points and headings, each finding whole: a 一 that restarts a run within a section,
/// a count that goes on after a wrong number only when the next item shows it was mistyped (and
/// the next item of its own kind or level, not another's), the line of a point whose token the
/// paragraph holds more than once, and the sections an attachment and a heading missing its
/// space make.
/// </summary>
public class SequenceFindingTests
{
    const string PointsHint = "the points count 一、二、三 without gaps or repeats";
    const string HeadingsHint = "numbers run without gaps or repeats and start again under each higher heading";

    static string Point(int line, string what, string expected) => $"{line} Error enum-sequence: {what} | expected {expected}: {PointsHint}";

    static string Heading(int line, string what, string expected) => $"{line} Error heading-sequence: {what} | expected {expected}: {HeadingsHint}";

    public static TheoryData<string, string[]> Points => new()
    {
        // a 一 starts a new run in the same section
        { "一是甲。二是乙。\n\n一是丙。二是丁。", [] },
        { "一是甲。二是乙。一是丙。四是丁。", [Point(11, "四是 follows 一是", "二是")] },
        // the next point of the same kind decides, not the 第 between them
        { "一是甲，第一，乙；二是丙，第二，丁；二是戊，第三，己；四是庚。", [Point(11, "二是 follows 二是", "三是")] },
        // the third 二是 of the paragraph is on its second line
        { "一是甲，二是乙，二是丙，\n三是丁，二是戊。", [Point(11, "二是 follows 二是", "三是"), Point(12, "二是 follows 三是", "四是")] },
        // the wrong 三是 is the one on the paragraph's line, not the same token in the next paragraph
        { "一是甲。三是乙。\n\n三是丙。", [Point(11, "三是 follows 一是", "二是")] },
        // no numeral: not a point
        { "九九是乘法口诀。", [] },
    };

    public static TheoryData<string, string[]> Headings => new()
    {
        // a heading of a deeper level between two of one level does not hide the next one
        { "# 一、甲\n\n# 三、乙\n\n## （一）乙一\n\n# 三、丙", [Heading(13, "三、 follows 一、", "二、")] },
        // an attachment numbers its headings afresh
        { "# 一、甲\n\n# 二、乙\n\n::: 附件 名单\n# 一、丙\n\n# 二、丁\n:::", [] },
        { "# 一、甲\n\n::: 附件 名单\n# 二、丙\n:::", [Heading(14, "the first heading of its level here is 二、", "一、")] },
        // a heading missing its space counts in the run
        { "# 一、甲\n\n#二、乙\n\n# 三、丙", [
            "13 Error markdown-mark: '#二、乙' is no heading: without a space after '#' it would print as a paragraph starting with '#' | write '# 二、乙'; brief lint --fix adds the space | fix 13:0+4 '# 二、乙'",
        ] },
    };

    [Theory]
    [MemberData(nameof(Points))]
    public void Point_findings(string body, string[] expected) =>
        Assert.Equal(expected, Findings(body));

    [Theory]
    [MemberData(nameof(Headings))]
    public void Heading_findings(string body, string[] expected) =>
        Assert.Equal(expected, Findings(body));
}
