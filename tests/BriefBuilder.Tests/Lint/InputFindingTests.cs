using BriefBuilder.Lint;
using static BriefBuilder.Tests.Lint.BlockTextFindingTests;
using static BriefBuilder.Tests.Lint.LintFindingTests;

namespace BriefBuilder.Tests.Lint;

/// <summary>
/// What lint reads as a brief's text, and where: the body's Markdown starts right after the front
/// matter's closing '---' (not at the first blank line, and not before the '---'), so a YAML comment
/// is no stray heading mark and a stray mark on the body's first line is found; the title and each
/// paragraph are units of their own for quote pairing; a straight-quote pair in Latin text stays; a
/// heading of marks alone is no heading number; a body too deep to read is the reader's error.
/// </summary>
public class InputFindingTests
{
    const string Front = "---\nissue: 1\ntotal: 1\ndate: 2024-01-01\nrecipients: [甲]\ntitle: 苏州创新\n---\n";

    public static TheoryData<string, string[]> Texts => new()
    {
        // a YAML comment in the front matter, after its first line, is no heading missing its space
        { "---\nissue: 1\n#草稿\ntotal: 1\ndate: 2024-01-01\nrecipients: [甲]\ntitle: 苏州创新\n---\n\n近年来，苏州加快发展。\n", [] },
        // the body's first line, right after the '---', is read for stray marks
        { Front + "#一、甲\n\n近年来，苏州加快发展。\n", [
            "8 Error markdown-mark: '#一、甲' is no heading: without a space after '#' it would print as a paragraph starting with '#' | write '# 一、甲'; brief lint --fix adds the space | fix 8:0+4 '# 一、甲'",
        ] },
        // the title's “ and a paragraph's ” do not pair: each is a unit of its own
        { "---\nissue: 1\ntotal: 1\ndate: 2024-01-01\nrecipients: [甲]\ntitle: 苏州“创新\n---\n\n近年来，苏州加快发展。\n\n集群”发展。\n", [
            "6 Error unpaired-quote: '“' is never closed in this paragraph | add the closing '”' where the quotation or aside ends",
            "11 Error unpaired-quote: '”' closes nothing: no '“' before it in this paragraph | add the opening '“' where the quotation or aside starts, or drop this '”'",
        ] },
        // the reader's own error, with the hint that the build stops there too
        { "---\nissue: 1\ntotal: [\n---\n\n正文。\n", [
            "3 Error source: the value of 'total' starts with '[', so YAML reads a list that must end the line; write 【】 for brackets in the text, or put the value in quotes: total: \"[\" | the build stops here too; fix this first",
        ] },
    };

    public static TheoryData<string, string[]> Bodies => new()
    {
        // a straight-quote pair with Latin text beside and inside it is no Chinese quotation
        { "甲。He said \"yes\" then.", [] },
        // a heading of a mark alone has no number to check, and no text
        { "# 一、甲\n\n#\n\n正文。", [] },
        // Chinese before a mark is enough, at the first character of the text too, and through emphasis marks
        { "甲,abc", [Comma(11, 1)] },
        { "**甲**,abc", [Comma(11, 5)] },
        // an attachment's title that Markdown unescapes is not at a column of its line: nothing to check there
        { "正文。\n\n::: 附件 苏州\\*名单\n名单如下。\n:::", [] },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Text_findings(string text, string[] expected) =>
        Assert.Equal(expected, TextFindings(text));

    [Theory]
    [MemberData(nameof(Bodies))]
    public void Body_findings(string body, string[] expected) =>
        Assert.Equal(expected, Findings(body));

    [Fact]
    public void A_line_whose_fix_would_make_the_brief_unreadable_is_withheld_and_the_rest_are_fixed()
    {
        // 1) at a paragraph's start is a numbered list, which the reader refuses: the full-width １ stays, and is reported.
        var text = LintRuleTests.Brief("１) 甲乙。\n\n甲,乙。");
        var (fixedText, fixes, withheld) = Linter.Fix(text, "t.md");
        Assert.Equal(LintRuleTests.Brief("１) 甲乙。\n\n甲，乙。"), fixedText);
        Assert.Equal([(13, "punct-halfwidth")], fixes.Select(f => (f.Fix!.Line, f.Diagnostic.Code)));
        Assert.Equal([new Withheld(11, "a numbered list cannot be printed in a brief; to start a paragraph with its number, "
            + "write no space after the ')' (1)……) or put a backslash before it (1\\) ……)")], withheld);
        Assert.Equal(["11 Error digit-fullwidth: full-width digits '１' | write '1': numbers take half-width digits (GB/T 15835-2011); brief lint --fix does it | fix 11:0+1 '1'"], TextFindings(fixedText));
    }

    [Fact]
    public void When_the_reader_stops_at_a_line_no_fix_touched_every_fixed_line_is_withheld()
    {
        // Taking out the soft hyphen makes line 12 a table's delimiter row, and the table (line 11) has no caption line.
        var text = LintRuleTests.Brief("| 城市 | 产值 |\n|-\u00AD-|---|\n| 苏州,园区 | 1 |");
        var (fixedText, fixes, withheld) = Linter.Fix(text, "t.md");
        Assert.Equal(text, fixedText);
        Assert.Empty(fixes);
        const string Reason = "a table needs its caption line directly above it, 表1 and its title (表1 2023年各市地区生产总值)";
        Assert.Equal([new Withheld(12, Reason), new Withheld(13, Reason)], withheld.OrderBy(w => w.Line));
    }

    [Fact]
    public void A_body_too_deep_to_read_is_the_reader_s_error_at_its_line()
    {
        var finding = Assert.Single(Findings(new string('>', 3000) + " 引文。"));
        Assert.Equal("11 Error source: this line nests Markdown too deeply (thousands of > quote marks, or * _ [ marks left open); a brief has at most a quote in a quote: remove the marks | the build stops here too; fix this first", finding);
    }
}
