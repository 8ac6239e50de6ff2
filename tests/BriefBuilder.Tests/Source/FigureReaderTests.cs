using BriefBuilder.Model;
using BriefBuilder.Source;

namespace BriefBuilder.Tests.Source;

/// <summary>
/// A paragraph of one picture is a figure: its numbered caption, its line, and the picture file
/// beside the brief, read once. What cannot be a figure is refused at its line with what to do;
/// the files a brief's figures name are what a rebuild watches.
/// </summary>
public sealed class FigureReaderTests : IDisposable
{
    readonly string _dir = Directory.CreateTempSubdirectory("figure-").FullName;

    string Brief => Path.Join(_dir, "020.md");

    public FigureReaderTests() =>
        File.Copy(Support.Repo.Path("tests", "fixtures", "figures", "bars.png"), Path.Join(_dir, "bars.png"));

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    IReadOnlyList<Block> Read(string markdown) => BodyReader.Read(markdown, Brief, 10);

    SourceError Refused(string markdown) => Assert.Throws<SourceError>(() => Read(markdown));

    [Fact]
    public void A_paragraph_of_one_picture_is_a_figure_with_its_caption_and_picture()
    {
        var blocks = Read("正文。\n\n![图1 苏州规上工业产值（亿元）](bars.png)\n\n正文。\n");
        var figure = Assert.IsType<Figure>(blocks[1]);
        Assert.Equal((12, 12, "图1 苏州规上工业产值（亿元）"), (figure.Line, figure.LastLine, figure.Caption));
        Assert.Equal(("bars.png", ImageFormat.Png, 480, 300), (figure.Image.Path, figure.Image.Format, figure.Image.Width, figure.Image.Height));
        Assert.Equal(File.ReadAllBytes(Path.Join(_dir, "bars.png")), figure.Image.Bytes);
    }

    [Theory]
    [InlineData("![图1 投入](bars.png)")]
    [InlineData("![ 图1 投入 ](bars.png)")]
    [InlineData("![图 1 投入](bars.png)")]
    [InlineData("![图１ 投入](bars.png)")]      // a full-width digit
    [InlineData("![图1-2 投入](bars.png)")]
    [InlineData("![图1．2投入](bars.png)")]
    [InlineData("![图**1** 投入](bars.png)")]   // emphasis in the caption is its text
    [InlineData("![图1 投入](bars.png)\n")]
    public void A_caption_starts_with_its_number(string markdown) =>
        Assert.StartsWith("图", Assert.IsType<Figure>(Assert.Single(Read(markdown))).Caption);

    [Fact]
    public void A_figure_spread_over_lines_ends_on_its_last()
    {
        var figure = Assert.IsType<Figure>(Assert.Single(Read("![图1\n投入](bars.png)\n")));
        Assert.Equal((10, 11, "图1投入"), (figure.Line, figure.LastLine, figure.Caption));
    }

    [Theory]
    [InlineData("见下图![图1 投入](bars.png)", "a picture inside a paragraph")]
    [InlineData("![图1 投入](bars.png)![图2 产出](bars.png)", "a picture inside a paragraph")]
    [InlineData("![图1 投入](bars.png) 。", "a picture inside a paragraph")]
    [InlineData("![图1 投入](bars.png)\n![图2 产出](bars.png)", "a picture inside a paragraph")]
    public void A_picture_with_anything_beside_it_is_no_figure(string markdown, string message) =>
        Assert.StartsWith(message, Refused(markdown).Message);

    public static TheoryData<string, string> Defects => new()
    {
        { "![](bars.png)", "a figure needs its caption in the brackets, numbered: ![图1 标题](file.png)" },
        { "![ ](bars.png)", "a figure needs its caption in the brackets, numbered: ![图1 标题](file.png)" },
        { "![深圳的投入](bars.png)", "a figure's caption starts with its number, like ![图1 深圳的投入](bars.png)" },
        { "![图1](bars.png)", "a figure's caption starts with its number, like ![图1 图1](bars.png)" },
        { "![图一 投入](bars.png)", "a figure's caption starts with its number, like ![图1 图一 投入](bars.png)" },
        { "![表1 投入](bars.png)", "a figure's caption starts with its number, like ![图1 表1 投入](bars.png)" },
        { "![图1 投入]()", "a figure names its picture file in the parentheses: ![图1 标题](file.png)" },
        { "![图1 投入](https://example.com/bars.png)", "a figure's picture is a file beside the brief, not an address ('https://example.com/bars.png'): save it next to the brief and write its name" },
        { "![图1 投入](DATA:image/png;base64,AAAA)", "a figure's picture is a file beside the brief, not an address ('DATA:image/png;base64,AAAA'): save it next to the brief and write its name" },
        { "![图1 投入](/srv/bars.png)", "a figure's picture is named relative to the brief's folder, not as '/srv/bars.png': the folder then moves with the brief" },
        { "![图1 投入](bar.png)", "the figure's picture 'bar.png' is not there; did you mean 'bars.png'? put the file beside the brief, or correct its name" },
        { "![图1 投入](chart.svg)", "the figure's picture 'chart.svg' is not there; put the file beside the brief, or correct its name" },
        { "![图1 投入](pictures/bars.png)", "the figure's picture 'pictures/bars.png' is not there; put the file beside the brief, or correct its name" },
    };

    [Theory]
    [MemberData(nameof(Defects))]
    public void A_figure_that_cannot_be_printed_is_refused_at_its_line(string markdown, string message)
    {
        var error = Refused("正文。\n\n" + markdown + "\n");
        Assert.Equal((Brief, 12, message), (error.File, error.Line, error.Message));
    }

    [Fact]
    public void A_picture_the_print_file_cannot_carry_is_refused_with_the_reason()
    {
        File.WriteAllText(Path.Join(_dir, "chart.gif"), "GIF89a");
        var error = Refused("![图1 投入](chart.gif)");
        Assert.Equal((10, "the figure's picture 'chart.gif' cannot be printed: it is not a PNG or JPEG file but a GIF; save the picture as PNG (charts, screenshots) or JPEG (photographs)"),
            (error.Line, error.Message));
    }

    [Fact]
    public void The_files_a_brief_s_figures_name_are_found_once_each_in_order()
    {
        File.WriteAllText(Brief, "---\ntitle: 题\n---\n\n![图1 甲](b.png)\n\n![图2 乙](sub/a.png)\n\n> ![图3 丙](b.png)\n\n"
            + "![图4 丁](https://example.com/c.png)\n\n![图5 戊](/srv/d.png)\n\n![图6 己]()\n\n[网站](e.png)\n");
        Assert.Equal([Path.Join(_dir, "b.png"), Path.Join(_dir, "sub", "a.png")], BriefReader.FigureFiles(Brief));
    }

    [Fact]
    public void Markdown_nested_too_deeply_names_no_files()
    {
        File.WriteAllText(Brief, "---\ntitle: 题\n---\n\n" + new string('>', 5000) + " ![图1 甲](b.png)\n");
        Assert.Empty(BriefReader.FigureFiles(Brief));
    }
}
