using BriefBuilder.Lint;
using BriefBuilder.Tests.Support;
using static BriefBuilder.Tests.Lint.LintFindingTests;

namespace BriefBuilder.Tests.Lint;

/// <summary>
/// The character checks reach the text of every kind of block, at the file's own columns, and
/// leave its markup alone: a table's caption and each cell (an escaped pipe is text, a row may
/// leave out its outer pipes), a figure's caption but not its file name, an attachment's title,
/// the editor's note. Quotes and brackets pair within a cell, not across cells.
/// </summary>
public class BlockTextFindingTests
{
    const string FullWidthHint = "Chinese text takes full-width marks (GB/T 15834-2011); brief lint --fix does it";

    internal static string Comma(int line, int column) =>
        $"{line} Error punct-halfwidth: half-width ',' in Chinese text | write '，': {FullWidthHint} | fix {line}:{column}+1 '，'";

    public static TheoryData<string, string[]> Tables => new()
    {
        // caption on 11, rows on 13–15; the comma in the caption, and in a cell after the pipes
        { "表1 苏州,各区数据\n\n| 城市 | 产值（亿元） |\n|------|------:|\n| 苏州,园区 | 24653 |", [Comma(11, 5), Comma(15, 4)] },
        // rows without outer pipes: the last cell runs to the end of the line
        { "表1 各区数据\n\n城市 | 说明\n---|---\n苏州 | 园区,新区", [Comma(15, 7)] },
        // an escaped pipe is the cell's text, so the quotes around it pair
        { "表1 各区数据\n\n| 城市 | 说明 |\n|---|---|\n| 苏州 | “园区\\|新区” |", [] },
        // quotes pair within a cell, not across the pipe
        { "表1 各区数据\n\n| 城市 | 说明 |\n|---|---|\n| “苏州 | 园区” |", [
            "15 Error unpaired-quote: '“' is never closed in this paragraph | add the closing '”' where the quotation or aside ends",
            "15 Error unpaired-quote: '”' closes nothing: no '“' before it in this paragraph | add the opening '“' where the quotation or aside starts, or drop this '”'",
        ] },
    };

    public static TheoryData<string, string[]> Attachments => new()
    {
        // an attachment's title after ::: 附件, and its paragraphs
        { "正文。\n\n::: 附件 苏州,名单\n名单,如下。\n:::", [Comma(13, 9), Comma(14, 2)] },
    };

    [Theory]
    [MemberData(nameof(Tables))]
    public void Table_findings(string body, string[] expected) =>
        Assert.Equal(expected, Findings(body));

    [Theory]
    [MemberData(nameof(Attachments))]
    public void Attachment_findings(string body, string[] expected) =>
        Assert.Equal(expected, Findings(body));

    [Fact]
    public void A_figure_s_caption_is_checked_but_not_its_file_name()
    {
        // The picture must be there for the brief to read; its name has a comma after Chinese too.
        var folder = Directory.CreateTempSubdirectory("lint-figure-").FullName;
        try
        {
            File.Copy(Repo.Path("tests", "fixtures", "figures", "bars.png"), Path.Join(folder, "苏州,图.png"));
            var brief = Path.Join(folder, "t.md");
            var finding = Assert.Single(Linter.Check(LintRuleTests.Brief("![图1 苏州,产值](苏州,图.png)"), brief));
            Assert.Equal((brief, 11, "punct-halfwidth", new Edit(11, 7, 1, "，")), (finding.Diagnostic.File, finding.Diagnostic.Line, finding.Diagnostic.Code, finding.Fix));
            // An indented figure: its caption starts after the indent's ![.
            finding = Assert.Single(Linter.Check(LintRuleTests.Brief("   ![图1 苏州,产值](苏州,图.png)"), brief));
            Assert.Equal(new Edit(11, 10, 1, "，"), finding.Fix);
            // A caption whose ]( starts the next line.
            finding = Assert.Single(Linter.Check(LintRuleTests.Brief("![图1 苏州,产值\n](苏州,图.png)"), brief));
            Assert.Equal(new Edit(11, 7, 1, "，"), finding.Fix);
            // A caption run over three lines: each of its lines is checked, up to the ]( on the last.
            var findings = Linter.Check(LintRuleTests.Brief("![图1 苏州,产值\n与增速,\n近五年,比较](苏州,图.png)"), brief);
            Assert.Equal([new Edit(11, 7, 1, "，"), new Edit(12, 3, 1, "，"), new Edit(13, 3, 1, "，")], findings.Select(f => f.Fix));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void The_editor_s_note_is_checked_but_not_its_fences() =>
        Assert.Equal([Comma(9, 5)], TextFindings("---\nissue: 1\ntotal: 1\ndate: 2024-01-01\nrecipients: [甲]\ntitle: 题目\n---\n::: 编者按\n深圳的探索,有借鉴意义。\n:::\n\n正文。\n"));
}
