using BriefBuilder.Model;
using BriefBuilder.Source;

namespace BriefBuilder.Tests.Source;

/// <summary>The front matter between the two '---' lines, each key with its line; the body after it.</summary>
public class FrontMatterReaderTests
{
    const string Front = "---\nissue: 9\ntotal: 91\ndate: 2024-04-01\nrecipients: [刘小涛书记, 王颺秘书长]\ntitle: 深圳\n";

    static SourceError Fails(string text)
    {
        var error = Assert.Throws<SourceError>(() => FrontMatterReader.Split(text, "009.md"));
        Assert.Equal("009.md", error.File);
        return error;
    }

    [Fact]
    public void Every_key_with_its_line_and_the_body_with_the_line_it_starts_on()
    {
        var (front, body, bodyLine) = FrontMatterReader.Split(
            Front + "subtitle: ——副题\neditor: 柴永鹏\nphone: \"18896954159\"\ncopies: 40\n---\n\n正文。\n", "009.md");
        Assert.Equal(new FrontMatter(9, 91, new DateOnly(2024, 4, 1), front.Recipients, front.TitleLines, "——副题", "柴永鹏", "18896954159", 40, front.KeyLines), front);
        Assert.Equal(["刘小涛书记", "王颺秘书长"], front.Recipients);
        Assert.Equal(["深圳"], front.TitleLines);
        Assert.Equal(
            new Dictionary<string, int> { ["issue"] = 2, ["total"] = 3, ["date"] = 4, ["recipients"] = 5, ["title"] = 6, ["subtitle"] = 7, ["editor"] = 8, ["phone"] = 9, ["copies"] = 10 },
            front.KeyLines);
        Assert.Equal(("\n正文。\n", 12), (body, bodyLine));
    }

    [Fact]
    public void Optional_keys_may_be_left_out()
    {
        var front = FrontMatterReader.Split(Front + "---\n正文。", "009.md").Front;
        Assert.Equal((null, null, null, (int?)null), (front.Subtitle, front.Editor, front.Phone, front.Copies));
        Assert.Equal(["issue", "total", "date", "recipients", "title"], front.KeyLines.Keys);
    }

    [Fact]
    public void Spaces_after_the_dashes_are_allowed()
    {
        var (_, body, bodyLine) = FrontMatterReader.Split(Front.Replace("---\n", "---  \n") + "---\t\n正文。", "009.md");
        Assert.Equal(("正文。", 8), (body, bodyLine));
    }

    [Fact]
    public void The_body_may_hold_dashes_of_its_own()
    {
        var (_, body, _) = FrontMatterReader.Split(Front + "---\n甲\n\n---\n乙\n", "009.md");
        Assert.Equal("甲\n\n---\n乙\n", body);
    }

    [Theory]
    [InlineData("\n---\nissue: 9\n---\n")]
    [InlineData("--\nissue: 9\n---\n")]
    [InlineData("正文。\n")]
    public void A_file_not_starting_with_dashes_has_no_front_matter(string text)
    {
        var error = Fails(text);
        Assert.Equal((1, "expected front matter: the file must start with a line '---', then the keys (issue, total, date, …), then '---'"), (error.Line, error.Message));
    }

    [Fact]
    public void Unclosed_front_matter_is_blamed_on_the_last_line()
    {
        var error = Fails(Front + "\n正文。");
        Assert.Equal((8, "the front matter is not closed: add a line '---' after its last key"), (error.Line, error.Message));
    }

    [Theory]
    [InlineData("issue", "missing key 'issue': expected 第N期 as a whole number, like 20")]
    [InlineData("total", "missing key 'total': expected 总第M期 as a whole number, like 102")]
    [InlineData("date", "missing key 'date': expected a date written YYYY-MM-DD")]
    [InlineData("recipients", "missing key 'recipients': expected a list of names, like [刘小涛书记, 王颺秘书长]")]
    [InlineData("title", "missing key 'title': expected the brief's title")]
    public void Every_required_key_is_asked_for_at_the_first_line_of_the_front_matter(string key, string message)
    {
        var error = Fails(string.Join('\n', Front.Split('\n').Where(l => !l.StartsWith(key + ":"))) + "---\n正文。");
        Assert.Equal((2, message), (error.Line, error.Message));
    }

    [Fact]
    public void Copies_are_a_whole_number()
    {
        var error = Fails(Front + "copies: 三十\n---\n正文。");
        Assert.Equal((7, "'copies' must be the number of printed copies, like 30, not '三十'"), (error.Line, error.Message));
    }

