using System.Text.Json;
using BriefBuilder.Tests.Building;
using BriefBuilder.Tests.Support;

namespace BriefBuilder.Tests.Lint;

/// <summary><c>brief lint</c> and the build's lint gate, run in-process on a copy of the project.</summary>
public sealed class LintCommandTests : IDisposable
{
    private readonly Workspace _ws = new();
    public void Dispose() => _ws.Dispose();

    /// <summary>2024 第21期 after the seeds; <paramref name="body"/> starts on line 11.</summary>
    private string Write(string body) => _ws.Write("content/2024/021.md", System.Text.Encoding.UTF8.GetBytes(
        $"---\nissue: 21\ntotal: 103\ndate: 2024-06-17\nrecipients: [刘小涛书记, 王颺秘书长]\ntitle: 苏州打造产业创新集群的思考\neditor: 柴永鹏\nphone: \"18896954159\"\n---\n\n{body}\n"));

    [Fact]
    public void The_seed_briefs_lint_without_errors()
    {
        var result = Workspace.Brief("lint", Repo.Content());

        Assert.True(result.Exit == 0, result.Stdout);
        Assert.EndsWith("lint: 0 errors, 3 warnings\n", result.Stdout);
        Assert.All(result.Stdout.Split('\n').Where(l => l.Contains("warning[")), l => Assert.Contains("009.md:51: warning[dash-single]", l));
    }

    [Fact]
    public void Fix_rewrites_the_brief_and_prints_each_change()
    {
        var path = Write("苏州,是全球制造业基地 之一.");

        var result = Workspace.Brief("lint", "--fix", path);

        Assert.Equal(0, result.Exit);
        Assert.Contains($"{path}:11: fixed[punct-halfwidth]: half-width ',' in Chinese text → ，\n", result.Stdout);
        Assert.Contains($"{path}:11: fixed[space-cjk]: a space between '地' and '之' → \n", result.Stdout);
        Assert.EndsWith("lint: 0 errors, 0 warnings\n", result.Stdout);
        Assert.Contains("\n苏州，是全球制造业基地之一。\n", File.ReadAllText(path));
        Assert.Empty(Directory.EnumerateFiles(_ws.Root, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void Fix_says_which_line_it_left_because_fixed_it_would_stop_the_build()
    {
        // １. made 1. starts a numbered list; the comma two paragraphs down is fixed all the same.
        var path = Write("１. 发布清单。\n\n苏州,是基地。");

        var result = Workspace.Brief("lint", "--fix", path);

        Assert.Equal(1, result.Exit);
        Assert.StartsWith($"{path}:11: not fixed: fixed, this line would stop the build (a numbered list cannot be printed in a brief; "
            + "to start a paragraph with its number, write no space after the '.' (1.……) or put a backslash before it (1\\. ……)); "
            + "its findings below are yours to fix by hand\n"
            + $"{path}:13: fixed[punct-halfwidth]: half-width ',' in Chinese text → ，\n"
            + $"{path}:11: error[digit-fullwidth]: full-width digits '１'\n", result.Stdout);
        Assert.Contains("\n１. 发布清单。\n\n苏州，是基地。\n", File.ReadAllText(path));
    }

    [Fact]
    public void Json_lists_the_findings_for_tools()
    {
        var path = Write("他强调“要加快发展。");

        var result = Workspace.Brief("lint", "--format", "json", path);

        Assert.Equal(1, result.Exit);
        var finding = JsonDocument.Parse(result.Stdout).RootElement.GetProperty("diagnostics")[0];
        Assert.Equal(("unpaired-quote", 11, "error"), (finding.GetProperty("code").GetString(), finding.GetProperty("line").GetInt32(), finding.GetProperty("severity").GetString()));
    }

    [Fact]
    public void A_lint_error_stops_the_build_before_anything_is_written()
    {
        var path = Write("# 一、平台\n\n正文。\n\n# 三、人才\n\n正文。");

        var result = _ws.Build();

        Assert.Equal(1, result.Exit);
        Assert.Contains($"{path}:15: error[heading-sequence]: 三、 follows 一、", result.Stderr);
        Assert.False(Directory.Exists(_ws.Out));
    }

    [Fact]
    public void Lint_warnings_are_printed_and_the_build_goes_on()
    {
        Write("2023-2024年，苏州加快发展。");

        var result = _ws.Build();

        Assert.True(result.Exit == 0, result.Stderr);
        Assert.Contains("021.md:11: warning[range-hyphen]", result.Stdout);
        Assert.True(File.Exists(_ws.Output("2024/021.docx")));
    }
}
