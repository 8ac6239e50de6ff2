using BriefBuilder.Lint;
using BriefBuilder.Model;
using static BriefBuilder.Tests.Lint.LintRuleTests;

namespace BriefBuilder.Tests.Lint;

/// <summary>
/// markdown-mark: every Markdown mark that would print as text, or make what a brief cannot print,
/// is an error at its own line; the emphasis the house writes, and an escaped mark, are not.
/// </summary>
public class MarkdownMarkTests
{
    static List<Diagnostic> Marks(string text) =>
        Linter.Check(text, "t.md").Select(f => f.Diagnostic).Where(d => d.Code == "markdown-mark").ToList();

    // The body starts on line 11 (LintRuleTests.Brief).
    public static TheoryData<string, string, int, string> Stray => new()
    {
        { "** never closed", "**一是聚焦“数字经济”这个时代背景。抢占发展先机。", 11, "'**' pairs with nothing and would print as stars" },
        { "** never opened", "一是聚焦“数字经济”这个时代背景。**抢占发展先机。", 11, "'**' pairs with nothing" },
        { "a lone *", "重点在于*协同创新。", 11, "'*' pairs with nothing and would print as a star" },
        { "a lone _", "苏州_工业园区加快发展。", 11, "'_' pairs with nothing and would print as an underscore" },
        { "__ never closed", "__二是集聚人才。", 11, "'__' pairs with nothing and would print as underscores" },
        { "on the paragraph's second line", "第一行正文，\n第二行**没有闭合，\n第三行。", 12, "'**'" },
        { "in a quote", "> 引文**没有闭合。", 11, "'**'" },
        { "in a heading", "# 一、**科学平台", 11, "'**'" },
        { "# with no space", "#四、几点启示", 11, "'#四、几点启示' is no heading" },
        { "## with no space", "##（一）科学平台", 11, "'##（一）科学平台' is no heading" },
        { "# with no space, no number", "#几点启示", 11, "'#几点启示' is no heading" },
        { "# starting a paragraph's later line", "正文。\n#四、几点启示", 12, "'#四、几点启示' is no heading" },
        { "# in a quote", "> #四、几点启示", 11, "'#四、几点启示' is no heading" },
        { "a lone backtick", "所谓`卡脖子问题。", 11, "'`' would print as a backtick" },
        { "inline code", "所谓`卡脖子`问题。", 11, "`卡脖子` is inline code" },
        { "a link", "详见[苏州市政府网站](https://www.suzhou.gov.cn)。", 11, "a link written [text](url)" },
        { "brackets and an address that are no link", "详见[苏州市政府网站](苏州 政府)。", 11, "a link written [text](url)" },
    };

    [Theory]
    [MemberData(nameof(Stray))]
    public void A_mark_that_would_print_is_an_error_at_its_line(string what, string body, int line, string message)
    {
        var finding = Assert.Single(Marks(Brief(body)));
        Assert.True((line, Severity.Error) == (finding.Line, finding.Severity), $"{what}: {finding}");
        Assert.Contains(message, finding.Message);
        Assert.NotEqual("", finding.Hint);
    }

    [Fact]
    public void The_hint_says_how_to_close_it_or_write_it_as_text()
    {
        var finding = Assert.Single(Marks(Brief("**一是聚焦数字经济。抢占先机。")));
        Assert.Equal(@"close it where the emphasis ends (**一是……。**), delete it, or write \*\* for stars in the text", finding.Hint);
    }

    [Fact]
    public void A_link_is_one_finding_of_its_own_not_also_the_builds_refusal()
    {
        var findings = Linter.Check(Brief("详见[苏州市政府网站](https://www.suzhou.gov.cn)。\n\n二段**没有闭合。"), "t.md").Select(f => f.Diagnostic).ToList();
        Assert.Equal([(11, "markdown-mark"), (13, "markdown-mark")], findings.Select(d => (d.Line, d.Code)));
    }

    const string NoHeading = "is no heading: without a space after '#' it would print as a paragraph starting with '#'";

