using System.Text;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;
using BriefBuilder.Tests.Support;

namespace BriefBuilder.Tests.Building;

/// <summary>
/// <c>brief build</c> run in-process as the program runs it: exit codes, messages naming file and
/// line, bad briefs skipped without output while the good ones build, sources never touched.
/// </summary>
public sealed class BuildCliTests : IDisposable
{
    private readonly Workspace _ws = new();

    public void Dispose() => _ws.Dispose();

    private const string Body = "近年来，苏州以创新集群建设为抓手，推动产业链、创新链深度融合。";

    /// <summary>A brief that continues the seed series (2024 第20期 is 总第102期). Keys sit on lines 2–8, the body on line 11.</summary>
    private static string Brief(int issue) => $"""
        ---
        issue: {issue}
        total: {issue + 82}
        date: 2024-06-17
        recipients: [刘小涛书记, 王颺秘书长]
        title: 苏州打造产业创新集群的思考
        editor: 柴永鹏
        phone: "18896954159"
        ---

        {Body}

        """;

    private static readonly string Bad = Brief(22);

    public static TheoryData<string, byte[], int, string> BadBriefs => new()
    {
        { "malformed YAML", Utf8(Bad.Replace("title: 苏州", "title: [苏州")), 6, "the list opened with '[' is not closed on this line" },
        { "missing key", Utf8(Bad.Replace("total: 104\n", "")), 2, "missing key 'total'" },
        { "mistyped key", Utf8(Bad.Replace("title:", "titel:")), 6, "unknown key 'titel'; did you mean 'title'?" },
        { "bad date", Utf8(Bad.Replace("2024-06-17", "2024-02-30")), 4, "'date' must be a date" },
        { "non-UTF-8 bytes", [.. Utf8(Bad[..Bad.IndexOf(Body)]), 0xCB, 0xD5, .. Utf8(Bad[Bad.IndexOf(Body)..])], 11, "the file is not UTF-8" }, // 苏 in GBK
        { "empty body", Utf8(Bad.Replace(Body, "")), 10, "the body is empty" },
        { "a table without its caption", Utf8(Bad.Replace(Body, "| 年份 | 产值 |\n|---|---|\n| 2023 | 1 |")), 11, "a table needs its caption line directly above it, 表1 and its title" },
    };

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    [Theory]
    [MemberData(nameof(BadBriefs))]
    public void A_bad_brief_is_reported_at_its_line_and_skipped_while_the_good_one_builds(string why, byte[] bad, int line, string message)
    {
        _ws.Write("content/2024/021.md", Utf8(Brief(21)));
        var badPath = _ws.Write("content/2024/022.md", bad);
        var sources = _ws.Sources();

        var result = _ws.Build();

        Assert.True(result.Exit == 1, $"{why}: exit {result.Exit}\n{result.Stderr}");
        // Paths in messages are as the user would type them: relative to the working folder.
        var location = $"{Path.GetRelativePath(Environment.CurrentDirectory, badPath)}:{line}: error: ";
        var error = Assert.Single(Lines(result.Stderr));
        Assert.StartsWith(location + message, error);
        Assert.True(File.Exists(Path.Join(_ws.Out, "2024", "021.docx")));
        Assert.False(File.Exists(Path.Join(_ws.Out, "2024", "022.docx")));
        AssertNoTempFiles();
        Assert.Equal(sources, _ws.Sources());
    }

    [Fact]
    public void A_failed_build_leaves_the_previous_output_in_place()
    {
        var placeholder = _ws.Write("out/2024/022.docx", "the last good build"u8.ToArray());
        _ws.Write("content/2024/022.md", Utf8(Bad.Replace("title:", "titel:")));

        Assert.Equal(1, _ws.Build().Exit);

        Assert.Equal("the last good build"u8.ToArray(), File.ReadAllBytes(placeholder));
        AssertNoTempFiles();
    }

    [Theory]
    [InlineData("--bogus")]
    [InlineData("build", "--bogus")]
    [InlineData("build", "--format", "odt")]
    public void A_usage_error_exits_2_and_builds_nothing(params string[] args)
    {
        var result = Workspace.Brief([.. args, "-o", _ws.Out]);

        Assert.True(result.Exit == 2, $"exit {result.Exit}\n{result.Stderr}");
        Assert.StartsWith("brief: ", result.Stderr);
        Assert.False(Directory.Exists(_ws.Out));
    }

    // The tests' archive of the seed briefs, all formats: what `./brief build` does.
    [Fact]
    public void The_seed_briefs_build_to_docx_and_pdf()
    {
        var result = Workspace.Brief("build", _ws.Content, "-o", _ws.Out);

        Assert.True(result.Exit == 0, result.Stderr);
        Assert.Equal("", result.Stderr);
        foreach (var name in SeedBriefs.Seeds.Keys)
            foreach (var extension in new[] { ".docx", ".pdf" })
                Assert.True(File.Exists(Path.ChangeExtension(Path.Join(_ws.Out, name), extension)), name + extension);
        AssertNoTempFiles();
    }

    [Fact]
    public void A_brief_headed_from_two_to_five_marks_builds_with_four_levels()
    {
        var body = "## 总述\n\n" + Body + "\n\n### 分述\n\n" + Body + "\n\n#### 细节\n\n" + Body + "\n\n##### 末节\n\n" + Body;
        _ws.Write("content/2024/021.md", Utf8(Brief(21).Replace(Body, body)));

        var result = Workspace.Brief("build", Path.Join(_ws.Content, "2024", "021.md"), "-o", _ws.Out, "--format", "docx");

        Assert.True(result.Exit == 0, result.Stderr);
        using var word = WordprocessingDocument.Open(Path.Join(_ws.Out, "2024", "021.docx"), isEditable: false);
        var styles = word.MainDocumentPart!.Document!.Body!.Descendants<W.Paragraph>()
            .Select(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value)
            .Where(s => s is not null && s.StartsWith("Heading", StringComparison.Ordinal));
        Assert.Equal(["Heading1", "Heading2", "Heading3", "Heading4"], styles);
    }

    private void AssertNoTempFiles() =>
        Assert.Empty(Directory.EnumerateFiles(_ws.Root, "*.tmp", SearchOption.AllDirectories));

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
