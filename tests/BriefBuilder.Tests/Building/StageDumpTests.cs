using BriefBuilder.Tests.Numbering;

namespace BriefBuilder.Tests.Building;

/// <summary>
/// <c>brief build --dump brief|blocks|layout</c>: each stage's model on stdout, from the brief's
/// source lines through the template's blocks to the placed runs; deterministic, and no file written.
/// </summary>
public sealed class StageDumpTests : IDisposable
{
    readonly Workspace _ws = new();

    public void Dispose() => _ws.Dispose();

    string Brief2024020 => Path.Join(_ws.Content, "2024", "020.md");

    Result Dump(string stage, params string[] paths) => Workspace.Brief(["build", "--dump", stage, "-o", _ws.Out, .. paths]);

    static int LineOf(string file, string text) => File.ReadLines(file).Select((l, i) => (l, i)).First(x => x.l.Contains(text)).i + 1;

    [Fact]
    public void Brief_stage_prints_front_matter_and_body_blocks_with_their_source_lines()
    {
        var result = Dump("brief", Brief2024020);
        Assert.Equal((0, ""), (result.Exit, result.Stderr));
        var lines = result.Stdout.Split('\n');
        Assert.StartsWith("Brief \"", lines[0]);
        Assert.Contains($"    issue 20 (line {LineOf(Brief2024020, "issue:")})", lines);
        Assert.Contains($"    total 102 (line {LineOf(Brief2024020, "total:")})", lines);
        // The first body paragraph, at its line in the file, its text quoted.
        var body = File.ReadLines(Brief2024020).Select((l, i) => (l, i)).Skip(1).SkipWhile(x => x.l != "---").Skip(1).First(x => x.l.Length > 0);
        var at = Array.IndexOf(lines, $"    Paragraph (line {body.i + 1})");
        Assert.True(at > 0, result.Stdout);
        Assert.StartsWith($"      \"{body.l[..10]}", lines[at + 1]);
    }

    [Fact]
    public void Blocks_stage_prints_the_templates_blocks_in_reading_order_with_styles_and_sources()
    {
        var result = Dump("blocks", Brief2024020);
        Assert.Equal((0, ""), (result.Exit, result.Stderr));
        var lines = result.Stdout.Split('\n');
        Assert.StartsWith("LayoutDocument title \"", lines[0]);
        Assert.Equal("  Flow", lines[1]);
        Assert.StartsWith("    p recipients (", lines[2]);
        Assert.Contains("      \"第20期（总第102期）\"", lines);
        Assert.Contains("    rule masthead", lines);
        Assert.Contains("  Closing", lines);
        Assert.Contains(lines, l => l.StartsWith("      right \"共印："));
        // The number row's three parts: the date on the left, the publisher in the middle, the tagline on the right.
        var row = Array.FindIndex(lines, l => l.StartsWith("    row dateline "));
        Assert.True(row > 0, result.Stdout);
        Assert.Equal(["      left \"2024年6月3日\"", "      middle \"苏州太湖书院\\u3000苏州太湖智库主办\"", "      right [tagline] \"市管重点新型智库\""], lines[(row + 1)..(row + 4)]);
    }

    [Fact]
    public void Layout_stage_prints_each_page_with_its_placed_runs_and_rules()
    {
        var result = Dump("layout", Brief2024020);
        Assert.Equal((0, ""), (result.Exit, result.Stderr));
        var lines = result.Stdout.Split('\n');
        Assert.StartsWith("Layout \"", lines[0]);
        Assert.Equal("page 1", lines[1]);
        Assert.Contains(lines, l => l.StartsWith("  text ") && l.Contains("“领军参阅”"));
        Assert.Contains(lines, l => l.StartsWith("  rule "));
        Assert.Contains("page 2", lines);
    }

    [Theory]
    [InlineData("brief")]
    [InlineData("blocks")]
    [InlineData("layout")]
    public void A_dump_is_the_same_every_time_and_writes_no_file(string stage)
    {
        var sources = _ws.Sources();
        var first = Dump(stage, _ws.Content);
        Assert.Equal(0, first.Exit);
        Assert.Equal(first.Stdout, Dump(stage, _ws.Content).Stdout);
        Assert.False(Directory.Exists(_ws.Out));
        Assert.Equal(sources, _ws.Sources());
    }

    [Fact]
    public void A_bad_brief_is_reported_at_its_line_and_the_others_still_dump()
    {
        _ws.Edit("2024/009.md", text => text.Replace("title:", "titel:"));
        var result = Dump("brief", _ws.Content);
        Assert.Equal(1, result.Exit);
        Assert.Contains("009.md:", result.Stderr);
        Assert.Contains("unknown key 'titel'", result.Stderr);
        Assert.Contains("020.md\"", result.Stdout);
    }

    [Fact]
    public void An_unknown_stage_is_a_usage_error()
    {
        Assert.Equal(2, Dump("pages", Brief2024020).Exit);
    }
}
