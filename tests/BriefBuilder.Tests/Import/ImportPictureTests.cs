using System.Text.RegularExpressions;
using BriefBuilder.Model;
using BriefBuilder.Source;
using BriefBuilder.Tests.Building;
using BriefBuilder.Tests.Pdf;
using BriefBuilder.Tests.Support;

namespace BriefBuilder.Tests.Import;

/// <summary>
/// <c>brief import</c> of articles with pictures: a Word document's media and a saved web page's
/// local images become figures whose pictures are files beside the new brief, which then builds
/// with them; a picture on the web (not fetched) stays a comment with its address.
/// </summary>
public sealed class ImportPictureTests : IDisposable
{
    private readonly Workspace _ws = new();
    public void Dispose() => _ws.Dispose();

    static byte[] Fixture(string name) => File.ReadAllBytes(Repo.Path("tests", "fixtures", "figures", name));

    string Brief => Path.Join(_ws.Content, "2024", "021.md");

    static string Name(byte[] bytes, string extension) => $"fig-{ContentHash.Hex(bytes)[..8]}.{extension}";

    [Fact]
    public void A_word_document_s_pictures_become_figures_beside_the_brief()
    {
        // A Word document as another program writes it: pandoc, from an article with two pictures,
        // the first with its caption on the line under it, the second with alt text only.
        _ws.Write("article/bars.png", Fixture("bars.png"));
        _ws.Write("article/masthead.jpg", Fixture("masthead.jpg"));
        var source = _ws.Write("article/article.md", System.Text.Encoding.UTF8.GetBytes("""
            深圳的启示

            深圳近年来统一规划,先后打造了一批高地。

            ![](bars.png)

            图1 深圳六大科学平台投入(亿元)

            与此同时,深圳加强协同合作。

            ![《领军参阅》专报的版头](masthead.jpg)
            """));
        var docx = Path.Join(_ws.Root, "article.docx");
        var (made, _, error) = Tools.Run("pandoc", ["-f", "markdown-implicit_figures", "--resource-path", Path.GetDirectoryName(source)!, source, "-o", docx]);
        Assert.True(made == 0, error);

        var result = Workspace.Brief("import", docx, "--date", "2024-06-17", "--content", _ws.Content);

        Assert.True(result.Exit == 0, result.Stdout + result.Stderr);
        var (png, jpg) = (Name(Fixture("bars.png"), "png"), Name(Fixture("masthead.jpg"), "jpg"));
        Assert.Equal(Fixture("bars.png"), File.ReadAllBytes(Path.Join(_ws.Content, "2024", png)));
        Assert.Equal(Fixture("masthead.jpg"), File.ReadAllBytes(Path.Join(_ws.Content, "2024", jpg)));
        var figures = BriefReader.Read(Brief).Body.OfType<Figure>().Select(f => (f.Caption, f.Image.Path)).ToList();
        // The caption under the picture is its caption, fixed as lint --fix does; a picture without one takes its description.
        Assert.Equal([("图1 深圳六大科学平台投入（亿元）", png), ("图2 《领军参阅》专报的版头", jpg)], figures);
        Assert.Contains($"made 2 figures of the article's pictures, saved beside the brief ({png}, {jpg})", result.Stdout);

        var build = Workspace.Brief("build", Brief, "-o", _ws.Out, "--format", "pdf");
        Assert.True(build.Exit == 0, build.Stderr);
        var (exit, list) = PdfTools.Run("pdfimages", "-list", _ws.Output("2024/021.pdf"));
        Assert.True(exit == 0, list);
        Assert.Equal(2, list.Split('\n').Skip(2).Count(l => l.Trim().Length > 0));
    }

    [Fact]
    public void A_web_page_s_local_images_become_figures_and_one_on_the_web_stays_a_comment_with_its_address()
    {
        _ws.Write("page/pics/bars.png", Fixture("bars.png"));
        _ws.Write("outside.jpg", Fixture("masthead.jpg")); // a file the page names outside its folder is never read
        var page = _ws.Write("page/article.html", System.Text.Encoding.UTF8.GetBytes("""
            <html><body><h1>苏州打造产业创新集群</h1>
            <p>苏州是全球最大的制造业基地之一。</p>
            <figure><img src="pics/bars.png" alt="柱状图"><figcaption>图：深圳六大科学平台投入</figcaption></figure>
            <p>深圳近年来统一规划。</p>
            <p><img src='https://example.com/a.png' alt="远程的图"></p>
            <p>与此同时，深圳加强协同合作。</p>
            <p><img src="../outside.jpg" alt="外面的图"></p>
            </body></html>
            """));

        var result = Workspace.Brief("import", page, "--date", "2024-06-17", "--content", _ws.Content);

        Assert.True(result.Exit == 0, result.Stdout + result.Stderr);
        var png = Name(Fixture("bars.png"), "png");
        Assert.Equal(Fixture("bars.png"), File.ReadAllBytes(Path.Join(_ws.Content, "2024", png)));
        var text = File.ReadAllText(Brief);
        Assert.Contains($"\n![图1 深圳六大科学平台投入]({png})\n", text);
        Assert.Contains("\n<!-- 图：远程的图（图片未能取得：https://example.com/a.png） -->\n", text);
        Assert.Contains("picture not had, kept as a comment: https://example.com/a.png", result.Stdout);
        Assert.Contains("\n<!-- 图：外面的图（图片未能取得：../outside.jpg） -->\n", text);
        Assert.Single(Directory.GetFiles(Path.Join(_ws.Content, "2024"), "fig-*"));
        Assert.Equal(["苏州是全球最大的制造业基地之一。", "图1 深圳六大科学平台投入", "深圳近年来统一规划。", "与此同时，深圳加强协同合作。"],
            BriefReader.Read(Brief).Body.Select(b => b.Text));

        var build = Workspace.Brief("build", Brief, "-o", _ws.Out);
        Assert.True(build.Exit == 0, build.Stderr);
    }
}
