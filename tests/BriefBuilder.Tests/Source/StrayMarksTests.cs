using BriefBuilder.Source;

namespace BriefBuilder.Tests.Source;

/// <summary>
/// The Markdown marks of a body that would print as themselves (or make what a brief cannot
/// print), each with its line of the file: what lint names. An escaped mark is meant and never named.
/// </summary>
public class StrayMarksTests
{
    /// <summary>The body starts on line 8 of its file, as below a seven-line front matter.</summary>
    static IReadOnlyList<StrayMark> In(string body) => StrayMarks.In(body, "t.md", 8);

    [Theory]
    [InlineData("中*文", "*")]
    [InlineData("**加粗未闭合", "**")]
    [InlineData("中_文", "_")]
    [InlineData("一***二", "***")]
    public void Emphasis_marks_that_pair_with_nothing_are_named_as_written(string body, string mark) =>
        Assert.Equal(new StrayMark(8, MarkKind.Emphasis, mark), Assert.Single(In(body)));

    [Fact]
    public void Each_run_of_one_mark_is_named_once_in_order() =>
        Assert.Equal([new StrayMark(8, MarkKind.Emphasis, "*"), new StrayMark(8, MarkKind.Backtick, "`"), new StrayMark(8, MarkKind.Emphasis, "__")],
            In("甲 * 乙 ` 丙 __ 丁"));

    [Theory]
    [InlineData("**加粗**与*斜体*、__加粗__")]
    [InlineData(@"星号\*与下划线\_与反引号\`")]
    [InlineData(@"\#不是标题")]
    [InlineData("正文#号不在行首")]
    [InlineData("![图1 投入](bars.png)")]
    [InlineData("")]
    public void Marks_that_pair_are_escaped_or_print_nothing_are_not_named(string body) =>
        Assert.Empty(In(body));

    [Theory]
    [InlineData("用`code`写", "`code`")]
    [InlineData("用``a`b``写", "``a`b``")]
    public void Inline_code_is_named_with_its_backticks(string body, string mark) =>
        Assert.Equal(new StrayMark(8, MarkKind.Backtick, mark), Assert.Single(In(body)));

    [Theory]
    [InlineData("见[网站](https://example.org)。")]
    [InlineData("见[网站](网址 未闭合")]
    public void Links_and_what_is_left_of_one_are_named(string body) =>
        Assert.Equal(new StrayMark(8, MarkKind.Link, "[text](url)"), Assert.Single(In(body)));

    [Theory]
    [InlineData("#标题", "#", "标题")]
    [InlineData("###标题 ", "###", "标题")]
    [InlineData("> ##引文标题", "##", "引文标题")]
    public void A_hash_with_no_space_after_it_is_a_heading_missing_its_space(string body, string marks, string heading) =>
        Assert.Equal(new StrayMark(8, MarkKind.Heading, marks, heading), Assert.Single(In(body)));

    [Fact]
    public void Marks_are_named_at_the_lines_they_stand_on()
    {
        var found = In("第一段。\n\n第二段，\n#标题在第二行\n中*文\n\n> 引文`\n");
        Assert.Equal([
            new StrayMark(11, MarkKind.Heading, "#", "标题在第二行"),
            new StrayMark(12, MarkKind.Emphasis, "*"),
            new StrayMark(14, MarkKind.Backtick, "`"),
        ], found.OrderBy(m => m.Line));
    }

    [Fact]
    public void Marks_in_headings_and_table_cells_are_named_too()
    {
        var found = In("## 标题*\n\n表1 产值\n\n| 城市 | 产值 |\n|---|---|\n| 苏州_ | 1 |\n");
        Assert.Equal([new StrayMark(8, MarkKind.Emphasis, "*"), new StrayMark(14, MarkKind.Emphasis, "_")], found.OrderBy(m => m.Line));
    }

    [Fact]
    public void Markdown_nested_too_deeply_is_the_brief_s_error_at_that_line()
    {
        var error = Assert.Throws<BriefBuilder.Model.SourceError>(() => StrayMarks.In("正文。\n\n" + new string('>', 5000) + " 引文。\n", "t.md", 8));
        Assert.Equal(("t.md", 10), (error.File, error.Line));
        Assert.StartsWith("this line nests Markdown too deeply", error.Message);
    }
}
