using BriefBuilder.Lint;
using BriefBuilder.Model;
using BriefBuilder.Source;

namespace BriefBuilder.Tests.Source;

/// <summary>
/// The editor's note (编者按), written as a marked block at the top of the body: read into its own
/// kind, with what cannot be a note refused at its line, and its fences left out of lint.
/// </summary>
public class EditorNoteTests
{
    static IReadOnlyList<Block> Read(string markdown) => BodyReader.Read(markdown, "t.md", 1);

    [Fact]
    public void A_marked_block_at_the_top_is_the_editors_note_with_its_paragraphs()
    {
        var blocks = Read("::: 编者按\n深圳的探索**值得借鉴**。\n\n现摘编如下。\n:::\n\n近年来，……\n");

        var note = Assert.IsType<EditorNote>(blocks[0]);
        Assert.Equal((1, 5), (note.Line, note.LastLine));
        Assert.Equal([2, 4], note.Paragraphs.Select(p => p.Line));
        Assert.Equal([new Span("深圳的探索"), new Span("值得借鉴", Bold: true), new Span("。")], note.Paragraphs[0].Spans);
        Assert.Equal(7, Assert.IsType<Paragraph>(blocks[1]).Line);
    }

    [Fact]
    public void A_comment_may_stand_before_the_note()
    {
        Assert.IsType<EditorNote>(Read("<!-- 来源：深圳特区报 -->\n\n::: 编者按\n摘编。\n:::\n\n正文。\n")[0]);
    }

    [Theory]
    [InlineData("正文。\n\n::: 编者按\n摘编。\n:::\n", 3, "an editor's note stands before the body, after the title: move the '::: 编者按' block to the top of the body (a brief has one)")]
    [InlineData("::: 编者按\n甲。\n:::\n\n::: 编者按\n乙。\n:::\n", 5, "an editor's note stands before the body, after the title: move the '::: 编者按' block to the top of the body (a brief has one)")]
    [InlineData("> ::: 编者按\n> 摘编。\n> :::\n", 1, "an editor's note stands before the body, after the title: move the '::: 编者按' block to the top of the body (a brief has one)")]
    [InlineData("::: 编者案\n摘编。\n:::\n", 1, "'::: 编者案' marks no kind of block; did you mean '编者按'? the marked blocks are '::: 编者按', the editor's note, and '::: 附件 标题', an attachment")]
    [InlineData("::: 编者按\n摘编。\n\n# 一、标题\n\n正文。\n", 4, "an editor's note holds paragraphs only, not a heading; is the ':::' that closes it missing?")]
    [InlineData("::: 编者按\n:::\n\n正文。\n", 1, "the editor's note is empty: write its text between '::: 编者按' and ':::'")]
    [InlineData("::: 编者按\n编者按：摘编。\n:::\n", 2, "the template prints '编者按：' before the note: delete it from the note's text")]
    public void What_cannot_be_a_note_is_refused_at_its_line(string markdown, int line, string message)
    {
        var error = Assert.Throws<SourceError>(() => Read(markdown));
        Assert.Equal((line, message), (error.Line, error.Message));
    }

    [Fact]
    public void Inline_colons_stay_text()
    {
        // Only the block form is read: Markdig's inline ::text:: would have taken text apart.
        var paragraph = Assert.IsType<Paragraph>(Read("比值为1::2::3。\n")[0]);
        Assert.Equal("比值为1::2::3。", paragraph.Text);
    }

    [Fact]
    public void Lint_checks_the_notes_text_and_not_its_fences()
    {
        var text = "---\nissue: 1\ntotal: 1\ndate: 2024-01-01\nrecipients: [甲]\ntitle: 题\n---\n::: 编者按\n深圳的探索,值得借鉴。\n:::\n\n近年来，苏州加快发展。\n";

        var finding = Assert.Single(Linter.Check(text, "t.md"));
        Assert.Equal(("punct-halfwidth", 9), (finding.Diagnostic.Code, finding.Diagnostic.Line));
    }

    [Fact]
    public void The_dump_shows_the_note_and_its_paragraphs()
    {
        var brief = new Brief("t.md", BriefReader.Parse("---\nissue: 1\ntotal: 1\ndate: 2024-01-01\nrecipients: [甲]\ntitle: 题\n---\n::: 编者按\n摘编。\n:::\n\n正文。\n", "t.md").Front,
            Read("::: 编者按\n摘编。\n:::\n\n正文。\n"));
        Assert.Contains("    EditorNote (line 1)\n      Paragraph (line 2)\n        \"摘编。\"\n    Paragraph (line 5)\n", ModelDump.Brief(brief));
    }
}
