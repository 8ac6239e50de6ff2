using BriefBuilder.Model;
using BriefBuilder.Source;

namespace BriefBuilder.Tests.Source;

public class BodyReaderTests
{
    private static IReadOnlyList<Block> Read(string markdown) => BodyReader.Read(markdown, "t.md", 1);

    [Fact]
    public void Headings_map_to_the_four_levels()
    {
        var blocks = Read("# 一、甲\n\n## （一）乙\n\n### 1.丙\n\n#### （1）丁\n");
        Assert.Equal([1, 2, 3, 4], blocks.Cast<Heading>().Select(h => h.Level));
        Assert.Equal("（一）乙", ((Heading)blocks[1]).Spans[0].Text);
    }

    [Fact]
    public void A_numbered_heading_takes_the_level_of_its_number_whatever_its_marks()
    {
        var blocks = Read("### 一、甲\n\n# （一）乙\n\n## 1.丙\n\n###### (1)丁\n\n#### **二、戊**\n");
        Assert.Equal([1, 2, 3, 4, 1], blocks.Cast<Heading>().Select(h => h.Level));
    }

    [Fact]
    public void Unnumbered_headings_count_from_the_briefs_shallowest()
    {
        var blocks = Read("## 总述\n\n### 分述\n\n#### 细节\n\n##### 末节\n");
        Assert.Equal([1, 2, 3, 4], blocks.Cast<Heading>().Select(h => h.Level));
    }

    [Fact]
    public void A_fifth_level_names_the_line_and_the_shallowest_heading()
    {
        var error = Assert.Throws<SourceError>(() => Read("## 甲\n\n###### 乙\n"));
        Assert.Equal(3, error.Line);
        Assert.Contains("heading level 6 is 1 deeper than the house format's four levels, counted from this brief's shallowest heading (##)", error.Message);
    }

    [Fact]
    public void A_comment_is_a_note_that_prints_nothing_while_other_html_is_refused()
    {
        var blocks = Read("第一段。\n\n<!-- 图：苏州市首批创新联合体颁授仪式 -->\n\n第二段。\n");
        Assert.Equal([1, 5], blocks.Select(b => b.Line));
        Assert.Throws<SourceError>(() => Read("第一段。\n\n<div>图</div>\n"));
    }

    [Fact]
    public void Line_breaks_join_chinese_without_a_space_and_latin_with_one()
    {
        var p = (Paragraph)Read("深圳还在创造\n更多成果，Open\nSource 也是。")[0];
        Assert.Equal("深圳还在创造更多成果，Open Source 也是。", Assert.Single(p.Spans).Text);
    }

    [Fact]
    public void Bold_and_italic_become_spans()
    {
        var p = (Paragraph)Read("一是**加快建设**平台，*重点*在于。")[0];
        Assert.Equal([new Span("一是"), new Span("加快建设", Bold: true), new Span("平台，"), new Span("重点", Italic: true), new Span("在于。")], p.Spans);
    }

    // CommonMark closes ** after a mark like 。 only before a space or a mark, which Chinese text
    // never has; with CJK-friendly emphasis the house's idioms are bold, _ and __ too.
    public static TheoryData<string, Span[]> ChineseEmphasis => new()
    {
        { "**一是聚焦“数字经济”这个时代背景。**抢占先机。", [new("一是聚焦“数字经济”这个时代背景。", Bold: true), new("抢占先机。")] },
        { "抢占先机，**二是集聚人才。**", [new("抢占先机，"), new("二是集聚人才。", Bold: true)] },
        { "避免**“大而全”**“撒胡椒面”。", [new("避免"), new("“大而全”", Bold: true), new("“撒胡椒面”。")] },
        { "（一）**强化引领。**加快建设", [new("（一）"), new("强化引领。", Bold: true), new("加快建设")] },
        { "重点在于*协同创新。*加快", [new("重点在于"), new("协同创新。", Italic: true), new("加快")] },
        { "中文__加粗__中文", [new("中文"), new("加粗", Bold: true), new("中文")] },
        { "中文_斜体_中文", [new("中文"), new("斜体", Italic: true), new("中文")] },
        { "__三是开放共享。__推动", [new("三是开放共享。", Bold: true), new("推动")] },
        { @"星号写作\*，下划线写作\_。", [new("星号写作*，下划线写作_。")] },
    };

    [Theory]
    [MemberData(nameof(ChineseEmphasis))]
    public void Chinese_emphasis_idioms_become_spans(string markdown, Span[] spans) =>
        Assert.Equal(spans, ((Paragraph)Read(markdown)[0]).Spans);

    [Fact]
    public void Quotes_keep_their_paragraphs()
    {
        var q = Assert.IsType<Quote>(Read("> 第一段\n>\n> 第二段\n")[0]);
        Assert.Equal(2, q.Blocks.Count);
        Assert.Equal(3, q.Blocks[1].Line);
    }

    [Fact]
    public void Bold_italic_and_plain_follow_one_another_as_spans()
    {
        var p = (Paragraph)Read("***甲***乙*丙*丁**戊**")[0];
        Assert.Equal([new Span("甲", Bold: true, Italic: true), new Span("乙"), new Span("丙", Italic: true), new Span("丁"), new Span("戊", Bold: true)], p.Spans);
    }

    [Fact]
    public void A_line_break_beside_emphasis_joins_as_between_plain_text()
    {
        var p = (Paragraph)Read("深圳**创造**\n更多，**Open**\nSource")[0];
        Assert.Equal([new Span("深圳"), new Span("创造", Bold: true), new Span("更多，"), new Span("Open ", Bold: true), new Span("Source")], p.Spans);
    }

