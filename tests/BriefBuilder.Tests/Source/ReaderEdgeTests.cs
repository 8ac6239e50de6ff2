using System.Text;
using BriefBuilder.Model;
using BriefBuilder.Source;

namespace BriefBuilder.Tests.Source;

/// <summary>
/// The edges of the body reader and the text reader, each with what the editor sees: a setext
/// heading's lines, a soft break before emphasis, tables with a missing heading, no rows, a short
/// delimiter row or a short row, the marked blocks and figures written wrong, did-you-mean at its
/// two-edit limit, UTF-16 told from GBK, a character beyond U+FFFF, a new file that exists read-only.
/// </summary>
public sealed class ReaderEdgeTests : IDisposable
{
    readonly string _dir = Directory.CreateTempSubdirectory("reader-edge-").FullName;
    public void Dispose() => Directory.Delete(_dir, recursive: true);

    static IReadOnlyList<Block> Read(string markdown) => BodyReader.Read(markdown, "t.md", 1);

    static string Fails(string markdown, int line)
    {
        var error = Assert.Throws<SourceError>(() => Read(markdown));
        Assert.Equal(("t.md", line), (error.File, error.Line));
        return error.Message;
    }

    static string Show(IEnumerable<Span> spans) => string.Join(" | ", spans.Select(s => s.Text + (s.Bold ? "[b]" : "") + (s.Italic ? "[i]" : "")));

    [Fact]
    public void A_setext_heading_starts_at_its_text_and_ends_at_its_underline()
    {
        var heading = Assert.IsType<Heading>(Read("正文。\n\n二、标题\n---\n\n正文。\n")[1]);
        Assert.Equal((3, 4, "二、标题"), (heading.Line, heading.LastLine, Show(heading.Spans)));
    }

    [Fact]
    public void A_soft_break_joins_once_and_emphasis_after_it_keeps_its_text()
    {
        var paragraph = Assert.IsType<Paragraph>(Assert.Single(Read("甲\nAB*C*D\n")));
        Assert.Equal("甲AB | C[i] | D", Show(paragraph.Spans));
    }

    [Theory]
    [InlineData("表1 数据\n\n| | 乙 |\n|---|---|\n| 1 | 2 |\n", 3, "column 1 of the table has no heading in its header row: every column needs one (a row with more cells than the header? a | in a cell's text is written \\|)")]
    [InlineData("表1 数据\n\n| 甲 | 乙 |\n|---|---|\n", 3, "the table has a header and no rows: write its rows below the |---| line")]
    public void A_table_s_header_names_every_column_over_rows(string markdown, int line, string message) =>
        Assert.Equal(message, Fails(markdown, line));

    [Fact]
    public void A_short_delimiter_row_leaves_a_column_unaligned_and_a_short_row_is_filled()
    {
        var table = Assert.IsType<Table>(Assert.Single(Read("表1 数据\n\n| 甲 | 乙 |\n|:--|\n| 1 |\n")));
        Assert.Equal([Alignment.Left, null], table.Columns);
        Assert.Equal(["1", ""], table.Rows.Single().Cells.Select(Show));
    }

    [Theory]
    [InlineData("::: 附件\n内容。\n:::\n", 1, "an attachment needs its title after the mark: '::: 附件 标题'")]
    [InlineData("正文。\n\n:::\n内容。\n:::\n", 3, "'::: ' marks no kind of block; did you mean '附件'? the marked blocks are '::: 编者按', the editor's note, and '::: 附件 标题', an attachment")]
    [InlineData("正文。\n\n::: abcde\n内容。\n:::\n", 3, "'::: abcde' marks no kind of block; the marked blocks are '::: 编者按', the editor's note, and '::: 附件 标题', an attachment")]
    [InlineData("![图1 标题](bars.png) 文字\n", 1, "a picture inside a paragraph (a figure stands alone: a paragraph of its own, ![图1 标题](file.png)) cannot be printed in a brief; write it as plain text")]
    [InlineData("![图1 标题]()\n", 1, "a figure names its picture file in the parentheses: ![图1 标题](file.png)")]
    public void Marked_blocks_and_figures_written_wrong(string markdown, int line, string message) =>
        Assert.Equal(message, Fails(markdown, line));

    [Fact]
    public void Attachments_alone_are_numbered()
    {
        var attachment = Assert.IsType<Attachment>(Assert.Single(Read("::: 附件 名单\n内容。\n:::\n")));
        Assert.Equal((1, 1, "名单"), (attachment.Number, attachment.Of, attachment.Title));
    }

    [Theory]
    [InlineData("titel", "did you mean 'title'? ")]   // a swap of neighbours is one edit
    [InlineData("ittel", "did you mean 'title'? ")]   // two swaps, two edits
    [InlineData("ittlezz", "")]                       // a swap and two more: three
    [InlineData("oldtitle", "")]                      // three letters before it: three
    [InlineData("xtitle", "did you mean 'title'? ")]
    public void Did_you_mean_counts_up_to_two_edits(string word, string hint) =>
        Assert.Equal(hint, Spelling.DidYouMean(word, ["issue", "total", "date", "recipients", "title", "subtitle", "editor"]));

    [Theory]
    [InlineData(new byte[] { 0xE9, 0, 0x61, 0 }, "the file is UTF-16 text; save it as UTF-8")]      // "éa" in UTF-16, four bytes
    [InlineData(new byte[] { 0xE9, 0, 0x61, 0x62 }, "the file is UTF-16 text; save it as UTF-8")]   // a quarter of the bytes zero
    [InlineData(new byte[] { 0xE9, 0x61, 0x62 }, "the file is not UTF-8 text (was it saved as GBK?); save it as UTF-8")]
    public void A_file_not_UTF_8_says_which_it_may_be(byte[] bytes, string message)
    {
        var error = Assert.Throws<SourceError>(() => SourceText.Decode(bytes, "f.md"));
        Assert.Equal(("f.md", 1, message), (error.File, error.Line, error.Message));
    }

    [Fact]
    public void A_character_beyond_U_FFFF_is_read() =>
        Assert.Equal("甲\U00010000乙", SourceText.Decode(Encoding.UTF8.GetBytes("甲\U00010000乙"), "f.md"));

    [Fact]
    public void A_new_file_where_a_read_only_one_exists_leaves_it_and_says_it_exists()
    {
        var path = Path.Join(_dir, "021.md");
        File.WriteAllText(path, "旧");
        File.SetUnixFileMode(path, UnixFileMode.UserRead);
        var error = Assert.Throws<SourceError>(() => UserFile.Create(path, Encoding.UTF8.GetBytes("新")));
        Assert.Equal((path, 0, "it already exists; it is left as it is"), (error.File, error.Line, error.Message));
        Assert.Equal("旧", File.ReadAllText(path));
    }
}
