using BriefBuilder.Pipeline;

namespace BriefBuilder.Tests.Building;

/// <summary>
/// The pipeline object every command builds with: it keeps a template and its fonts while their
/// files are unchanged (watch and a preview rebuild with one pipeline), shares nothing with another
/// pipeline, and gives a built brief's placed pages beside its files.
/// </summary>
public sealed class BriefPipelineTests : IDisposable
{
    readonly Workspace _ws = new();

    public void Dispose() => _ws.Dispose();

    string Brief => Path.Join(_ws.Content, "2024", "020.md");

    PreparedTemplate TemplateOf(BriefPipeline pipeline) =>
        pipeline.Run([OutputFormats.Pdf], cache: null) is var run ? run.Template(run.Content(Brief).Folder) : null!;

    [Fact]
    public void A_template_is_kept_while_its_files_are_unchanged_and_loaded_again_once_they_change()
    {
        var pipeline = new BriefPipeline();
        var first = TemplateOf(pipeline);
        Assert.Same(first, TemplateOf(pipeline));

        var style = Path.Join(_ws.Root, "templates", "zhuanbao", "style.yaml");
        File.AppendAllText(style, "\n# an editor's remark\n");
        Assert.NotSame(first, TemplateOf(pipeline));
    }

    [Fact]
    public void Two_pipelines_share_no_template()
    {
        Assert.NotSame(TemplateOf(new BriefPipeline()), TemplateOf(new BriefPipeline()));
    }

    [Fact]
    public void A_built_brief_comes_with_the_pages_its_pdf_was_drawn_from()
    {
        var pipeline = new BriefPipeline();
        var options = _ws.Options("all");
        var run = pipeline.Run(options.Formats, options.CacheFolder);

        var result = pipeline.Build(Brief, options, run, BuildManifest.Load(options.OutDir), mayWrite: () => true);

        Assert.Equal(BriefStatus.Built, result.Status);
        var pdf = File.ReadAllText(_ws.Output("2024/020.pdf"), System.Text.Encoding.Latin1);
        Assert.Equal(System.Text.RegularExpressions.Regex.Match(pdf, @"/Type /Pages .*?/Count (\d+)").Groups[1].Value, result.Pages!.Count.ToString());
        Assert.Contains(result.Pages[0].Items.OfType<BriefBuilder.Pdf.Layout.PlacedText>(), t => t.Text.Contains("领军参阅"));
    }

    [Fact]
    public void A_dump_stops_where_the_build_stops_with_the_same_message()
    {
        // What brief new leaves in a brief: the build refuses it, and so does a dump (it once printed it).
        _ws.Edit("2024/020.md", text => text.Replace("近年来", "（正文）\n\n近年来"));
        var build = Workspace.Brief("build", Brief, "-o", _ws.Out);
        var dump = Workspace.Brief("build", "--dump", "blocks", Brief);

        Assert.Equal((1, 1), (build.Exit, dump.Exit));
        Assert.Contains("the body is still the placeholder （正文）", dump.Stderr);
        Assert.Equal(build.Stderr.Trim(), dump.Stderr.Trim());
    }

    [Fact]
    public void A_dump_reports_the_build_gates_and_exits_as_the_build_does()
    {
        _ws.Edit("2024/020.md", text => text.Replace("近年来，", "近年来,"));
        var build = Workspace.Brief("build", Brief, "-o", _ws.Out);
        var dump = Workspace.Brief("build", "--dump", "brief", Brief);

        Assert.Equal((1, 1), (build.Exit, dump.Exit));
        Assert.Contains("error[punct-halfwidth]", dump.Stderr);
        Assert.Equal(build.Stderr.Replace("brief build: nothing built", "brief build --dump: a build would write nothing"), dump.Stderr);
        // Still the model: the dump is where an editor looks at what lint complains of.
        Assert.Contains("近年来,", dump.Stdout);
    }
}
