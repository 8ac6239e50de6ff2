using System.Text.RegularExpressions;
using BriefBuilder.Model;
using BriefBuilder.Source;
using BriefBuilder.Tests.Building;
using BriefBuilder.Tests.Support;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace BriefBuilder.Tests.Import;

/// <summary><c>brief import</c> of the two source seeds and of HTML and Word articles, into a copy of the project, then built.</summary>
public sealed partial class ImportTests : IDisposable
{
    private readonly Workspace _ws = new();
    public void Dispose() => _ws.Dispose();

    // The lines of seed 003 that are the web page, not the article; seed 004 has none.
    private static readonly string[] Boilerplate003 =
    [
        "名城苏州 滚动 苏州 专题 国内 评论 视频 学习 文旅 城事", "时间:2023-02-07 08:38:12 来源:上海华略智库", "01", "02", "03",
        "责编:吴昊", "本篇文章共有1页 当前为第 1", "欢迎关注名城苏州官方微信:www2500szcom(微信号)", "今日推荐", "热点排行",
    ];

    public static TheoryData<string, string[]> Seeds => new()
    {
        { "003_f13935db1d89894a.txt", Boilerplate003 },
        { "004_67493ae3ddcdcf26.txt", [] },
    };

    [GeneratedRegex(@"(?<=[\u4E00-\u9FFF])[,.:;?!()""'](?=[\u4E00-\u9FFF])")]
    private static partial Regex HalfWidthBetweenChinese();

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_source_seed_imports_into_a_brief_that_builds_and_keeps_the_whole_article(string seed, string[] boilerplate)
    {
        var import = Workspace.Brief("import", Repo.Path("seeds", seed), "--date", "2024-06-17", "--content", _ws.Content);

        Assert.True(import.Exit == 0, import.Stdout + import.Stderr);
        var path = Path.Join(_ws.Content, "2024", "021.md");
        Assert.StartsWith(path + "\n", import.Stdout);
        Assert.Contains("lint: 0 errors", import.Stdout);
        foreach (var line in boilerplate) Assert.Contains(line.Length > 40 ? line[..40] : line, import.Stdout);

        var build = Workspace.Brief("build", path, "-o", _ws.Out);
        Assert.True(build.Exit == 0, build.Stderr);
        Assert.True(File.Exists(_ws.Output("2024/021.pdf")) && File.Exists(_ws.Output("2024/021.docx")));

        var text = File.ReadAllText(path);
        var brief = BriefReader.Read(path);
        Assert.DoesNotMatch(HalfWidthBetweenChinese(), text);
        // No broken lines: every paragraph ends a sentence, so none stops where a narrow column did.
        Assert.All(brief.Body.OfType<Paragraph>(), p => Assert.Matches("[。！？…：；][”’）]?$", string.Concat(p.Spans.Select(s => s.Text))));

        // Every Chinese character, digit and letter of the article is in the brief, in order: only the boilerplate went.
        var article = File.ReadAllLines(Repo.Path("seeds", seed)).Where(l => !boilerplate.Contains(l.Trim()));
        var body = text[(text.IndexOf("\n---\n", StringComparison.Ordinal) + 5)..];
        Assert.Equal(Letters(string.Join("", article)), Letters(brief.Front.Title + brief.Front.Subtitle + body));
    }

    [Fact]
    public void A_web_page_loses_its_menus_and_scripts_and_keeps_its_headings()
    {
        var page = _ws.Write("article.html", System.Text.Encoding.UTF8.GetBytes("""
            <html><head><title>站点</title><script>var a = "x";</script></head>
            <body><nav><a href="/">首页</a> <a>新闻</a></nav>
            <h1>苏州打造产业创新集群</h1>
            <p>苏州是全球最大的制造业基地之一,跨国企业高度集聚&amp;发展。</p>
            <h2>一、建设科学平台</h2><p>深圳 近年来统一规划。<!-- 广告 --></p>
            <div>来源:经济日报</div></body></html>
            """));

        var result = Workspace.Brief("import", page, "--date", "2024-06-17", "--content", _ws.Content);

        Assert.True(result.Exit == 0, result.Stdout + result.Stderr);
        var brief = BriefReader.Read(Path.Join(_ws.Content, "2024", "021.md"));
        Assert.Equal("苏州打造产业创新集群", brief.Front.Title);
        Assert.Equal(["苏州是全球最大的制造业基地之一，跨国企业高度集聚&发展。", "一、建设科学平台", "深圳近年来统一规划。"],
            brief.Body.Select(b => string.Concat((b is Heading h ? h.Spans : ((Paragraph)b).Spans).Select(s => s.Text))));
        Assert.Equal(1, Assert.IsType<Heading>(brief.Body[1]).Level);
        Assert.Contains("source or editor line: 来源:经济日报", result.Stdout);
    }

    [Fact]
    public void A_word_document_imports_with_the_given_title_kept_as_typed()
    {
        var docx = Path.Join(_ws.Root, "article.docx");
        using (var word = WordprocessingDocument.Create(docx, WordprocessingDocumentType.Document))
        {
            word.AddMainDocumentPart().Document = new W.Document(new W.Body(
                new[] { "原来的标题", "（一）平台建设", "深圳近年来统一规划,先后打造了一批高地。" }
                    .Select(t => new W.Paragraph(new W.Run(new W.Text(t))))));
        }

        var result = Workspace.Brief("import", docx, "--date", "2024-06-17", "--title", "深圳的启示 苏州的选择", "--content", _ws.Content);

        Assert.True(result.Exit == 0, result.Stdout + result.Stderr);
        var written = Path.Join(_ws.Content, "2024", "021.md");
        Assert.Contains("title: \"深圳的启示 苏州的选择\"\n", File.ReadAllText(written));
        // The file keeps what the editor typed; the reader parts the two phrases by a full-width space (GB/T 9704 practice).
        var brief = BriefReader.Read(written);
        Assert.Equal("深圳的启示\u3000苏州的选择", brief.Front.Title);
        Assert.Equal(2, Assert.IsType<Heading>(brief.Body[0]).Level);
        Assert.Equal("深圳近年来统一规划，先后打造了一批高地。", Assert.IsType<Paragraph>(brief.Body[1]).Spans[0].Text);
    }

    private static string Letters(string text) => string.Concat(text.Where(c => c is >= '\u4E00' and <= '\u9FFF' || char.IsAsciiLetterOrDigit(c)));
}