    /// <summary>Each kind of mark's finding whole: the message, and the hint the editor acts on.</summary>
    public static TheoryData<string, string?, string> Whole => new()
    {
        { "重点在于*协同创新。", null, @"11 Error markdown-mark: '*' pairs with nothing and would print as a star | close it where the emphasis ends (*…*), delete it, or write \* for a star in the text" },
        { "苏州_工业园区加快发展。", null, @"11 Error markdown-mark: '_' pairs with nothing and would print as an underscore | close it where the emphasis ends (_…_), delete it, or write \_ for an underscore in the text" },
        { "__集聚人才。", null, @"11 Error markdown-mark: '__' pairs with nothing and would print as underscores | close it where the emphasis ends (__…__), delete it, or write \_\_ for underscores in the text" },
        { "#几点启示", null, $"11 Error markdown-mark: '#几点启示' {NoHeading} | write '# 几点启示' for a heading, or \\# for a # in the text" },
        { "> #一、几点启示", null, $"11 Error markdown-mark: '#一、几点启示' {NoHeading} | write '# 一、几点启示'; brief lint --fix adds the space | fix 11:2+7 '# 一、几点启示'" },
        { "所谓`卡脖子`问题。", null, "11 Error markdown-mark: `卡脖子` is inline code, which a brief cannot print | delete the backticks: a brief has no code, and a quotation takes “”" },
        { "所谓`卡脖子问题。", null, "11 Error markdown-mark: '`' would print as a backtick | delete it (a quotation takes “”), or write \\` for a backtick in the text" },
        { "详见[网站](https://www.suzhou.gov.cn)。", null, "11 Error markdown-mark: a link written [text](url): a brief prints no links, and these marks would be refused or printed | keep the text without its brackets and drop the (address); where the reader needs the address, write it out in the sentence" },
        // each mark named once
        { "正文。", "苏州**创新**_集群_", "6 Error markdown-mark: '*', '_' would print as it is: the title and subtitle are plain text, not Markdown | delete it: the title is set bold by the template, and no mark of the front matter makes emphasis" },
    };

    [Theory]
    [MemberData(nameof(Whole))]
    public void A_mark_s_finding_whole(string body, string? title, string expected) =>
        Assert.Equal([expected], LintFindingTests.Findings(body, title));

    public static TheoryData<string> Printed => new()
    {
        "**一是聚焦“数字经济”这个时代背景。**抢占发展先机。",
        "（一）**强化**引领，**“大而全”**“撒胡椒面”都不可取。",
        "重点在于*协同*创新，中文__加粗__中文，中文_斜体_中文。",
        @"星号写作\*，两个写作\*\*，下划线写作\_，反引号写作\`。",
        @"\#四、这不是标题",
        "C#语言与F#语言。",
        "[方括号]与（圆括号）照常印出。",
    };

    [Theory]
    [MemberData(nameof(Printed))]
    public void Emphasis_the_house_writes_and_an_escaped_mark_are_not_findings(string body) =>
        Assert.Empty(Marks(Brief(body)));

    [Fact]
    public void The_title_is_no_markdown_so_its_stars_would_print()
    {
        var finding = Assert.Single(Marks(Brief("正文。", title: "苏州**打造**产业创新集群")));
        Assert.Equal(6, finding.Line);
        Assert.Contains("'*' would print as it is: the title and subtitle are plain text", finding.Message);
    }

    [Fact]
    public void Fix_gives_a_numbered_heading_its_space_and_leaves_the_rest_to_the_editor()
    {
        var (text, applied, _) = Linter.Fix(Brief("#四、几点启示\n\n#几点启示\n\n一是**加快建设。"), "t.md");
        Assert.Equal(Brief("# 四、几点启示\n\n#几点启示\n\n一是**加快建设。"), text);
        Assert.Equal([(11, "# 四、几点启示")], applied.Select(f => (f.Diagnostic.Line, f.Fix!.Text)));
    }

    [Fact]
    public void A_heading_missing_its_space_is_blamed_and_the_next_heading_is_not()
    {
        var findings = Linter.Check(Brief("# 一、科学平台\n\n# 二、人才\n\n# 三、开放\n\n#四、几点启示\n\n# 五、结语"), "t.md").Select(f => f.Diagnostic).ToList();
        Assert.Equal([(17, "markdown-mark")], findings.Select(d => (d.Line, d.Code)));
    }

    public static TheoryData<string, int> Sequences => new()
    {
        // A mistyped number is blamed, not the right one after it.
        { "# 一、甲\n\n# 二、乙\n\n# 二、丙\n\n# 四、丁", 15 },
        { "# 一、甲\n\n# 三、乙\n\n# 三、丙\n\n# 四、丁", 13 },
        // A missing number is blamed on the one that comes in its place.
        { "# 一、甲\n\n# 二、乙\n\n# 四、丙\n\n# 五、丁", 15 },
        { "一是甲。\n二是乙。\n二是丙。\n四是丁。", 13 },
        { "一是甲，二是乙。\n\n四是丙。\n\n五是丁。", 13 },
        // A stray ** before a point is named by markdown-mark; it does not hide the point, so the next one is not blamed.
        { "**一是甲。**\n\n**二是乙。**\n\n**三是丙。\n\n**四是丁。**", 0 },
    };

    [Theory]
    [MemberData(nameof(Sequences))]
    public void A_sequence_finding_names_the_line_of_the_item_that_is_wrong_and_only_it(string body, int line)
    {
        var findings = Linter.Check(Brief(body), "t.md").Select(f => f.Diagnostic).Where(d => d.Code.EndsWith("-sequence")).ToList();
        Assert.Equal(line == 0 ? [] : [line], findings.Select(d => d.Line));
    }
}
