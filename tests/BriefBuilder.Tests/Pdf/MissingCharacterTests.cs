using BriefBuilder.Pipeline;
using BriefBuilder.Cli.Building;
using BriefBuilder.Model;
using BriefBuilder.Pdf;
using BriefBuilder.Source;
using BriefBuilder.Template;

namespace BriefBuilder.Tests.Pdf;

/// <summary>A character no installed font has stops the build with its place in the brief, never a blank box.</summary>
public sealed class MissingCharacterTests : IDisposable
{
    readonly ProjectCopy _project = new();
    readonly string _brief;
    readonly int _line;

    public MissingCharacterTests()
    {
        // A new first paragraph of 009's body, holding a private-use character of plane 16.
        _brief = _project.Edit("content/2024/009.md", "---\n\n", "---\n\n正文里有一个\U0010FFFD字。\n\n");
        _line = Array.FindIndex(File.ReadAllLines(_brief), l => l.Contains("\U0010FFFD")) + 1;
    }

    public void Dispose() => _project.Dispose();

    [Fact]
    public void The_renderer_names_the_file_line_character_and_code_point()
    {
        var series = SeriesReader.Read(_project.Path("content/series.yaml"));
        var template = TemplateFolder.Load(_project.Path("templates/zhuanbao"));
        var document = Composer.Compose(BriefReader.Read(_brief), series, template);

        var error = Assert.Throws<SourceError>(() => new PdfRenderer(template.Style, TestFonts.Set).Write(document, Stream.Null));
        Assert.Equal(_brief, error.File);
        Assert.Equal(_line, error.Line);
        Assert.Contains("'\U0010FFFD'", error.Message);
        Assert.Contains("U+10FFFD", error.Message);
    }

    [Fact]
    public void The_build_reports_it_and_writes_no_pdf()
    {
        var output = _project.Path("out");
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var exit = GatedBuild.Run(new BriefPipeline(), [_brief], new BuildOptions(output, [OutputFormats.Pdf], Force: false), stdout, stderr);

        Assert.Equal(1, exit);
        Assert.Contains($"009.md:{_line}: error: cannot print '\U0010FFFD' (U+10FFFD)", stderr.ToString());
        Assert.False(Directory.Exists(output) && Directory.EnumerateFiles(output, "*.pdf", SearchOption.AllDirectories).Any());
    }
}
