using BriefBuilder.Lint;
using BriefBuilder.Model;
using BriefBuilder.Source;

namespace BriefBuilder.Tests.Source;

/// <summary>
/// A pipe table with its caption line above it, read into the table kind: header, rows, each
/// column's alignment, and each row's line; what cannot be a house table is refused at its line.
/// </summary>
public class TableReaderTests
{
    static IReadOnlyList<Block> Read(string markdown) => BodyReader.Read(markdown, "t.md", 1);

    const string Two = "| 城市 | 产值（亿元） |\n|---|--:|\n| 苏州 | **24653.4** |\n| 无锡 |\n";

    [Theory]
    [InlineData("正文。\n\n表1 各市产值\n\n" + Two)]
    [InlineData("正文。\n\n表1 各市产值\n" + Two)] // no blank line: Markdig still reads a paragraph, then the table
    public void A_pipe_table_under_its_caption_is_a_table_holding_the_caption(string markdown)
    {
        var blocks = Read(markdown);

        Assert.Equal(2, blocks.Count); // the caption is the table's, not a paragraph of the body
        var table = Assert.IsType<Table>(blocks[1]);
        Assert.Equal("表1 各市产值", table.Caption!.Text);
        Assert.Equal([null, Alignment.Right], table.Columns);
        Assert.Equal(["城市", "产值（亿元）"], table.Header.Cells.Select(Span.Join));
        Assert.Equal([new Span("苏州"), new Span("24653.4", Bold: true)], table.Rows[0].Cells.SelectMany(c => c));
        Assert.Equal(["无锡", ""], table.Rows[1].Cells.Select(Span.Join)); // a short row's missing cell is empty
        var first = markdown.Split('\n').ToList().FindIndex(l => l.StartsWith("| 城市", StringComparison.Ordinal)) + 1;
        Assert.Equal((first, first + 2, first + 3), (table.Header.Line, table.Rows[0].Line, table.Rows[1].Line));
    }

    [Theory]
    [InlineData("正文。\n\n" + Two, 3, "a table needs its caption line directly above it, 表1 and its title (表1 2023年各市地区生产总值)")]
    [InlineData("表2 产值\n\n" + Two, 1, "this is the brief's table 1: its caption starts 表1, not “表2”")]
    [InlineData("表1 甲\n\n" + Two + "\n表1 乙\n\n" + Two, 8, "this is the brief's table 2: its caption starts 表2, not “表1”")]
    [InlineData("表1 产值\n\n| 城市 | 产值 |\n|---|---|\n| 苏州 | 1 | 2 |\n", 3, "column 3 of the table has no heading in its header row: every column needs one (a row with more cells than the header? a | in a cell's text is written \\|)")]
    [InlineData("表1 产值\n\n| 城市 | |\n|---|---|\n| 苏州 | 1 |\n", 3, "column 2 of the table has no heading in its header row: every column needs one (a row with more cells than the header? a | in a cell's text is written \\|)")]
    [InlineData("表1 产值\n\n| 城市 | [链接](https://example.org) |\n|---|---|\n| 苏州 | 1 |\n", 3, "a link cannot be printed in a brief; write it as plain text")]
    public void What_cannot_be_a_house_table_is_refused_at_its_line(string markdown, int line, string message)
    {
        var error = Assert.Throws<SourceError>(() => Read(markdown));
        Assert.Equal((line, message), (error.Line, error.Message));
    }

    [Fact]
    public void Lint_checks_each_cell_and_the_caption_and_not_the_pipes()
    {
        var text = "---\nissue: 1\ntotal: 1\ndate: 2024-01-01\nrecipients: [甲]\ntitle: 题\n---\n表1 各市产值,亿元\n\n| 城市 | 说明 |\n|---|---|\n| 苏州 | 增长较快,领先 |\n";

        var findings = Linter.Check(text, "t.md").Select(f => (f.Diagnostic.Code, f.Diagnostic.Line)).ToList();
        Assert.Equal([("punct-halfwidth", 8), ("punct-halfwidth", 12)], findings);
    }

    [Fact]
    public void The_dump_shows_the_caption_the_header_and_the_rows_with_their_lines()
    {
        var text = "---\nissue: 1\ntotal: 1\ndate: 2024-01-01\nrecipients: [甲]\ntitle: 题\n---\n表1 产值\n\n" + Two;
        var brief = new Brief("t.md", BriefReader.Parse(text, "t.md").Front, Read("表1 产值\n\n" + Two));
        Assert.Contains("    Table (line 3) columns [default, Right]\n      Caption\n        Paragraph (line 1)\n          \"表1 产值\"\n      Header (line 3)\n        Cell\n          \"城市\"\n", ModelDump.Brief(brief));
    }
}