    [Theory]
    [InlineData("甲\n乙", "甲乙")]
    [InlineData("甲\nB", "甲B")]
    [InlineData("A\n乙", "A乙")]
    [InlineData("A\nB", "A B")]
    [InlineData("甲，\n乙", "甲，乙")]
    [InlineData("1\n2", "1 2")]
    public void A_line_break_is_a_space_only_between_latin_text(string markdown, string text) =>
        Assert.Equal(text, Assert.Single(((Paragraph)Read(markdown)[0]).Spans).Text);

    [Fact]
    public void A_tab_is_a_space_and_an_entity_its_character() =>
        Assert.Equal("甲 乙&丙", Assert.Single(((Paragraph)Read("甲\t乙&amp;丙")[0]).Spans).Text);

    [Theory]
    [InlineData("甲  \n乙\n")]
    [InlineData("甲\\\n乙\n")]
    public void A_hard_line_break_is_refused_at_its_line(string markdown)
    {
        var error = Assert.Throws<SourceError>(() => BodyReader.Read("引言。\n\n" + markdown, "t.md", 5));
        Assert.Equal(("t.md", 7), (error.File, error.Line));
        Assert.Equal("a hard line break (two spaces or a backslash at the end of the line) cannot be set in a brief; "
            + "remove it to join the lines, or leave a blank line to start a new paragraph", error.Message);
    }

    [Theory]
    [InlineData("见<https://example.org>。", "a link cannot be printed in a brief; write it as plain text")]
    [InlineData("见<b>粗</b>。", "raw HTML cannot be printed in a brief; write it as plain text")]
    [InlineData("见[^1]。\n\n[^1]: 注。", "a footnote cannot be printed in a brief; write it as plain text")]
    [InlineData("***", "a horizontal rule (---) cannot be printed in a brief; write it as paragraphs of text")]
    [InlineData("```\ncode\n```", "a code block cannot be printed in a brief; write it as paragraphs of text")]
    [InlineData("1. 一是\n2. 二是", "a numbered list cannot be printed in a brief; to start a paragraph with its number, "
        + "write no space after the '.' (1.……) or put a backslash before it (1\\. ……)")]
    [InlineData("3) 一是", "a numbered list cannot be printed in a brief; to start a paragraph with its number, "
        + "write no space after the ')' (3)……) or put a backslash before it (3\\) ……)")]
    [InlineData("> - 引文列表", "a bulleted list cannot be printed in a brief; write it as paragraphs of text")]
    public void What_the_house_format_cannot_print_is_named_at_its_line(string markdown, string message)
    {
        var error = Assert.Throws<SourceError>(() => BodyReader.Read("引言。\n\n" + markdown, "t.md", 5));
        Assert.Equal(("t.md", 7, message), (error.File, error.Line, error.Message));
    }

    [Theory]
    [InlineData("1.发布清单；\n\n2.组织揭榜。", "1.发布清单；", "2.组织揭榜。")]
    [InlineData("1\\. 发布清单；\n\n2\\. 组织揭榜。", "1. 发布清单；", "2. 组织揭榜。")]
    [InlineData("3\\) 发布清单；\n\n4)组织揭榜。", "3) 发布清单；", "4)组织揭榜。")]
    public void The_two_ways_the_numbered_list_message_gives_print_the_numbers_as_text(string markdown, string first, string second)
    {
        var paragraphs = Read(markdown).Cast<Paragraph>().Select(p => string.Concat(p.Spans.Select(s => s.Text)));
        Assert.Equal([first, second], paragraphs);
    }

    [Fact]
    public void An_unused_footnote_is_refused_at_its_definition()
    {
        var error = Assert.Throws<SourceError>(() => BodyReader.Read("引言。\n\n正文。\n\n[^注]: 说明。\n", "t.md", 5));
        Assert.Equal((9, "a footnote cannot be printed in a brief; put what it says into the text"), (error.Line, error.Message));
    }

    [Fact]
    public void A_link_definition_prints_nothing()
    {
        var blocks = Read("[网站]: https://example.org\n\n正文。\n");
        Assert.Equal(3, Assert.Single(blocks).Line);
    }

    [Theory]
    [InlineData("<!-- 图：说明 -->\n")]
    [InlineData("\n\n")]
    public void A_body_with_nothing_to_print_is_empty(string markdown)
    {
        var error = Assert.Throws<SourceError>(() => BodyReader.Read(markdown, "t.md", 9));
        Assert.Equal((9, "the body is empty: write the brief's text below the closing '---' of the front matter"), (error.Line, error.Message));
    }

    [Fact]
    public void Quotes_nest_and_hold_headings_at_the_brief_s_levels()
    {
        var q = Assert.IsType<Quote>(Read("## 总述\n\n> ### 分述\n>\n> > 引文\n")[1]);
        Assert.Equal(3, q.Line);
        Assert.Equal(2, Assert.IsType<Heading>(q.Blocks[0]).Level);
        var inner = Assert.IsType<Quote>(q.Blocks[1]);
        Assert.Equal((5, "引文"), (inner.Line, Assert.Single(Assert.IsType<Paragraph>(Assert.Single(inner.Blocks)).Spans).Text));
    }

    [Fact]
    public void The_fourth_level_from_the_shallowest_is_the_deepest()
    {
        Assert.Equal(4, ((Heading)Read("# 甲\n\n#### 乙\n")[1]).Level);
        var error = Assert.Throws<SourceError>(() => Read("# 甲\n\n##### 乙\n"));
        Assert.Equal(3, error.Line);
        Assert.Equal("heading level 5 is 1 deeper than the house format's four levels, counted from this brief's shallowest heading (#); "
            + "number it (一、 （一） 1. （1）) or raise it", error.Message);
    }
}
