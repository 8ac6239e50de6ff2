using BriefBuilder.Lint;
using BriefBuilder.Model;
using BriefBuilder.Source;

namespace BriefBuilder.Tests.Source;

/// <summary>
/// Attachments (附件), written as marked blocks after the body with their titles: read into their
/// own kind and numbered in order; what cannot be an attachment is refused at its line.
/// </summary>
public class AttachmentTests
{
    static IReadOnlyList<Block> Read(string markdown) => BodyReader.Read(markdown, "t.md", 1);

    [Fact]
    public void Marked_blocks_after_the_body_are_its_attachments_numbered_in_order()
    {
        var blocks = Read("正文。\n\n::: 附件 名单\n# 一、甲\n\n乙。\n:::\n\n::: 附件 清单\n丙。\n:::\n");

        Assert.IsType<Paragraph>(blocks[0]);
        var (first, second) = (Assert.IsType<Attachment>(blocks[1]), Assert.IsType<Attachment>(blocks[2]));
        Assert.Equal((3, 7, 1, 2, "名单"), (first.Line, first.LastLine, first.Number, first.Of, first.Title));
        Assert.Equal([Heading.KindName, Paragraph.KindName], first.Blocks.Select(b => b.Kind));
        Assert.Equal((9, 2, 2, "清单"), (second.Line, second.Number, second.Of, second.Title));
    }

    [Theory]
    [InlineData("正文。\n\n::: 附件 名单\n甲。\n:::\n\n后记。\n", 7, "attachments follow the body: move this paragraph above the first '::: 附件' (line 3), or into an attachment")]
    [InlineData("正文。\n\n::: 附件\n甲。\n:::\n", 3, "an attachment needs its title after the mark: '::: 附件 标题'")]
    [InlineData("正文。\n\n::: 附件 附件1 名单\n甲。\n:::\n", 3, "the template prints '附件' and the attachment's number: write only the title after '::: 附件 '")]
    [InlineData("正文。\n\n::: 附件 名单\n:::\n", 3, "the attachment '名单' is empty: write its text between '::: 附件 名单' and ':::'")]
    [InlineData("> ::: 附件 名单\n> 甲。\n> :::\n", 1, "an attachment stands on its own after the body, not inside another block: move the '::: 附件' block out of it")]
    [InlineData("正文。\n\n::: 附加 名单\n甲。\n:::\n", 3, "'::: 附加' marks no kind of block; did you mean '附件'? the marked blocks are '::: 编者按', the editor's note, and '::: 附件 标题', an attachment")]
    public void What_cannot_be_an_attachment_is_refused_at_its_line(string markdown, int line, string message)
    {
        var error = Assert.Throws<SourceError>(() => Read(markdown));
        Assert.Equal((line, message), (error.Line, error.Message));
    }

    [Fact]
    public void Each_attachment_numbers_its_headings_afresh_and_lint_checks_its_title()
    {
        var text = "---\nissue: 1\ntotal: 1\ndate: 2024-01-01\nrecipients: [甲]\ntitle: 题\n---\n# 一、甲\n\n# 二、乙\n\n::: 附件 名单,清单\n# 一、丙\n\n丁。\n:::\n";

        var finding = Assert.Single(Linter.Check(text, "t.md"));
        Assert.Equal(("punct-halfwidth", 12), (finding.Diagnostic.Code, finding.Diagnostic.Line));
    }
}
