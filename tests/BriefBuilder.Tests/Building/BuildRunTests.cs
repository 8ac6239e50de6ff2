using BriefBuilder.Pipeline;
using System.Text.RegularExpressions;
using BriefBuilder.Cli.Building;

namespace BriefBuilder.Tests.Building;

public class BuildRunTests : IDisposable
{
    readonly Workspace _w = new();

    public void Dispose() => _w.Dispose();

    static string[] Built(string stdout) =>
        Regex.Matches(stdout, @"content/(\d{4}/\d{3})\.md → .*out/\1\.(docx|pdf)$", RegexOptions.Multiline).Select(m => m.Groups[1].Value + "." + m.Groups[2].Value).ToArray();

    [Fact]
    public void Every_brief_is_built_and_printed_in_path_order_with_a_summary()
    {
        var (exit, stdout, _) = _w.Build("all");

        Assert.Equal(0, exit);
        Assert.Equal(["2023/001.docx", "2023/001.pdf", "2024/009.docx", "2024/009.pdf", "2024/020.docx", "2024/020.pdf"], Built(stdout));
        Assert.Matches(@"(?m)^built 3, skipped 0, failed 0 in \d+\.\d s$", stdout);
    }

    [Fact]
    public void A_second_build_skips_what_is_up_to_date_and_leaves_it_alone()
    {
        _w.Build();
        var written = File.GetLastWriteTimeUtc(_w.Output("2024/020.docx"));

        var (exit, stdout, _) = _w.Build();

        Assert.Equal(0, exit);
        Assert.Empty(Built(stdout));
        Assert.Contains("built 0, skipped 3, failed 0", stdout);
        Assert.Equal(written, File.GetLastWriteTimeUtc(_w.Output("2024/020.docx")));
    }

    [Fact]
    public void Force_rebuilds_the_same_bytes()
    {
        _w.Build();
        var before = File.ReadAllBytes(_w.Output("2024/020.docx"));

        var (_, stdout, _) = _w.Build(force: true);

        Assert.Contains("built 3, skipped 0, failed 0", stdout);
        Assert.Equal(before, File.ReadAllBytes(_w.Output("2024/020.docx")));
    }

    [Fact]
    public void An_edited_brief_is_rebuilt_alone()
    {
        _w.Build();
        _w.Edit("2024/020.md", text => text.Replace("近年来", "近些年来"));

        var (_, stdout, _) = _w.Build();

        Assert.Equal(["2024/020.docx"], Built(stdout));
        Assert.Contains("built 1, skipped 2, failed 0", stdout);
    }

    [Fact]
    public void A_change_to_the_series_settings_or_the_template_rebuilds_every_brief()
    {
        _w.Build();
        File.AppendAllText(Path.Join(_w.Content, "series.yaml"), "\n# a comment changes no setting, but the build cannot know that\n");
        Assert.Contains("built 3, skipped 0", _w.Build().Stdout);

        File.AppendAllText(Path.Join(_w.Content, "..", "templates", "zhuanbao", "style.yaml"), "\n# likewise\n");
        Assert.Contains("built 3, skipped 0", _w.Build().Stdout);
    }

    [Fact]
    public void A_missing_or_edited_output_is_rebuilt()
    {
        _w.Build();
        File.Delete(_w.Output("2024/009.docx"));
        File.AppendAllText(_w.Output("2023/001.docx"), "edited");

        var (_, stdout, _) = _w.Build();

        Assert.Equal(["2023/001.docx", "2024/009.docx"], Built(stdout));
    }

    [Fact]
    public void The_manifest_lies_beside_the_outputs()
    {
        _w.Build();

        var manifest = File.ReadAllText(Path.Join(_w.Out, BuildManifest.FileName));

        Assert.Contains("\"2024/020.docx\"", manifest);
        Assert.DoesNotContain("\"2024/020.pdf\"", manifest);
    }

    [Fact]
    public void A_bad_brief_fails_alone_and_the_others_are_built()
    {
        _w.Edit("2024/009.md", text => text + "\n- a list has no place in a brief\n");

        var (exit, stdout, stderr) = _w.Build();

        Assert.Equal(1, exit);
        Assert.Equal(["2023/001.docx", "2024/020.docx"], Built(stdout));
        Assert.Matches(@"content/2024/009\.md:\d+: error: ", stderr);
        Assert.Contains("built 2, skipped 0, failed 1", stdout);
    }

    [Fact]
    public void Nothing_is_written_while_the_numbering_has_errors()
    {
        _w.Edit("2024/020.md", text => text.Replace("total: 102", "total: 91"));

        var (exit, stdout, stderr) = _w.Build();

        Assert.Equal(1, exit);
        Assert.Contains("error[dup-total]", stderr);
        Assert.Contains("nothing built while the numbering has errors", stderr);
        Assert.Empty(Built(stdout));
        Assert.False(Directory.Exists(_w.Out));
    }
}
