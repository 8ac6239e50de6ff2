using BriefBuilder.Cli;
using BriefBuilder.Model;

namespace BriefBuilder.Tests.Building;

/// <summary>
/// The console takes the platform's line ends (CR LF on Windows) and every path prints with /;
/// the files the program writes keep LF everywhere. LineEnds is what Windows' console goes
/// through; its behaviour is checked here with CR LF on any platform.
/// </summary>
public class ConsoleTextTests
{
    static string ThroughLineEnds(Action<TextWriter> write)
    {
        var inner = new StringWriter();
        using var console = new LineEnds(inner, "\r\n");
        write(console);
        console.Flush();
        return inner.ToString();
    }

    [Fact]
    public void Every_line_end_becomes_the_platform_s_once()
    {
        Assert.Equal("a\r\nb\r\nc\r\nd\r\n", ThroughLineEnds(w =>
        {
            w.Write("a\nb\n");    // our text, written with \n
            w.WriteLine("c");     // WriteLine
            w.Write("d\r");       // a CR LF of the caller's, split across two writes
            w.Write('\n');
        }));
    }

    [Fact]
    public void A_carriage_return_alone_stays_as_it_is()
    {
        Assert.Equal("50 %\r100 %\r\n", ThroughLineEnds(w => w.Write("50 %\r100 %\n")));
    }

    [Fact]
    public void Chinese_text_passes_unchanged()
    {
        Assert.Equal("内容/2024/020.md → 输出\r\n", ThroughLineEnds(w => w.WriteLine("内容/2024/020.md → 输出")));
    }

    [Fact]
    public void Paths_print_with_slashes()
    {
        // On Windows the separator \ becomes /; on Linux and macOS \ is a character of a name and stays.
        var expected = Path.DirectorySeparatorChar == '\\' ? "content/2024/009.md" : @"content\2024\009.md";
        Assert.Equal(expected, FilePaths.Display(@"content\2024\009.md"));
        Assert.Equal("content/2024/009.md", FilePaths.Display(Path.Combine("content", "2024", "009.md")));
    }
}
