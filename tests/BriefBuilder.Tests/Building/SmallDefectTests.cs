using System.Text;
using BriefBuilder.Source;

namespace BriefBuilder.Tests.Building;

/// <summary>The small defects of issue 17 and the safe defaults of issue 16 item 5, each with its exact outcome.</summary>
public sealed class SmallDefectTests : IDisposable
{
    private readonly Workspace _ws = new();
    public void Dispose() => _ws.Dispose();

    [Fact]
    public void A_phone_too_long_for_the_closing_line_is_an_error_at_its_line()
    {
        var path = _ws.Write("content/2024/021.md", Encoding.UTF8.GetBytes(
            "---\nissue: 21\ntotal: 103\ndate: 2024-06-17\nrecipients: [刘小涛书记]\ntitle: 苏州打造产业创新集群的思考\nphone: \"123456789012345678901234567890123\"\n---\n\n正文。\n"));

        var result = Workspace.Brief("build", path, "-o", _ws.Out);

        Assert.Equal(1, result.Exit);
        Assert.Contains($"{Path.GetRelativePath(Environment.CurrentDirectory, path)}:7: error: 'phone' is 33 characters; the closing line has room for a number of at most 15, like 18896954159 or 0512-68661234", result.Stdout + result.Stderr);
        Assert.DoesNotContain("overlap", result.Stdout + result.Stderr);
    }

    [Fact]
    public void A_build_without_o_writes_beside_the_content_folder_whatever_the_working_folder()
    {
        var result = Workspace.Brief("build", Path.Join(_ws.Content, "2024", "020.md"), "--format", "docx");

        Assert.True(result.Exit == 0, result.Stdout + result.Stderr);
        Assert.True(File.Exists(Path.Join(_ws.Root, "out", "2024", "020.docx")), result.Stdout);
        Assert.NotEqual(Path.GetFullPath(_ws.Root), Environment.CurrentDirectory);
    }

    [Fact]
    public void A_title_starting_with_an_at_sign_is_a_title_not_a_response_file()
    {
        var result = Workspace.Brief("new", "--date", "2024-06-17", "--title", "@苏州打造产业创新集群", "--content", _ws.Content);

        Assert.True(result.Exit == 0, result.Stderr);
        Assert.Equal("@苏州打造产业创新集群", BriefReader.Read(Path.Join(_ws.Content, "2024", "021.md")).Front.Title);
    }

    [Fact]
    public void New_prints_the_numbers_and_date_it_chose()
    {
        var result = Workspace.Brief("new", "--date", "2024-06-17", "--content", _ws.Content);

        Assert.Equal(0, result.Exit);
        Assert.Equal($"{Path.Join(_ws.Content, "2024", "021.md")}\n2024年第21期（总第103期）, dated 2024-06-17\n", result.Stdout);
        Assert.Equal("", result.Stderr);
    }

    [Fact]
    public void New_says_loudly_when_its_date_starts_a_new_year()
    {
        var result = Workspace.Brief("new", "--date", "2025-01-06", "--content", _ws.Content);

        Assert.Equal(0, result.Exit);
        Assert.EndsWith("\n2025年第1期（总第103期）, dated 2025-01-06\n", result.Stdout);
        Assert.Equal($"brief new: NEW YEAR: this brief starts 2025 as its 第1期; the latest brief is 2024年第20期 ({Path.Join(_ws.Content, "2024", "020.md")}, 2024-06-03). "
            + "If it belongs to 2024, delete it and give --date.\n", result.Stderr);
    }

    [Fact]
    public void Import_prints_the_numbers_and_date_it_chose_and_warns_of_a_new_year()
    {
        var article = _ws.Write("article.txt", Encoding.UTF8.GetBytes("深圳的启示\n\n深圳近年来统一规划，先后打造了一批创新高地。\n"));

        var result = Workspace.Brief("import", article, "--date", "2025-01-06", "--content", _ws.Content);

        Assert.True(result.Exit == 0, result.Stderr);
        Assert.StartsWith($"{Path.Join(_ws.Content, "2025", "001.md")}\n2025年第1期（总第103期）, dated 2025-01-06\n", result.Stdout);
        Assert.StartsWith("brief import: NEW YEAR: this brief starts 2025 as its 第1期; the latest brief is 2024年第20期", result.Stderr);
    }
}
