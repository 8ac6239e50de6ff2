using BriefBuilder.Model;
using BriefBuilder.Source;

namespace BriefBuilder.Tests.Source;

/// <summary>Every kind of bad brief fails with the file, the line and what was expected.</summary>
public sealed class BadBriefTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("brief-bad-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private const string Good = """
        ---
        issue: 9
        total: 91
        date: 2024-04-01
        recipients: [刘小涛书记, 王颺秘书长]
        title: 深圳：以科技创新之进 拓产业创新之路
        editor: 柴永鹏
        ---

        创新是深圳的特质和品牌。
        """;

    private SourceError Fail(string text) => Fail(System.Text.Encoding.UTF8.GetBytes(text));

    private SourceError Fail(byte[] bytes)
    {
        var path = Path.Combine(_dir, "009.md");
        File.WriteAllBytes(path, bytes);
        var error = Assert.Throws<SourceError>(() => BriefReader.Read(path));
        Assert.Equal(path, error.File);
        return error;
    }

    [Fact]
    public void Good_brief_reads()
    {
        var path = Path.Combine(_dir, "009.md");
        File.WriteAllText(path, Good);
        var brief = BriefReader.Read(path);
        Assert.Equal(9, brief.Front.Issue);
        Assert.Equal(["刘小涛书记", "王颺秘书长"], brief.Front.Recipients);
        Assert.Equal(10, Assert.Single(brief.Body).Line);
    }

    [Fact]
    public void Malformed_yaml_names_its_line()
    {
        var e = Fail(Good.Replace("title: 深圳", "title: [深圳"));
        Assert.Equal(6, e.Line);
        Assert.StartsWith("the list opened with '[' is not closed on this line: end it with ']'", e.Message);
    }

    [Fact]
    public void Missing_key_says_what_is_expected()
    {
        var e = Fail(Good.Replace("total: 91\n", ""));
        Assert.Equal("missing key 'total': expected 总第M期 as a whole number, like 102", e.Message);
    }

    [Fact]
    public void Mistyped_key_suggests_the_right_one()
    {
        var e = Fail(Good.Replace("title:", "titel:"));
        Assert.Equal(6, e.Line);
        Assert.StartsWith("unknown key 'titel'; did you mean 'title'?", e.Message);
    }

    [Theory]
    [InlineData("2024-13-01")]
    [InlineData("2024-4-1")]
    [InlineData("yesterday")]
    public void Date_must_be_a_real_date(string date)
    {
        var e = Fail(Good.Replace("2024-04-01", date));
        Assert.Equal(4, e.Line);
        Assert.Equal($"'date' must be a date written YYYY-MM-DD (like 2024-06-03), not '{date}'", e.Message);
    }

    [Fact]
    public void Issue_must_be_a_whole_number()
    {
        var e = Fail(Good.Replace("issue: 9", "issue: nine"));
        Assert.Equal((2, "'issue' must be 第N期 as a whole number, like 20, not 'nine'"), (e.Line, e.Message));
    }

    [Fact]
    public void Non_utf8_file_is_refused_at_the_bad_line()
    {
        var gbk = System.Text.Encoding.UTF8.GetBytes(Good).ToList();
        gbk.InsertRange(gbk.Count - 3, new byte[] { 0xC9, 0xEE }); // 深 in GBK
        var e = Fail(gbk.ToArray());
        Assert.Equal(10, e.Line);
        Assert.Contains("not UTF-8", e.Message);
    }

    [Fact]
    public void Empty_body_is_refused()
    {
        var e = Fail(Good.Replace("创新是深圳的特质和品牌。", "   "));
        Assert.Equal(9, e.Line);
        Assert.StartsWith("the body is empty", e.Message);
    }

    [Fact]
    public void Missing_front_matter_is_refused()
    {
        var e = Fail("创新是深圳的特质和品牌。\n");
        Assert.Equal(1, e.Line);
        Assert.StartsWith("expected front matter", e.Message);
    }

    [Theory]
    [InlineData("+---+---+\n| a | b |\n+===+===+\n| 1 | 2 |\n+---+---+", "a grid table (+---+) cannot be printed")]
    [InlineData("- 一是\n- 二是", "a bulleted list")]
    [InlineData("1. 一是\n2. 二是", "a numbered list")]
    [InlineData("    code", "a code block")]
    [InlineData("<div>x</div>", "raw HTML")]
    [InlineData("见[网站](https://example.org)。", "a link")]
    [InlineData("见图![图1 投入](a.png)。", "a picture inside a paragraph")]
    [InlineData("用`code`写", "inline code (`…`)")]
    public void Markdown_the_house_format_cannot_print_stops_the_build(string markdown, string what)
    {
        var e = Fail(Good + "\n\n" + markdown + "\n");
        Assert.Equal(12, e.Line);
        Assert.Contains(what, e.Message);
    }
}