    [Fact]
    public void An_unknown_key_names_the_keys_a_brief_may_have()
    {
        var error = Fails(Front + "author: 柴永鹏\n---\n正文。");
        Assert.Equal((7, "unknown key 'author'; expected one of: issue, total, date, recipients, title, subtitle, editor, phone, copies"), (error.Line, error.Message));
    }

    [Fact]
    public void The_yaml_s_lines_are_the_file_s()
    {
        var error = Fails(Front.Replace("title: 深圳", "title: 深圳: 启示") + "---\n正文。");
        Assert.Equal(6, error.Line);
    }

    [Fact]
    public void A_brief_reads_front_matter_and_body_from_one_text()
    {
        var brief = BriefReader.Parse(Front + "---\n\n# 一、甲\n\n乙。\n", "content/2024/009.md");
        Assert.Equal("content/2024/009.md", brief.File);
        Assert.Equal(91, brief.Front.Total);
        Assert.Equal([(9, "一、甲"), (11, "乙。")], brief.Body.Select(b => (b.Line, b switch
        {
            Heading { Level: 1 } h => Assert.Single(h.Spans).Text,
            Paragraph p => Assert.Single(p.Spans).Text,
            _ => "",
        })));
    }

    [Fact]
    public void A_phone_number_fits_the_closing_line()
    {
        Assert.Equal("0512-6866123456", FrontMatterReader.Split(Front + "phone: 0512-6866123456\n---\n正文。", "009.md").Front.Phone);
        var error = Fails(Front + "phone: 0512-68661234567\n---\n正文。");
        Assert.Equal((7, "'phone' is 16 characters; the closing line has room for a number of at most 15, like 18896954159 or 0512-68661234"), (error.Line, error.Message));
    }

    [Theory]
    [InlineData("subtitle: ——深圳的启示", "——深圳的启示", 10)]
    [InlineData("subtitle:   ——副题  ", "——副题", 12)]
    [InlineData("subtitle: \"——深圳的启示\"", "——深圳的启示", null)]
    [InlineData("subtitle: '深圳''启示'", "深圳'启示", null)]
    [InlineData("subtitle: \"\"", "", null)] // quoted, though the empty text "stands" anywhere
    public void A_text_value_stands_verbatim_only_when_written_plain_on_one_line(string line, string text, int? column) =>
        Assert.Equal([new FrontMatterText("subtitle", text, 7, column)],
            FrontMatterReader.TextValues(Front + line + "\n---\n正文。\n", "009.md", ["subtitle"]));

    [Fact]
    public void A_list_gives_a_value_per_item_and_a_block_one_per_line()
    {
        var brief = Front.Replace("title: 深圳\n", "title: [践行“四敢”精神, \"全力打造\"]\nsubtitle: |\n  ——深圳\n  的启示\n") + "---\n正文。\n";
        Assert.Equal(
            [new("title", "践行“四敢”精神", 6, 8), new("title", "全力打造", 6, null), new("subtitle", "——深圳", 8, null), new("subtitle", "的启示", 9, null)],
            FrontMatterReader.TextValues(brief, "009.md", ["title", "subtitle", "editor"]));
    }

    /// <summary>
    /// YAML ends a line at a line separator (U+2028, which a file may hold), the file does not: every
    /// line after it would be misnumbered, so it is refused at its own line.
    /// </summary>
    [Fact]
    public void A_line_separator_in_the_front_matter_is_an_error_at_its_line()
    {
        var brief = "---\nissue: 9\u2028subtitle: 深圳经验与苏州启示\n---\n正文。\n";
        var error = Assert.Throws<SourceError>(() => FrontMatterReader.TextValues(brief, "009.md", ["subtitle"]));
        Assert.Equal(("009.md", 2, "there is a U+2028 (line separator) on this line, which YAML takes for the end of a line: delete it (it comes with text pasted from Word)"), (error.File, error.Line, error.Message));
    }

    [Fact]
    public void A_quoted_value_on_two_lines_is_blamed_on_its_first()
    {
        var brief = Front.Replace("title: 深圳\n", "title: \"深圳\n  启示\"\n") + "---\n正文。\n";
        Assert.Equal([new FrontMatterText("title", "深圳 启示", 6, null)], FrontMatterReader.TextValues(brief, "009.md", ["title"]));
    }
}
