using BriefBuilder.Tests.Support;

namespace BriefBuilder.Tests.Building;

/// <summary>
/// A figure the house format cannot print stops the build with the brief's file and the figure's
/// line, and what to do; nothing is written. So does a template that has no way to draw a figure.
/// </summary>
public sealed class FigureDefectTests : IDisposable
{
    readonly Workspace _ws = new();

    public void Dispose() => _ws.Dispose();

    public FigureDefectTests() =>
        File.Copy(Repo.Path("tests", "fixtures", "figures", "bars.png"), Path.Join(_ws.Content, "2024", "bars.png"));

    /// <summary>Puts <paramref name="markdown"/> after the brief's first paragraph; returns its line.</summary>
    int Insert(string markdown)
    {
        var line = 0;
        _ws.Edit("2024/020.md", text =>
        {
            var at = text.IndexOf("\n\n", text.IndexOf("近年来", StringComparison.Ordinal), StringComparison.Ordinal);
            line = text[..at].Count(c => c == '\n') + 3;
            return text[..at] + "\n\n" + markdown + text[at..];
        });
        return line;
    }

    public static TheoryData<string, string?, string> Defects => new()
    {
        { "![图1 投入](bar.png)", null, "the figure's picture 'bar.png' is not there; did you mean 'bars.png'?" },
        { "![深圳的投入](bars.png)", null, "a figure's caption starts with its number, like ![图1 深圳的投入](bars.png)" },
        { "![](bars.png)", null, "a figure needs its caption in the brackets, numbered" },
        { "![图1 投入](https://example.com/bars.png)", null, "a figure's picture is a file beside the brief, not an address" },
        { "见下图![图1 投入](bars.png)。", null, "a picture inside a paragraph (a figure stands alone" },
        { "![图1 投入](chart.gif)", "GIF89a\u0001\u0000\u0001\u0000", "'chart.gif' cannot be printed: it is not a PNG or JPEG file but a GIF" },
        // A JPEG frame header of four components: CMYK, whose colours a JPEG does not define for print.
        { "![图1 投入](cmyk.jpg)", "\u00FF\u00D8\u00FF\u00C0\u0000\u0011\u0008\u0000\u0010\u0000\u0010\u0004\u0001\u0011\u0000\u0002\u0011\u0000\u0003\u0011\u0000\u0004\u0011\u0000", "it is a CMYK JPEG" },
    };

    [Theory]
    [MemberData(nameof(Defects))]
    public void A_figure_that_cannot_be_printed_is_an_error_at_its_line(string markdown, string? file, string message)
    {
        if (file is not null)
            File.WriteAllBytes(Path.Join(_ws.Content, "2024", markdown[(markdown.IndexOf('(') + 1)..markdown.IndexOf(')')]), file.Select(c => (byte)c).ToArray());
        var line = Insert(markdown);
        var result = _ws.Build("docx");
        Assert.Equal(1, result.Exit);
        Assert.Contains($"2024/020.md:{line}: error: ", result.Stderr);
        Assert.Contains(message, result.Stderr);
        Assert.False(File.Exists(_ws.Output("2024/020.docx")));
    }

    /// <summary>A PNG whose compressed pixels are damaged passes its header's check; decoding it for the PDF fails, at the figure's line.</summary>
    [Fact]
    public void A_damaged_png_is_an_error_at_the_figure_s_line()
    {
        var bytes = File.ReadAllBytes(Path.Join(_ws.Content, "2024", "bars.png"));
        var idat = System.Text.Encoding.ASCII.GetString(bytes).IndexOf("IDAT", StringComparison.Ordinal);
        for (var i = idat + 40; i < idat + 80; i++) bytes[i] ^= 0x5A;
        File.WriteAllBytes(Path.Join(_ws.Content, "2024", "bars.png"), bytes);
        var line = Insert("![图1 投入](bars.png)");
        var result = _ws.Build("pdf");
        Assert.Equal(1, result.Exit);
        Assert.Contains($"2024/020.md:{line}: error: the picture 'bars.png' cannot be decoded as PNG", result.Stderr);
        Assert.DoesNotContain("bug", result.Stderr);
    }

    /// <summary>A template whose branches leave figures to the paragraph branch is told, at its line, which figure it cannot write that way.</summary>
    [Fact]
    public void A_template_without_a_branch_for_figures_fails_naming_the_figure_and_its_line()
    {
        var line = Insert("![图1 投入](bars.png)");
        var template = Path.Join(_ws.Root, "templates", "zhuanbao", "brief.scriban");
        var text = File.ReadAllText(template);
        var branch = "{{~ else if b.kind == \"figure\" ~}}\n{{ figure \"figure\" b }}\n{{ paragraph \"figure-caption\" b.caption b.line }}\n";
        Assert.Contains(branch, text);
        text = text.Replace(branch, "");
        File.WriteAllText(template, text);
        var paragraphLine = text[..text.IndexOf("{{ paragraph style b }}", StringComparison.Ordinal)].Count(c => c == '\n') + 1;

        var result = _ws.Build("docx");
        Assert.Equal(1, result.Exit);
        Assert.Contains($"brief.scriban:{paragraphLine}: error: ", result.Stderr);
        Assert.Contains($"the figure of the brief's line {line} (“图1 投入”)", result.Stderr);
    }
}
