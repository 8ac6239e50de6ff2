using BriefBuilder.Model;
using BriefBuilder.Source;

namespace BriefBuilder.Tests.Source;

/// <summary>
/// Each block knows the lines of the file it spans, first and last: what lint blames, what a
/// preview scrolls to, what a layout error names. The body starts on line 5 of its file here.
/// </summary>
public class BlockLinesTests
{
    const string Body = "# 一、甲\n\n第一段\n第二行\n\n> 引文\n> 续\n\n表1 产值\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n::: 编者按\n按语。\n:::\n";

    [Fact]
    public void Every_block_spans_its_first_to_its_last_line()
    {
        var blocks = BodyReader.Read("::: 编者按\n按语\n续。\n:::\n\n" + Body.Replace("\n\n::: 编者按\n按语。\n:::\n", "\n"), "t.md", 5);
        Assert.Equal(
            [("editor_note", 5, 8), ("heading", 10, 10), ("paragraph", 12, 13), ("quote", 15, 16), ("table", 20, 22)],
            blocks.Select(b => (b.Kind, b.Line, b.LastLine)));
        var table = Assert.IsType<Table>(blocks[^1]);
        Assert.Equal((18, 20, 22), (table.Caption!.Line, table.Header.Line, table.Rows[0].Line));
    }

    [Fact]
    public void A_block_at_the_end_of_a_body_without_a_final_line_end_ends_on_its_line()
    {
        var blocks = BodyReader.Read("甲。\n\n乙\n丙", "t.md", 5);
        Assert.Equal((7, 8), (blocks[^1].Line, blocks[^1].LastLine));
    }

    [Fact]
    public void An_editor_s_note_stands_only_at_the_top_of_the_body()
    {
        var error = Assert.Throws<SourceError>(() => BodyReader.Read(Body, "t.md", 5));
        Assert.Equal((19, "an editor's note stands before the body, after the title: move the '::: 编者按' block to the top of the body (a brief has one)"),
            (error.Line, error.Message));
    }
}
